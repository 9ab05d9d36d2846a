/* open.c - how long opening a guide takes to read its prose (the body:
 * read again from its file, parsed, and read for the ask, the floor and
 * the counter), for `make bench`.
 *
 *   open LIST   LIST: guide paths, one a line
 *
 * Each guide is loaded as a library loads it (front matter only), then
 * its body is read, timed with the thread's CPU clock: the time the
 * reading took on a processor, which other work on a shared machine does
 * not lengthen (the monotonic clock read 5 ms at p95 on a loaded machine
 * where this reads the same as on a quiet one).  Prints "n p50 p95 max"
 * in microseconds over the guides that loaded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "negotiator/guide_load.h"

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	FILE *f;
	char path[4096];
	double *t = NULL;
	size_t n = 0, cap = 0;

	if (argc != 2 || !(f = fopen(argv[1], "r"))) {
		fprintf(stderr, "usage: open LIST\n");
		return 2;
	}
	while (fgets(path, sizeof path, f)) {
		struct diag_list errs = {0};
		struct guide *g;
		double a, b;

		path[strcspn(path, "\n")] = '\0';
		g = guide_load(path, &errs);
		diag_list_free(&errs);
		if (!g)
			continue;
		a = now_us();
		guide_load_body(g);
		b = now_us();
		guide_free(g);
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			t = realloc(t, cap * sizeof *t);
			if (!t)
				return 1;
		}
		t[n++] = b - a;
	}
	fclose(f);
	if (!n) {
		fprintf(stderr, "open: no guide loaded\n");
		return 1;
	}
	qsort(t, n, sizeof *t, cmp);
	printf("%zu %.0f %.0f %.0f\n", n, t[n / 2], t[(size_t)(n * 0.95)],
	       t[n - 1]);
	free(t);
	return 0;
}
