/* cli_complete.c - shell completions made from the program's tables
 * (cli_complete.h). */
#include "cli_complete.h"

#include <string.h>

#include "cli_guides.h"
#include "negotiator/library.h"
#include "negotiator/part.h"

/* One option as the completions see it. */
struct copt {
	char name[64];
	const char *short_name; /* NULL when none */
	enum cli_arg arg;
	const char *help;
};

typedef void copt_fn(const struct copt *o, void *ctx);

/* Every option a command that takes `allowed` has, in the order of the
 * usage: the options table, then the parts of the offer (--X, --X-per-
 * year for a grant, --company-X for a part of the company's offers). */
static void each_option(unsigned allowed, copt_fn *fn, void *ctx)
{
	struct copt o;
	for (int i = 0; i < CLI_OPT_COUNT; i++) {
		const struct cli_option *c = &cli_option_table[i];
		if (c->bit && !(c->bit & allowed))
			continue;
		snprintf(o.name, sizeof o.name, "%s", c->name);
		o.short_name = c->short_name;
		o.arg = c->arg;
		o.help = c->help;
		fn(&o, ctx);
	}
	if (!(allowed & OPT_PARTS))
		return;
	for (int p = 0; p < PART_COUNT; p++) {
		const struct part_info *pi = &part_table[p];
		o.short_name = NULL;
		o.arg = pi->kind == PART_FLAG ? CLI_ARG_NONE : CLI_ARG_TEXT;
		o.help = pi->help;
		snprintf(o.name, sizeof o.name, "--%s", pi->option);
		fn(&o, ctx);
		if (pi->kind == PART_GRANT) {
			snprintf(o.name, sizeof o.name, "--%s-per-year",
			         pi->option);
			fn(&o, ctx);
		}
		if (pi->in_round) {
			snprintf(o.name, sizeof o.name, "--company-%s",
			         pi->option);
			fn(&o, ctx);
		}
	}
}

/* What a list of names is made for: the options of one kind of value
 * (any with value, or one kind), written with a separator. */
struct names {
	FILE *out;
	const char *sep;
	bool any_value; /* every option that takes a value */
	bool all;       /* every option */
	enum cli_arg arg;
	bool first;
};

static void name_one(const struct copt *o, void *ctx)
{
	struct names *n = ctx;
	bool want = n->all ||
	            (n->any_value ? o->arg != CLI_ARG_NONE : o->arg == n->arg);
	if (!want)
		return;
	fprintf(n->out, "%s%s", n->first ? "" : n->sep, o->name);
	n->first = false;
	if (o->short_name)
		fprintf(n->out, "%s%s", n->sep, o->short_name);
}

/* The names of the options taking `allowed` that take a value of the
 * kind arg (any_value: of any kind; all: every option). */
static void names(FILE *out, const char *sep, unsigned allowed, bool all,
                  bool any_value, enum cli_arg arg)
{
	struct names n = {out, sep, any_value, all, arg, true};
	each_option(allowed, name_one, &n);
	if (n.first)
		fputs("--no-such-option",
		      out); /* a pattern that never matches */
}

static void command_names(FILE *out, const char *sep,
                          const struct cli_complete_command *cmds, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(out, "%s%s", i ? sep : "", cmds[i].name);
}

/* The loop over the words before the cursor that finds the command, the
 * guide (the first other argument) and the -g folders; the same in bash
 * and zsh but for how a word is read. */
static void scan_words(FILE *out, const char *word, const char *first,
                       const char *last, const char *add_guides,
                       const struct cli_complete_command *cmds, size_t n)
{
	fprintf(out,
	        "\tlocal cmd='' guide='' w skip='' i\n"
	        "\tfor ((i = %s; i < %s; i++)); do\n"
	        "\t\tw=%s\n"
	        "\t\tif [[ -n $skip ]]; then skip=''; continue; fi\n"
	        "\t\tcase $w in\n"
	        "\t\t(-g|--guides) %s; skip=1 ;;\n"
	        "\t\t(",
	        first, last, word, add_guides);
	names(out, "|", ~0u, false, true, CLI_ARG_NONE);
	fputs(") skip=1 ;;\n"
	      "\t\t(-*) ;;\n"
	      "\t\t(*)\n"
	      "\t\t\tif [[ -z $cmd && -z $guide && \" ",
	      out);
	command_names(out, " ", cmds, n);
	fputs(" \" == *\" $w \"* ]]; then cmd=$w\n"
	      "\t\t\telif [[ -z $guide ]]; then guide=$w; fi ;;\n"
	      "\t\tesac\n"
	      "\tdone\n",
	      out);
}

/* A case per command (and the TUI's, '') of the options it takes, each
 * written by line(out, allowed). */
static void per_command(FILE *out, const char *indent,
                        const struct cli_complete_command *cmds, size_t n,
                        unsigned tui_allowed, const char *open,
                        const char *close)
{
	for (size_t i = 0; i <= n; i++) {
		const char *name = i < n ? cmds[i].name : "''";
		unsigned allowed = i < n ? cmds[i].allowed : tui_allowed;
		fprintf(out, "%s(%s) %s", indent, name, open);
		names(out, " ", allowed, true, false, CLI_ARG_NONE);
		fprintf(out, "%s ;;\n", close);
	}
}

/* The case over the word before the cursor: after an option that takes
 * a folder, a file, a region or other text, do[0..3]. */
static void value_case(FILE *out, const char *word, const char *const *act)
{
	static const enum cli_arg kinds[] = {CLI_ARG_DIR, CLI_ARG_FILE,
	                                     CLI_ARG_REGION, CLI_ARG_TEXT};
	fprintf(out, "\tcase %s in\n", word);
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		fputs("\t(", out);
		names(out, "|", ~0u, false, false, kinds[k]);
		fprintf(out, ") %s ;;\n", act[k]);
	}
	fputs("\tesac\n", out);
}

static void bash_script(FILE *out, const struct cli_complete_command *cmds,
                        size_t n, unsigned tui_allowed)
{
	fputs("# bash completion for negotiator: made by `negotiator "
	      "completions bash`\n"
	      "# from the program's tables of commands, options and parts "
	      "of an offer.\n"
	      "_negotiator_lines() {\n"
	      "\tlocal IFS=$'\\n' k\n"
	      "\tCOMPREPLY=($(compgen -W \"$1\" -- \"$2\"))\n"
	      "\tfor k in \"${!COMPREPLY[@]}\"; do\n"
	      "\t\tprintf -v 'COMPREPLY[k]' %q \"${COMPREPLY[k]}\"\n"
	      "\tdone\n"
	      "}\n"
	      "_negotiator() {\n"
	      "\tlocal cur=${COMP_WORDS[COMP_CWORD]} "
	      "prev=${COMP_WORDS[COMP_CWORD-1]}\n"
	      "\tlocal prog=${COMP_WORDS[0]}\n"
	      "\tlocal -a gargs=()\n",
	      out);
	scan_words(out, "${COMP_WORDS[i]}", "1", "COMP_CWORD",
	           "gargs+=(-g \"${COMP_WORDS[i+1]}\")", cmds, n);
	value_case(out, "$prev",
	           (const char *const[]){
			   "COMPREPLY=($(compgen -d -- \"$cur\")); return",
			   "COMPREPLY=($(compgen -f -- \"$cur\")); return",
			   "_negotiator_lines \"$(\"$prog\" \"${gargs[@]}\" "
			   "completions regions \"$guide\" 2>/dev/null)\" "
			   "\"$cur\"; return",
			   "return"});
	fputs("\tif [[ $cur == -* ]]; then\n"
	      "\t\tcase $cmd in\n",
	      out);
	per_command(out, "\t\t", cmds, n, tui_allowed,
	            "COMPREPLY=($(compgen -W \"", "\" -- \"$cur\"))");
	fputs("\t\tesac\n"
	      "\t\treturn\n"
	      "\tfi\n"
	      "\tcase $cmd in\n"
	      "\t(show|compare)\n"
	      "\t\tif [[ -z $guide ]]; then\n"
	      "\t\t\t_negotiator_lines \"$(\"$prog\" \"${gargs[@]}\" "
	      "completions ids 2>/dev/null)\" \"$cur\"\n"
	      "\t\t\tCOMPREPLY+=($(compgen -f -- \"$cur\"))\n"
	      "\t\tfi ;;\n"
	      "\t(completions)\n"
	      "\t\tif [[ -z $guide ]]; then\n"
	      "\t\t\tCOMPREPLY=($(compgen -W \"bash zsh fish ids regions\" "
	      "-- \"$cur\"))\n"
	      "\t\telif [[ $guide == regions ]]; then\n"
	      "\t\t\t_negotiator_lines \"$(\"$prog\" \"${gargs[@]}\" "
	      "completions ids 2>/dev/null)\" \"$cur\"\n"
	      "\t\tfi ;;\n"
	      "\t(keys) ;;\n"
	      "\t('') COMPREPLY=($(compgen -W \"",
	      out);
	command_names(out, " ", cmds, n);
	fputs("\" -- \"$cur\") $(compgen -f -- \"$cur\")) ;;\n"
	      "\t(*) COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n"
	      "\tesac\n"
	      "}\n"
	      "complete -F _negotiator negotiator\n",
	      out);
}

static void zsh_script(FILE *out, const struct cli_complete_command *cmds,
                       size_t n, unsigned tui_allowed)
{
	fputs("#compdef negotiator\n"
	      "# zsh completion for negotiator: made by `negotiator "
	      "completions zsh`\n"
	      "# from the program's tables of commands, options and parts "
	      "of an offer.\n"
	      "_negotiator() {\n"
	      "\tlocal prog=$words[1]\n"
	      "\tlocal -a gargs found\n",
	      out);
	scan_words(out, "$words[i]", "2", "CURRENT",
	           "gargs+=(-g \"$words[i+1]\")", cmds, n);
	value_case(out, "$words[CURRENT-1]",
	           (const char *const[]){
			   "_files -/; return", "_files; return",
			   "found=(${(f)\"$($prog \"${gargs[@]}\" completions "
			   "regions \"$guide\" 2>/dev/null)\"}); "
			   "compadd -a found; return",
			   "return"});
	fputs("\tif [[ $PREFIX == -* ]]; then\n"
	      "\t\tcase $cmd in\n",
	      out);
	per_command(out, "\t\t", cmds, n, tui_allowed, "compadd -- ", "");
	fputs("\t\tesac\n"
	      "\t\treturn\n"
	      "\tfi\n"
	      "\tcase $cmd in\n"
	      "\t(show|compare)\n"
	      "\t\tif [[ -z $guide ]]; then\n"
	      "\t\t\tfound=(${(f)\"$($prog \"${gargs[@]}\" completions ids "
	      "2>/dev/null)\"})\n"
	      "\t\t\tcompadd -a found; _files\n"
	      "\t\tfi ;;\n"
	      "\t(completions)\n"
	      "\t\tif [[ -z $guide ]]; then compadd bash zsh fish ids "
	      "regions\n"
	      "\t\telif [[ $guide == regions ]]; then\n"
	      "\t\t\tfound=(${(f)\"$($prog \"${gargs[@]}\" completions ids "
	      "2>/dev/null)\"})\n"
	      "\t\t\tcompadd -a found\n"
	      "\t\tfi ;;\n"
	      "\t(keys) ;;\n"
	      "\t('') compadd ",
	      out);
	command_names(out, " ", cmds, n);
	fputs("; _files ;;\n"
	      "\t(*) _files ;;\n"
	      "\tesac\n"
	      "}\n"
	      "_negotiator \"$@\"\n",
	      out);
}

/* The commands (and '' for the TUI) that take option o, for fish's
 * condition. */
struct fish_ctx {
	FILE *out;
	const struct cli_complete_command *cmds;
	size_t n;
	unsigned tui_allowed;
};

static bool takes(unsigned allowed, const struct copt *o)
{
	/* An option of the table: its bit; a part: OPT_PARTS. */
	for (int i = 0; i < CLI_OPT_COUNT; i++)
		if (strcmp(cli_option_table[i].name, o->name) == 0)
			return !cli_option_table[i].bit ||
			       (cli_option_table[i].bit & allowed);
	return (allowed & OPT_PARTS) != 0;
}

/* fish writes help in single quotes: a quote in it is escaped. */
static void fish_quoted(FILE *out, const char *s)
{
	fputc('\'', out);
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
	fputc('\'', out);
}

static void fish_one(const struct copt *o, void *vctx)
{
	struct fish_ctx *c = vctx;
	FILE *out = c->out;
	fputs("complete -c negotiator -n '__negotiator_cmd_is", out);
	if (takes(c->tui_allowed, o))
		fputs(" \"\"", out);
	for (size_t i = 0; i < c->n; i++)
		if (takes(c->cmds[i].allowed, o))
			fprintf(out, " %s", c->cmds[i].name);
	fprintf(out, "' -l %s", o->name + 2);
	if (o->short_name)
		fprintf(out, " -s %s", o->short_name + 1);
	switch (o->arg) {
	case CLI_ARG_NONE: break;
	case CLI_ARG_DIR:
		fputs(" -x -a '(__fish_complete_directories (commandline "
		      "-ct))'",
		      out);
		break;
	case CLI_ARG_FILE: fputs(" -r -F", out); break;
	case CLI_ARG_REGION:
		fputs(" -x -a '(__negotiator_state regions)'", out);
		break;
	case CLI_ARG_TEXT: fputs(" -x", out); break;
	}
	fputs(" -d ", out);
	fish_quoted(out, o->help);
	fputc('\n', out);
}

static void fish_script(FILE *out, const struct cli_complete_command *cmds,
                        size_t n, unsigned tui_allowed)
{
	fputs("# fish completion for negotiator: made by `negotiator "
	      "completions fish`\n"
	      "# from the program's tables of commands, options and parts "
	      "of an offer.\n"
	      "function __negotiator_state --argument-names what\n"
	      "\tset -l words (commandline -opc)\n"
	      "\tset -l prog $words[1]\n"
	      "\tset -l cmd ''; set -l guide ''; set -l gargs; set -l skip 0\n"
	      "\tfor i in (seq 2 (count $words))\n"
	      "\t\tset -l w $words[$i]\n"
	      "\t\tif test $skip = 1; set skip 0; continue; end\n"
	      "\t\tswitch $w\n"
	      "\t\tcase -g --guides\n"
	      "\t\t\tset skip 1\n"
	      "\t\t\tset -l k (math $i + 1)\n"
	      "\t\t\tif test $k -le (count $words); set gargs $gargs -g "
	      "$words[$k]; end\n"
	      "\t\tcase ",
	      out);
	names(out, " ", ~0u, false, true, CLI_ARG_NONE);
	fputs("\n\t\t\tset skip 1\n"
	      "\t\tcase '-*'\n"
	      "\t\tcase '*'\n"
	      "\t\t\tif test -z \"$cmd\" -a -z \"$guide\"; and contains -- $w ",
	      out);
	command_names(out, " ", cmds, n);
	fputs("\n\t\t\t\tset cmd $w\n"
	      "\t\t\telse if test -z \"$guide\"\n"
	      "\t\t\t\tset guide $w\n"
	      "\t\t\tend\n"
	      "\t\tend\n"
	      "\tend\n"
	      "\tswitch $what\n"
	      "\tcase cmd; echo $cmd\n"
	      "\tcase guide; echo $guide\n"
	      "\tcase ids; $prog $gargs completions ids 2>/dev/null\n"
	      "\tcase regions; $prog $gargs completions regions $guide "
	      "2>/dev/null\n"
	      "\tend\n"
	      "end\n"
	      "function __negotiator_cmd_is\n"
	      "\tset -l c (__negotiator_state cmd)\n"
	      "\tcontains -- \"$c\" $argv\n"
	      "end\n"
	      "function __negotiator_no_guide\n"
	      "\tset -l g (__negotiator_state guide)\n"
	      "\ttest -z \"$g\"; and __negotiator_cmd_is $argv\n"
	      "end\n"
	      "complete -c negotiator -f\n"
	      "complete -c negotiator -n '__negotiator_cmd_is \"\"' -a '",
	      out);
	command_names(out, " ", cmds, n);
	fputs("'\n"
	      "complete -c negotiator -n '__negotiator_cmd_is \"\" list "
	      "check' -F\n"
	      "complete -c negotiator -n '__negotiator_no_guide show compare' "
	      "-F -a '(__negotiator_state ids)'\n"
	      "complete -c negotiator -n '__negotiator_no_guide completions' "
	      "-a 'bash zsh fish ids regions'\n",
	      out);
	struct fish_ctx c = {out, cmds, n, tui_allowed};
	each_option(~0u, fish_one, &c);
}

bool cli_complete_script(FILE *out, const char *shell,
                         const struct cli_complete_command *cmds, size_t n,
                         unsigned tui_allowed)
{
	if (strcmp(shell, "bash") == 0)
		bash_script(out, cmds, n, tui_allowed);
	else if (strcmp(shell, "zsh") == 0)
		zsh_script(out, cmds, n, tui_allowed);
	else if (strcmp(shell, "fish") == 0)
		fish_script(out, cmds, n, tui_allowed);
	else
		return false;
	return true;
}

int cli_complete_run(struct cli *c, const struct cli_complete_command *cmds,
                     size_t n, unsigned tui_allowed)
{
	const char *what = c->path_count > 0 ? c->paths[0] : "";
	if (c->path_count == 1 &&
	    cli_complete_script(stdout, what, cmds, n, tui_allowed))
		return EXIT_OK;
	if (c->path_count == 1 && strcmp(what, "ids") == 0) {
		struct library lib;
		library_init(&lib);
		cli_guides_load(c, &lib, false);
		for (size_t i = 0; i < lib.count; i++)
			printf("%s\n", lib.guides[i]->id);
		library_free(&lib);
		return EXIT_OK;
	}
	if (c->path_count == 2 && strcmp(what, "regions") == 0) {
		struct library lib;
		library_init(&lib);
		struct guide *g = cli_guides_find(c, &lib, c->paths[1]);
		for (size_t i = 0; g && i < g->band_count; i++)
			printf("%s\n", g->bands[i].region);
		library_free(&lib);
		return g ? EXIT_OK : EXIT_FINDINGS;
	}
	return cli_args_error(c, "completions takes bash, zsh, fish, ids, "
	                         "or regions GUIDE");
}
