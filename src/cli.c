/* cli.c - argument parsing, dispatch, and the list, check and keys
 * commands.  show and compare live in their own files. */
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_compare.h"
#include "cli_out.h"
#include "cli_show.h"
#include "json.h"
#include "negotiator/guide_check.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"
#include "tui/keys.h"
#include "tui/tui.h"

static const char usage_head[] =
	"usage: negotiator [OPTIONS] [PATH...]          open the TUI\n"
	"       negotiator list [--json] [PATH...]\n"
	"       negotiator show [--json] GUIDE\n"
	"       negotiator check [--json] [--strict] [PATH...]\n";
static const char usage_tail[] =
	"       negotiator keys [--roff]\n"
	"\n"
	"GUIDE is an id (company/role), a unique prefix of one, or a path.\n"
	"AMOUNT: 130000, 130,000, 130k, €130K, 1.2M, CHF 210K, $205,000.\n"
	"\n"
	"options:\n"
	"  -g, --guides DIR   also load the guides in DIR (repeatable)\n"
	"      --json         machine-readable output\n"
	"  -h, --help         this help\n"
	"  -V, --version      the version\n"
	"\n"
	"Exit status: 0 success, 1 findings or not found, 2 bad usage.\n"
	"See negotiator(1).\n";

static const struct {
	const char *name;
	int (*run)(struct cli *);
	unsigned allowed; /* option bits this command takes */
	const char *usage; /* NULL: made from the parts (compare) */
} commands[] = {
	{"list", cli_list, OPT_JSON | OPT_GUIDES,
	 "usage: negotiator list [--json] [-g DIR] [PATH...]\n"
	 "List the guides (id, company, role, regions, updated, marks) and\n"
	 "the files that were skipped, with the reason.\n"},
	{"show", cli_show, OPT_JSON | OPT_GUIDES,
	 "usage: negotiator show [--json] [-g DIR] GUIDE\n"
	 "Show a guide's bands, premium, targets, floors, levers and scripts.\n"},
	{"check", cli_check, OPT_JSON | OPT_STRICT | OPT_GUIDES,
	 "usage: negotiator check [--json] [--strict] [-g DIR] [PATH...]\n"
	 "Lint guides: errors and warnings with file and line.  Exit 1 on\n"
	 "errors, or on warnings too with --strict.\n"},
	{"compare", cli_compare, OPT_JSON | OPT_GUIDES | OPT_COMPARE, NULL},
	{"keys", NULL, OPT_ROFF,
	 "usage: negotiator keys [--roff]\n"
	 "Print the TUI's key bindings (as roff for the man page).\n"},
};

/* The usage of a command, or of the program when usage is NULL and
 * program is set (compare's synopsis is made from the parts). */
static void print_usage(const char *usage, bool program)
{
	if (usage) {
		fputs(usage, stdout);
		return;
	}
	struct strbuf sb;
	sb_init(&sb);
	if (program) {
		cli_compare_usage(&sb, "       ", 18, false);
		fputs(usage_head, stdout);
		fputs(sb.data, stdout);
		fputs(usage_tail, stdout);
	} else {
		cli_compare_usage(&sb, "usage: ", 9, true);
		fputs(sb.data, stdout);
	}
	sb_free(&sb);
}

int cli_usage_error(const struct cli *c, const char *fmt, ...)
{
	va_list ap;
	fputs("negotiator: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'negotiator %s%s--help'.\n",
	        c->command ? c->command : "", c->command ? " " : "");
	return EXIT_USAGE;
}

/* Options that take a value (other than the parts): where it goes and
 * which bit it sets. */
static const char **value_slot(struct cli *c, const char *name, unsigned *bit)
{
	static const struct {
		const char *name;
		size_t offset;
		unsigned bit;
	} slots[] = {
		{"--region", offsetof(struct cli, region), OPT_REGION},
		{"--rates", offsetof(struct cli, rates_file), OPT_RATES},
	};
	for (size_t i = 0; i < sizeof slots / sizeof *slots; i++)
		if (strcmp(name, slots[i].name) == 0) {
			*bit = slots[i].bit;
			return (const char **)(void *)((char *)c + slots[i].offset);
		}
	return NULL;
}

/* An option of a part of the offer: --OPTION, --OPTION-per-year (a
 * GRANT), --company-OPTION[-per-year] (a part the company's offers
 * have).  PART_COUNT when name is none of those. */
static enum part_id part_option(const char *name, bool *per_year,
                                bool *company)
{
	static const char per_year_suffix[] = "-per-year";
	char opt[64];
	if (!str_starts_with(name, "--"))
		return PART_COUNT;
	name += 2;
	*company = str_starts_with(name, "company-");
	if (*company)
		name += strlen("company-");
	size_t n = strlen(name), k = strlen(per_year_suffix);
	*per_year = n > k && strcmp(name + n - k, per_year_suffix) == 0;
	if (*per_year)
		n -= k;
	if (n >= sizeof opt)
		return PART_COUNT;
	memcpy(opt, name, n);
	opt[n] = '\0';
	enum part_id p = part_by_option(opt);
	if (p == PART_COUNT || (*per_year && part_table[p].kind != PART_GRANT) ||
	    (*company && !part_table[p].in_round))
		return PART_COUNT;
	return p;
}

/* Keep a part's option; false (after saying why) when it cannot be. */
static bool take_part(struct cli *c, const char *name, enum part_id p,
                      bool per_year, bool company, const char *value)
{
	struct cli_offer *o = company ? &c->company : &c->offer;
	c->seen |= OPT_PARTS;
	o->given = true;
	if (part_table[p].kind == PART_FLAG) {
		if (value)
			return cli_usage_error(c, "option '%s' takes no value",
			                       name),
			       false;
		o->on[p] = true;
		return true;
	}
	if (o->text[p] && o->per_year[p] != per_year)
		return cli_usage_error(c, "give --%s%s or --%s%s-per-year, not both",
		                       company ? "company-" : "",
		                       part_table[p].option,
		                       company ? "company-" : "",
		                       part_table[p].option),
		       false;
	if (o->text[p])
		return cli_usage_error(c, "option '%s' given twice", name), false;
	o->text[p] = value;
	o->per_year[p] = per_year;
	return true;
}

static int parse_args(struct cli *c, int argc, char **argv)
{
	bool options_done = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
			if (!c->command && c->path_count == 0 && !options_done) {
				for (size_t k = 0; k < sizeof commands / sizeof *commands;
				     k++)
					if (strcmp(a, commands[k].name) == 0)
						c->command = commands[k].name;
				if (c->command)
					continue;
			}
			if (c->path_count >= CLI_MAX_PATHS)
				return cli_usage_error(c, "too many arguments");
			c->paths[c->path_count++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			options_done = true;
			continue;
		}
		/* --name=value is the same as --name value. */
		char name[64];
		const char *value = NULL;
		const char *eq = strchr(a, '=');
		if (eq && strncmp(a, "--", 2) == 0) {
			size_t n = (size_t)(eq - a);
			if (n >= sizeof name)
				return cli_usage_error(c, "unknown option '%s'", a);
			memcpy(name, a, n);
			name[n] = '\0';
			value = eq + 1;
		} else {
			snprintf(name, sizeof name, "%s", a);
		}
		bool per_year, company;
		enum part_id part = part_option(name, &per_year, &company);
		if (part != PART_COUNT && part_table[part].kind != PART_FLAG &&
		    !value) {
			if (i + 1 >= argc)
				return cli_usage_error(
					c, "option '%s' needs a value", name);
			value = argv[++i];
		}
		if (part != PART_COUNT) {
			if (!take_part(c, name, part, per_year, company, value))
				return EXIT_USAGE;
			continue;
		}
		unsigned bit = 0;
		const char **slot = value_slot(c, name, &bit);
		bool is_guides = strcmp(name, "-g") == 0 ||
		                 strcmp(name, "--guides") == 0;
		if (slot || is_guides) {
			if (!value) {
				if (i + 1 >= argc)
					return cli_usage_error(
						c, "option '%s' needs a value", name);
				value = argv[++i];
			}
			if (is_guides) {
				if (c->guide_dir_count >= CLI_MAX_PATHS)
					return cli_usage_error(c, "too many -g");
				c->guide_dirs[c->guide_dir_count++] = value;
				c->seen |= OPT_GUIDES;
			} else {
				if (c->seen & bit)
					return cli_usage_error(
						c, "option '%s' given twice", name);
				*slot = value;
				c->seen |= bit;
			}
			continue;
		}
		if (value)
			return cli_usage_error(c, "option '%s' takes no value",
			                       name);
		if (strcmp(name, "--json") == 0)
			c->json = true, c->seen |= OPT_JSON;
		else if (strcmp(name, "--strict") == 0)
			c->strict = true, c->seen |= OPT_STRICT;
		else if (strcmp(name, "--roff") == 0)
			c->roff = true, c->seen |= OPT_ROFF;
		else if (strcmp(name, "--script") == 0)
			c->script = true, c->seen |= OPT_SCRIPT;
		else if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0)
			c->help = true;
		else if (strcmp(name, "-V") == 0 || strcmp(name, "--version") == 0)
			c->version = true;
		else
			return cli_usage_error(c, "unknown option '%s'", a);
	}
	return EXIT_OK;
}

static void add_guide_dir(const char *dir, void *ctx)
{
	library_add_path(ctx, dir);
}

void cli_load(struct cli *c, struct library *lib, bool paths_are_guides)
{
	for (int i = 0; i < c->guide_dir_count; i++)
		library_add_path(lib, c->guide_dirs[i]);
	/* PATHs name the whole set; -g folders come before the search path
	 * (the first guide with an id wins). */
	if (paths_are_guides && c->path_count > 0) {
		for (int i = 0; i < c->path_count; i++)
			library_add_path(lib, c->paths[i]);
	} else {
		library_default_paths(c->argv0, add_guide_dir, lib);
	}
	library_sort(lib);
}

struct guide *cli_find_guide(struct cli *c, struct library *lib,
                             const char *name)
{
	/* A file named directly is all we need: no search path scan. */
	struct stat st;
	if (stat(name, &st) == 0 && S_ISREG(st.st_mode)) {
		library_add_path(lib, name);
		library_sort(lib);
	} else {
		cli_load(c, lib, false);
	}
	struct error why = {0};
	struct guide *g = library_find(lib, name, &why);
	if (!g) {
		fprintf(stderr, "negotiator: %s: %s\n", name, why.msg);
		/* A path that failed to load says why in skipped. */
		for (size_t i = 0; i < lib->skipped_count; i++)
			if (strcmp(lib->skipped[i].path, name) == 0)
				fprintf(stderr, "negotiator: %s:%d: %s\n",
				        lib->skipped[i].path, lib->skipped[i].line,
				        lib->skipped[i].reason);
	}
	return g;
}

void cli_print_skipped(const struct library *lib, FILE *out)
{
	for (size_t i = 0; i < lib->skipped_count; i++) {
		const struct skipped_file *s = &lib->skipped[i];
		if (s->line > 0)
			fprintf(out, "skipped %s:%d: %s\n", s->path, s->line,
			        s->reason);
		else
			fprintf(out, "skipped %s: %s\n", s->path, s->reason);
	}
}

static void regions_joined(const struct guide *g, char *buf, size_t size)
{
	size_t n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < g->band_count && n < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? ", " : "",
		                      g->bands[i].region);
}

int cli_list(struct cli *c)
{
	struct library lib;
	library_init(&lib);
	cli_load(c, &lib, true);
	if (c->json) {
		struct json j;
		json_init(&j, stdout);
		json_object_begin(&j);
		json_key(&j, "guides");
		json_array_begin(&j);
		for (size_t i = 0; i < lib.count; i++) {
			const struct guide *g = lib.guides[i];
			json_object_begin(&j);
			cli_out_guide_head(&j, g);
			json_key(&j, "regions");
			json_array_begin(&j);
			for (size_t b = 0; b < g->band_count; b++)
				json_string(&j, g->bands[b].region);
			json_array_end(&j);
			json_key_string(&j, "last_updated", cli_out_or_null(g->last_updated));
			json_key_bool(&j, "stale", guide_is_stale(g, c->today));
			json_key_bool(&j, "sample", guide_is_sample(g));
			json_object_end(&j);
		}
		json_array_end(&j);
		json_key(&j, "skipped");
		json_array_begin(&j);
		for (size_t i = 0; i < lib.skipped_count; i++) {
			json_object_begin(&j);
			json_key_string(&j, "path", lib.skipped[i].path);
			json_key(&j, "line");
			if (lib.skipped[i].line > 0)
				json_number(&j, lib.skipped[i].line, false);
			else
				json_null(&j);
			json_key_string(&j, "reason", lib.skipped[i].reason);
			json_object_end(&j);
		}
		json_array_end(&j);
		json_object_end(&j);
		json_finish(&j);
	} else {
		/* Column widths from the data, so the table lines up. */
		int wid = 2, wco = 7, wro = 4;
		for (size_t i = 0; i < lib.count; i++) {
			const struct guide *g = lib.guides[i];
			int a = (int)utf8_width(g->id, strlen(g->id));
			int b = (int)utf8_width(g->company_display,
			                        strlen(g->company_display));
			int r = (int)utf8_width(g->role_display,
			                        strlen(g->role_display));
			wid = a > wid ? (a > 48 ? 48 : a) : wid;
			wco = b > wco ? (b > 28 ? 28 : b) : wco;
			wro = r > wro ? (r > 32 ? 32 : r) : wro;
		}
		if (lib.count > 0) {
			cli_out_padded(stdout, "ID", wid + 2);
			cli_out_padded(stdout, "COMPANY", wco + 2);
			cli_out_padded(stdout, "ROLE", wro + 2);
			fputs("UPDATED     REGIONS\n", stdout);
		}
		for (size_t i = 0; i < lib.count; i++) {
			const struct guide *g = lib.guides[i];
			char regions[512];
			regions_joined(g, regions, sizeof regions);
			cli_out_padded(stdout, g->id, wid + 2);
			cli_out_padded(stdout, g->company_display, wco + 2);
			cli_out_padded(stdout, g->role_display, wro + 2);
			cli_out_padded(stdout,
			             g->last_updated[0] ? g->last_updated : "—", 12);
			fputs(regions, stdout);
			if (guide_is_stale(g, c->today))
				fputs("  [stale]", stdout);
			if (guide_is_sample(g))
				fputs("  [sample]", stdout);
			fputc('\n', stdout);
		}
		cli_print_skipped(&lib, stderr);
		if (lib.count == 0)
			fputs("negotiator: no guides found\n", stderr);
	}
	int rc = lib.count > 0 ? EXIT_OK : EXIT_FINDINGS;
	library_free(&lib);
	return rc;
}

static bool named_on_command_line(const struct cli *c, const char *path)
{
	for (int i = 0; i < c->path_count; i++)
		if (strcmp(c->paths[i], path) == 0)
			return true;
	return false;
}

static void print_finding(const char *path, enum diag_severity sev, int line,
                          const char *msg)
{
	const char *what = sev == DIAG_ERROR ? "error" : "warning";
	if (line > 0)
		printf("%s:%d: %s: %s\n", path, line, what, msg);
	else
		printf("%s: %s: %s\n", path, what, msg);
}

static void json_finding(struct json *j, enum diag_severity sev, int line,
                         const char *msg)
{
	json_object_begin(j);
	json_key_string(j, "severity", sev == DIAG_ERROR ? "error" : "warning");
	json_key(j, "line");
	if (line > 0)
		json_number(j, line, false);
	else
		json_null(j);
	json_key_string(j, "message", msg);
	json_object_end(j);
}

int cli_check(struct cli *c)
{
	struct library lib;
	library_init(&lib);
	cli_load(c, &lib, true);
	size_t errors = 0, warnings = 0;
	struct json j;
	if (c->json) {
		json_init(&j, stdout);
		json_object_begin(&j);
		json_key(&j, "files");
		json_array_begin(&j);
	}
	/* Files that did not load are errors; "not a guide" files found in
	 * a folder are not the linter's business unless named directly. */
	for (size_t i = 0; i < lib.skipped_count; i++) {
		const struct skipped_file *s = &lib.skipped[i];
		if (str_starts_with(s->reason, "not a guide") &&
		    !named_on_command_line(c, s->path)) {
			fprintf(stderr, "negotiator: %s: %s (ignored)\n", s->path,
			        s->reason);
			continue;
		}
		errors++;
		if (c->json) {
			json_object_begin(&j);
			json_key_string(&j, "path", s->path);
			json_key(&j, "id");
			json_null(&j);
			json_key(&j, "findings");
			json_array_begin(&j);
			json_finding(&j, DIAG_ERROR, s->line, s->reason);
			json_array_end(&j);
			json_object_end(&j);
		} else {
			print_finding(s->path, DIAG_ERROR, s->line, s->reason);
		}
	}
	for (size_t i = 0; i < lib.count; i++) {
		struct guide *g = lib.guides[i];
		struct diag_list found = {0};
		guide_check(g, c->today, &found);
		if (c->json) {
			json_object_begin(&j);
			json_key_string(&j, "path", g->path);
			json_key_string(&j, "id", g->id);
			json_key(&j, "findings");
			json_array_begin(&j);
		}
		for (size_t k = 0; k < found.count; k++) {
			const struct diag *d = &found.items[k];
			if (d->severity == DIAG_ERROR)
				errors++;
			else
				warnings++;
			if (c->json)
				json_finding(&j, d->severity, d->line, d->message);
			else
				print_finding(g->path, d->severity, d->line,
				              d->message);
		}
		if (c->json) {
			json_array_end(&j);
			json_object_end(&j);
		}
		diag_list_free(&found);
	}
	if (c->json) {
		json_array_end(&j);
		json_key(&j, "guides");
		json_number(&j, (double)lib.count, false);
		json_key(&j, "errors");
		json_number(&j, (double)errors, false);
		json_key(&j, "warnings");
		json_number(&j, (double)warnings, false);
		json_object_end(&j);
		json_finish(&j);
	} else {
		fprintf(stderr, "%zu guide%s checked: %zu error%s, %zu warning%s\n",
		        lib.count, lib.count == 1 ? "" : "s", errors,
		        errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
	}
	size_t guides = lib.count;
	library_free(&lib);
	if (errors > 0 || (c->strict && warnings > 0))
		return EXIT_FINDINGS;
	if (guides == 0) {
		fputs("negotiator: no guides found\n", stderr);
		return EXIT_FINDINGS;
	}
	return EXIT_OK;
}

static int run_tui(struct cli *c)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("negotiator: the interactive view needs a terminal; "
		      "for scripts use 'negotiator list', 'show', 'check' or "
		      "'compare'\n",
		      stderr);
		return EXIT_USAGE;
	}
	struct library lib;
	library_init(&lib);
	cli_load(c, &lib, true);
	int rc = tui_run(&lib, c->today);
	library_free(&lib);
	return rc;
}

int cli_main(int argc, char **argv)
{
	struct cli c;
	memset(&c, 0, sizeof c);
	c.argv0 = argc > 0 ? argv[0] : "negotiator";
	/* A closed pipe ends output, not the process with a signal; each
	 * command's writes then fail quietly and we exit 1 below. */
	signal(SIGPIPE, SIG_IGN);
	int rc = parse_args(&c, argc, argv);
	if (rc != EXIT_OK)
		return rc;
	guide_today(c.today);

	const char *cmd_usage = NULL;
	unsigned allowed = OPT_GUIDES;
	int (*run)(struct cli *) = run_tui;
	for (size_t k = 0; c.command && k < sizeof commands / sizeof *commands;
	     k++)
		if (strcmp(c.command, commands[k].name) == 0) {
			cmd_usage = commands[k].usage;
			allowed = commands[k].allowed;
			run = commands[k].run;
		}
	if (c.version) {
		printf("negotiator %s\n", NEGOTIATOR_VERSION);
		return EXIT_OK;
	}
	if (c.help) {
		print_usage(cmd_usage, !c.command);
		return EXIT_OK;
	}
	if (c.seen & ~allowed) {
		return cli_usage_error(&c, "an option given does not apply to %s",
		                       c.command ? c.command : "the TUI");
	}
	if (c.command && strcmp(c.command, "keys") == 0) {
		if (c.path_count > 0)
			return cli_usage_error(&c, "keys takes no arguments");
		keys_print(stdout, c.roff);
		rc = EXIT_OK;
	} else {
		rc = run(&c);
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			fprintf(stderr, "negotiator: write error: %s\n",
			        strerror(errno));
		return EXIT_FINDINGS;
	}
	return rc;
}
