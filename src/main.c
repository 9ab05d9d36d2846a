/* main.c - negotiator: a terminal offer negotiator. */
#include <locale.h>

#include "cli.h"

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	/* Numbers in JSON and in amounts always use a decimal point. */
	setlocale(LC_NUMERIC, "C");
	return cli_main(argc, argv);
}
