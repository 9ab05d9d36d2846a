/* cli.c - the program's entry: usage, dispatch to a command, and the
 * list, check and keys commands (show and compare have their own files;
 * the command line is read in cli_args.c). */
#include "cli.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_args.h"
#include "cli_compare.h"
#include "cli_complete.h"
#include "cli_guides.h"
#include "cli_out.h"
#include "cli_show.h"
#include "json.h"
#include "negotiator/guide_check.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"
#include "tui/keys.h"
#include "tui/terminal.h"
#include "tui/tui.h"

static void regions_joined(const struct guide *g, char *buf, size_t size)
{
	size_t n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < g->band_count && n < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? ", " : "",
		                      g->bands[i].region);
}

static int cli_list(struct cli *c)
{
	struct library lib;
	library_init(&lib);
	cli_guides_load(c, &lib, true);
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
			json_key_string(&j, "last_updated",
			                cli_out_or_null(g->last_updated));
			json_key_bool(&j, "stale", guide_is_stale(g, c->today));
			json_key_bool(&j, "sample", guide_is_sample(g));
			json_object_end(&j);
		}
		json_array_end(&j);
		json_key(&j, "skipped");
		json_array_begin(&j);
		for (size_t i = 0; i < lib.skipped_count; i++) {
			json_object_begin(&j);
			json_key_string(&j, "path", lib.skipped[i].path_shown);
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
			cli_out_padded(
				stdout,
				g->last_updated[0] ? g->last_updated : "—", 12);
			fputs(regions, stdout);
			if (guide_is_stale(g, c->today))
				fputs("  [stale]", stdout);
			if (guide_is_sample(g))
				fputs("  [sample]", stdout);
			fputc('\n', stdout);
		}
		cli_guides_print_skipped(&lib, stderr);
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
	const char *what = diag_severity_name(sev);
	if (line > 0)
		printf("%s:%d: %s: %s\n", path, line, what, msg);
	else
		printf("%s: %s: %s\n", path, what, msg);
}

static void json_finding(struct json *j, enum diag_severity sev, int line,
                         const char *msg)
{
	json_object_begin(j);
	json_key_string(j, "severity", diag_severity_name(sev));
	json_key(j, "line");
	if (line > 0)
		json_number(j, line, false);
	else
		json_null(j);
	json_key_string(j, "message", msg);
	json_object_end(j);
}

static int cli_check(struct cli *c)
{
	struct library lib;
	library_init(&lib);
	cli_guides_load(c, &lib, true);
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
		if (s->notice && !named_on_command_line(c, s->path)) {
			cli_out_err("negotiator: %s: %s (ignored)\n",
			            s->path_shown, s->reason);
			continue;
		}
		errors++;
		if (c->json) {
			json_object_begin(&j);
			json_key_string(&j, "path", s->path_shown);
			json_key(&j, "id");
			json_null(&j);
			json_key(&j, "findings");
			json_array_begin(&j);
			json_finding(&j, DIAG_ERROR, s->line, s->reason);
			json_array_end(&j);
			json_object_end(&j);
		} else {
			print_finding(s->path_shown, DIAG_ERROR, s->line,
			              s->reason);
		}
	}
	for (size_t i = 0; i < lib.count; i++) {
		struct guide *g = lib.guides[i];
		struct diag_list found = {0};
		guide_check(g, c->today, &found);
		if (c->json) {
			json_object_begin(&j);
			json_key_string(&j, "path", g->path_shown);
			json_key_string(&j, "id", g->id);
			json_key(&j, "findings");
			json_array_begin(&j);
		}
		for (size_t k = 0; k < found.count; k++) {
			const struct diag *d = &found.items[k];
			errors += d->severity == DIAG_ERROR;
			warnings += d->severity == DIAG_WARNING;
			if (c->json)
				json_finding(&j, d->severity, d->line,
				             d->message);
			else
				print_finding(g->path_shown, d->severity,
				              d->line, d->message);
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
		fprintf(stderr,
		        "%zu guide%s checked: %zu error%s, %zu warning%s\n",
		        lib.count, lib.count == 1 ? "" : "s", errors,
		        errors == 1 ? "" : "s", warnings,
		        warnings == 1 ? "" : "s");
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

/* The TUI's guides: the PATHs named, else the search path (tui_loader;
 * R in the TUI calls it again). */
static void load_for_tui(struct library *lib, void *ctx)
{
	cli_guides_load(ctx, lib, true);
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
	/* Before loading: TERM=dumb hears what to do at once. */
	if (!terminal_usable())
		return EXIT_USAGE;
	struct library lib;
	library_init(&lib);
	load_for_tui(&lib, c);
	int rc = tui_run(&lib, c->today, load_for_tui, c);
	library_free(&lib);
	return rc;
}

static const char usage_head[] =
	"usage: negotiator [OPTIONS] [PATH...]          open the TUI\n"
	"       negotiator list [--json] [PATH...]\n"
	"       negotiator show [--json] GUIDE...\n"
	"       negotiator check [--json] [--strict] [PATH...]\n";
static const char usage_tail[] =
	"       negotiator keys [--roff]\n"
	"       negotiator completions bash|zsh|fish\n"
	"\n"
	"GUIDE is an id (company/role), a unique prefix of one, or a path.\n"
	"AMOUNT: 130000, 130,000, 130k, €130K, 1.2M, CHF 210K, $205,000,\n"
	"  130.000 € (by the currency's marks), 35,00,000, 35 lakh, 1.2 "
	"crore.\n"
	"\n"
	"options:\n"
	"  -g, --guides DIR   also load the guides in DIR (repeatable)\n"
	"  -L, --follow-links walk into symbolic links to folders\n"
	"      --json         machine-readable output\n"
	"  -h, --help         this help\n"
	"  -V, --version      the version\n"
	"\n"
	"Exit status: 0 success, 1 findings or not found, 2 bad usage.\n"
	"See negotiator(1).\n";

static int cli_completions(struct cli *c);

static const struct {
	const char *name;
	int (*run)(struct cli *);
	unsigned allowed;  /* option bits this command takes */
	const char *usage; /* NULL: made from the parts (compare) */
} command_table[] = {
	{"list", cli_list, OPT_JSON | OPT_GUIDES,
         "usage: negotiator list [--json] [-g DIR] [-L] [PATH...]\n"
         "List the guides (id, company, role, regions, updated, marks) and\n"
         "the files that were skipped, with the reason.\n"},
	{"show", cli_show, OPT_JSON | OPT_GUIDES,
         "usage: negotiator show [--json] [-g DIR] [-L] GUIDE...\n"
         "Show a guide's bands, premium, targets, floors, levers and "
         "scripts;\nof several, each in turn (with --json, a list: null for "
         "one not found).\n"},
	{"check", cli_check, OPT_JSON | OPT_STRICT | OPT_GUIDES,
         "usage: negotiator check [--json] [--strict] [-g DIR] [-L] [PATH...]\n"
         "Lint guides: errors and warnings with file and line.  Exit 1 on\n"
         "errors, or on warnings too with --strict.\n"},
	{"compare", cli_compare, OPT_JSON | OPT_GUIDES | OPT_COMPARE, NULL},
	{"keys", NULL, OPT_ROFF,
         "usage: negotiator keys [--roff]\n"
         "Print the TUI's key bindings (as roff for the man page).\n"},
	{"completions", cli_completions, OPT_GUIDES,
         "usage: negotiator completions bash|zsh|fish\n"
         "       negotiator completions ids | regions GUIDE\n"
         "Print the completion script for a shell, made from the program's\n"
         "own commands and options; the scripts ask for the guide ids and\n"
         "the regions of a guide with the other two forms.\n"},
};

/* The commands and what they take, for the completions. */
static int cli_completions(struct cli *c)
{
	struct cli_complete_command
		cmds[sizeof command_table / sizeof *command_table];
	size_t n = sizeof command_table / sizeof *command_table;
	for (size_t k = 0; k < n; k++)
		cmds[k] = (struct cli_complete_command){
			command_table[k].name, command_table[k].allowed};
	return cli_complete_run(c, cmds, n, OPT_GUIDES);
}

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

static int cli_run(struct cli *c);

/* stdout is a pipe or socket whose reading end is closed. */
static bool stdout_reader_gone(void)
{
	struct stat st;
	if (fstat(STDOUT_FILENO, &st) != 0 ||
	    !(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)))
		return false;
	struct pollfd p = {.fd = STDOUT_FILENO, .events = POLLOUT};
	return poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP));
}

int cli_main(int argc, char **argv)
{
	struct cli c;
	memset(&c, 0, sizeof c);
	c.argv0 = argc > 0 ? argv[0] : "negotiator";
	/* A closed pipe ends output, not the process with a signal; each
	 * command's writes then fail quietly and we exit 1 below. */
	signal(SIGPIPE, SIG_IGN);
	const char *names[sizeof command_table / sizeof *command_table];
	for (size_t k = 0; k < sizeof command_table / sizeof *command_table;
	     k++)
		names[k] = command_table[k].name;
	int rc = cli_args_parse(&c, argc, argv, names,
	                        sizeof command_table / sizeof *command_table);
	if (rc == EXIT_OK)
		rc = cli_run(&c);
	cli_args_free(&c);
	return rc;
}

/* The command line read: run what it asks. */
static int cli_run(struct cli *c)
{
	int rc;
	guide_today(c->today);

	const char *cmd_usage = NULL;
	unsigned allowed = OPT_GUIDES;
	int (*run)(struct cli *) = run_tui;
	for (size_t k = 0;
	     c->command && k < sizeof command_table / sizeof *command_table;
	     k++)
		if (strcmp(c->command, command_table[k].name) == 0) {
			cmd_usage = command_table[k].usage;
			allowed = command_table[k].allowed;
			run = command_table[k].run;
		}
	if (c->version) {
		printf("negotiator %s\n", NEGOTIATOR_VERSION);
		return EXIT_OK;
	}
	if (c->help) {
		print_usage(cmd_usage, !c->command);
		return EXIT_OK;
	}
	if (c->seen & ~allowed) {
		return cli_args_error(c, "an option given does not apply to %s",
		                      c->command ? c->command : "the TUI");
	}
	if (c->command && strcmp(c->command, "keys") == 0) {
		if (c->path_count > 0)
			return cli_args_error(c, "keys takes no arguments");
		keys_print(stdout, c->roff);
		rc = EXIT_OK;
	} else {
		rc = run(c);
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		/* A reader that went away (`| head -1`) ends the output, not
		 * the command: whether it left before or after the last write
		 * is timing, so it never changes the status (issue 13.14).
		 * Any other write error is one. */
		int e = errno;
		if (e == EPIPE || stdout_reader_gone())
			return rc;
		fprintf(stderr, "negotiator: write error: %s\n", strerror(e));
		return EXIT_FINDINGS;
	}
	return rc;
}
