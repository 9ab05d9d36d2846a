/* One program for every unit test: make compiles each tests/unit/test_X.c
 * with its main renamed unit_main_test_X and links them all once (33
 * links of the sanitizer build cost more CPU than the tests they made).
 * build/tests/test_X is a link to this program, which runs the test its
 * name says (or the one named by its first argument), each in its own
 * process as before. */
#include <stdio.h>
#include <string.h>

#include "unit_main.h"

struct unit {
	const char *name;
	int (*run)(void);
};

static const struct unit units[] = {
#define UNIT(name) {#name, unit_main_##name},
#include "units.h"
#undef UNIT
};

int main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/');
	name = name ? name + 1 : argv[0];
	if (argc > 1)
		name = argv[1];
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		if (strcmp(units[i].name, name) == 0)
			return units[i].run();
	fprintf(stderr, "units: no unit test named '%s'; they are:\n", name);
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		fprintf(stderr, "  %s\n", units[i].name);
	return 2;
}
