/* cli.h - the program's entry: the scriptable command line (list, show,
 * check, compare, keys) and, with no command, the TUI.  The engine knows
 * nothing of it. */
#ifndef NEGOTIATOR_CLI_H
#define NEGOTIATOR_CLI_H

/* Run the program; returns its exit status. */
int cli_main(int argc, char **argv);

#endif
