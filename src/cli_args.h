/* cli_args.h - the command line as given: every option any command
 * takes, read into struct cli, and the one way to refuse it. */
#ifndef NEGOTIATOR_CLI_ARGS_H
#define NEGOTIATOR_CLI_ARGS_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/part.h"

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2 };

#define CLI_MAX_OFFERS 16

/* One offer's parts as given on the command line: --OPTION VALUE for
 * each part of OFFER_PARTS (part.h), a flag part by its presence. */
struct cli_offer {
	const char *name; /* --offer NAME; NULL for the unnamed one */
	const char *text[PART_COUNT];
	bool per_year[PART_COUNT]; /* a GRANT given as --OPTION-per-year */
	bool on[PART_COUNT];       /* a FLAG given */
	/* A FLAG said either way: --private-equity or --public-equity
	 * (--company-private or --company-public for the company's). */
	bool said[PART_COUNT];
	bool given; /* any part given */
};

/* Every option any command takes; each command refuses the ones that
 * are not its own, so a typo never passes silently. */
struct cli {
	const char *argv0;
	const char *command;
	/* Both point into argv and have room for all of it: no bound of
	 * their own (a shell's glob of a folder of guides may give
	 * thousands). */
	const char **paths; /* positional arguments */
	int path_count;
	const char **guide_dirs; /* -g DIR */
	int guide_dir_count;
	bool follow_links; /* -L: walk into links to folders */
	bool json, strict, roff, help, version;
	/* compare */
	const char *region, *rates_file;
	/* Competing offers: offers[0] takes the parts given before any
	 * --offer NAME; each --offer NAME starts offers[1], [2], ... */
	struct cli_offer offers[CLI_MAX_OFFERS];
	int offer_count;          /* the named ones */
	struct cli_offer company; /* the company's: --company-base ... */
	bool script, markdown;
	/* What parsing made (cleaned copies of what is shown), freed by
	 * cli_args_free. */
	char *owned[CLI_MAX_OFFERS];
	int owned_count;
	unsigned seen; /* bit set of OPT_* given */
	char today[11];
};

enum cli_opt_bit {
	OPT_JSON = 1u << 0,
	OPT_STRICT = 1u << 1,
	OPT_ROFF = 1u << 2,
	OPT_GUIDES = 1u << 3,
	OPT_REGION = 1u << 4,
	OPT_PARTS = 1u << 5, /* any part of an offer */
	OPT_RATES = 1u << 6,
	OPT_SCRIPT = 1u << 7,
	OPT_MARKDOWN = 1u << 8,
	OPT_COMPARE =
		OPT_REGION | OPT_PARTS | OPT_RATES | OPT_SCRIPT | OPT_MARKDOWN
};

/* What an option's value is: nothing, a folder, a file, a region of the
 * guide named, or any text (an amount, a name); the shell completions
 * (cli_complete.c) offer what fits. */
enum cli_arg {
	CLI_ARG_NONE,
	CLI_ARG_DIR,
	CLI_ARG_FILE,
	CLI_ARG_REGION,
	CLI_ARG_TEXT
};

/* Every option but the parts of an offer (those come from OFFER_PARTS,
 * part.h): the parser, the usage and the shell completions read this.
 * X(id, long name, short name or NULL, bit, value, help) */
/* clang-format off */
#define CLI_OPTIONS(X) \
	X(GUIDES, "--guides", "-g", OPT_GUIDES, CLI_ARG_DIR, "also load the guides in DIR (repeatable)") \
	X(FOLLOW_LINKS, "--follow-links", "-L", OPT_GUIDES, CLI_ARG_NONE, "walk into symbolic links to folders") \
	X(JSON, "--json", NULL, OPT_JSON, CLI_ARG_NONE, "machine-readable output") \
	X(STRICT, "--strict", NULL, OPT_STRICT, CLI_ARG_NONE, "warnings fail the check too") \
	X(ROFF, "--roff", NULL, OPT_ROFF, CLI_ARG_NONE, "the key table as roff, for the man page") \
	X(REGION, "--region", NULL, OPT_REGION, CLI_ARG_REGION, "the region of the guide to compare in") \
	X(RATES, "--rates", NULL, OPT_RATES, CLI_ARG_FILE, "the rates file to use") \
	X(OFFER, "--offer", NULL, OPT_PARTS, CLI_ARG_TEXT, "a named competing offer: the part options after it are its own") \
	X(PUBLIC_EQUITY, "--public-equity", NULL, OPT_PARTS, CLI_ARG_NONE, "the offer's own equity is listed (liquid RSUs): the opposite of --private-equity") \
	X(COMPANY_PRIVATE, "--company-private", NULL, OPT_PARTS, CLI_ARG_NONE, "the company's equity is private (pre-IPO), whatever the guide reads") \
	X(COMPANY_PUBLIC, "--company-public", NULL, OPT_PARTS, CLI_ARG_NONE, "the company's equity is listed (liquid RSUs), whatever the guide reads") \
	X(SCRIPT, "--script", NULL, OPT_SCRIPT, CLI_ARG_NONE, "print only the filled-in script") \
	X(MARKDOWN, "--markdown", NULL, OPT_MARKDOWN, CLI_ARG_NONE, "print the negotiation as Markdown") \
	X(HELP, "--help", "-h", 0, CLI_ARG_NONE, "the usage") \
	X(VERSION, "--version", "-V", 0, CLI_ARG_NONE, "the version")
/* clang-format on */

enum cli_option_id {
#define X(id, name, short_name, bit, arg, help) CLI_OPT_##id,
	CLI_OPTIONS(X)
#undef X
		CLI_OPT_COUNT
};

struct cli_option {
	const char *name, *short_name;
	unsigned bit; /* OPT_*: the commands that take it; 0: every one */
	enum cli_arg arg;
	const char *help;
};
extern const struct cli_option cli_option_table[CLI_OPT_COUNT];

int cli_main(int argc, char **argv);

/* Read argv into c (zeroed by the caller); the first argument that is
 * one of the `count` command names is the command.  EXIT_OK, or
 * EXIT_USAGE after saying why. */
int cli_args_parse(struct cli *c, int argc, char **argv,
                   const char *const *commands, size_t count);
void cli_args_free(struct cli *c);
/* Say what is wrong with the command line and how to get help; returns
 * EXIT_USAGE. */
int cli_args_error(const struct cli *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
