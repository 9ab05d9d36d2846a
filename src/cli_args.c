/* cli_args.c - read the command line into struct cli (cli_args.h). */
#include "cli_args.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_out.h"
#include "negotiator/input.h"
#include "negotiator/text.h"

int cli_args_error(const struct cli *c, const char *fmt, ...)
{
	/* What the user typed is quoted back cleaned (cli_out_err). */
	char msg[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	cli_out_err("negotiator: %s\nTry 'negotiator %s%s--help'.\n", msg,
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
			return (const char **)(void *)((char *)c +
			                               slots[i].offset);
		}
	return NULL;
}

/* An option of a part of the offer: --OPTION, --OPTION-per-year (a
 * GRANT), --company-OPTION[-per-year] (a part the company's offers
 * have).  PART_COUNT when name is none of those. */
static enum part_id part_option(const char *name, bool *per_year, bool *company)
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
	if (p == PART_COUNT ||
	    (*per_year && part_table[p].kind != PART_GRANT) ||
	    (*company && !part_table[p].in_round))
		return PART_COUNT;
	return p;
}

/* Keep a part's option; false (after saying why) when it cannot be. */
static bool take_part(struct cli *c, const char *name, enum part_id p,
                      bool per_year, bool company, const char *value)
{
	struct cli_offer *o =
		company ? &c->company : &c->offers[c->offer_count];
	c->seen |= OPT_PARTS;
	o->given = true;
	if (part_table[p].kind == PART_FLAG) {
		if (value)
			return cli_args_error(c, "option '%s' takes no value",
			                      name),
			       false;
		o->on[p] = true;
		return true;
	}
	if (o->text[p] && o->per_year[p] != per_year)
		return cli_args_error(
			       c, "give --%s%s or --%s%s-per-year, not both",
			       company ? "company-" : "", part_table[p].option,
			       company ? "company-" : "", part_table[p].option),
		       false;
	if (o->text[p])
		return cli_args_error(c, "option '%s' given twice", name),
		       false;
	o->text[p] = value;
	o->per_year[p] = per_year;
	return true;
}

/* --offer NAME: the part options that follow belong to a new offer. */
static bool start_offer(struct cli *c, const char *name)
{
	if (input_blank(name))
		return cli_args_error(c, "option '--offer' needs a name"),
		       false;
	if (c->offer_count + 1 >= CLI_MAX_OFFERS)
		return cli_args_error(c, "at most %d offers",
		                      CLI_MAX_OFFERS - 1),
		       false;
	/* A name is shown (text, JSON, Markdown): kept cleaned, as guide
	 * text is (issue 13.11). */
	char *clean = text_clean(name, strlen(name), false);
	for (int i = 1; i <= c->offer_count; i++)
		if (strcmp(c->offers[i].name, clean) == 0) {
			free(clean);
			return cli_args_error(c, "offer '%s' given twice",
			                      name),
			       false;
		}
	c->offers[++c->offer_count].name = c->owned[c->owned_count++] = clean;
	c->seen |= OPT_PARTS;
	return true;
}

void cli_args_free(struct cli *c)
{
	for (int i = 0; i < c->owned_count; i++)
		free(c->owned[i]);
	c->owned_count = 0;
}

int cli_args_parse(struct cli *c, int argc, char **argv,
                   const char *const *commands, size_t count)
{
	bool options_done = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
			if (!c->command && c->path_count == 0 &&
			    !options_done) {
				for (size_t k = 0; k < count; k++)
					if (strcmp(a, commands[k]) == 0)
						c->command = commands[k];
				if (c->command)
					continue;
			}
			if (c->path_count >= CLI_MAX_PATHS)
				return cli_args_error(c, "too many arguments");
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
				return cli_args_error(c, "unknown option '%s'",
				                      a);
			memcpy(name, a, n);
			name[n] = '\0';
			value = eq + 1;
		} else {
			snprintf(name, sizeof name, "%s", a);
		}
		if (strcmp(name, "--offer") == 0) {
			if (!value) {
				if (i + 1 >= argc)
					return cli_args_error(
						c, "option '--offer' needs a "
						   "name");
				value = argv[++i];
			}
			if (!start_offer(c, value))
				return EXIT_USAGE;
			continue;
		}
		bool per_year, company;
		enum part_id part = part_option(name, &per_year, &company);
		if (part != PART_COUNT && part_table[part].kind != PART_FLAG &&
		    !value) {
			if (i + 1 >= argc)
				return cli_args_error(
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
					return cli_args_error(
						c, "option '%s' needs a value",
						name);
				value = argv[++i];
			}
			if (is_guides) {
				if (c->guide_dir_count >= CLI_MAX_PATHS)
					return cli_args_error(c, "too many -g");
				c->guide_dirs[c->guide_dir_count++] = value;
				c->seen |= OPT_GUIDES;
			} else {
				if (c->seen & bit)
					return cli_args_error(
						c, "option '%s' given twice",
						name);
				*slot = value;
				c->seen |= bit;
			}
			continue;
		}
		if (value)
			return cli_args_error(c, "option '%s' takes no value",
			                      name);
		if (strcmp(name, "--json") == 0)
			c->json = true, c->seen |= OPT_JSON;
		else if (strcmp(name, "-L") == 0 ||
		         strcmp(name, "--follow-links") == 0)
			c->follow_links = true, c->seen |= OPT_GUIDES;
		else if (strcmp(name, "--strict") == 0)
			c->strict = true, c->seen |= OPT_STRICT;
		else if (strcmp(name, "--roff") == 0)
			c->roff = true, c->seen |= OPT_ROFF;
		else if (strcmp(name, "--script") == 0)
			c->script = true, c->seen |= OPT_SCRIPT;
		else if (strcmp(name, "--markdown") == 0)
			c->markdown = true, c->seen |= OPT_MARKDOWN;
		else if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0)
			c->help = true;
		else if (strcmp(name, "-V") == 0 ||
		         strcmp(name, "--version") == 0)
			c->version = true;
		else
			return cli_args_error(c, "unknown option '%s'", a);
	}
	return EXIT_OK;
}
