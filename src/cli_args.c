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

const struct cli_option cli_option_table[CLI_OPT_COUNT] = {
#define X(id, name, short_name, bit, arg, help)                                \
	{name, short_name, bit, arg, help},
	CLI_OPTIONS(X)
#undef X
};

/* The option named (long or short); CLI_OPT_COUNT when none is. */
static enum cli_option_id option_by_name(const char *name)
{
	for (int i = 0; i < CLI_OPT_COUNT; i++) {
		const struct cli_option *o = &cli_option_table[i];
		if (strcmp(name, o->name) == 0 ||
		    (o->short_name && strcmp(name, o->short_name) == 0))
			return (enum cli_option_id)i;
	}
	return CLI_OPT_COUNT;
}

/* Where the value of a single-valued option goes; NULL for others. */
static const char **value_slot(struct cli *c, enum cli_option_id id)
{
	switch (id) {
	case CLI_OPT_REGION: return &c->region;
	case CLI_OPT_RATES: return &c->rates_file;
	default: return NULL;
	}
}

/* An option that takes no value: set what it says. */
static void take_flag(struct cli *c, enum cli_option_id id)
{
	switch (id) {
	case CLI_OPT_FOLLOW_LINKS: c->follow_links = true; break;
	case CLI_OPT_JSON: c->json = true; break;
	case CLI_OPT_STRICT: c->strict = true; break;
	case CLI_OPT_ROFF: c->roff = true; break;
	case CLI_OPT_SCRIPT: c->script = true; break;
	case CLI_OPT_MARKDOWN: c->markdown = true; break;
	case CLI_OPT_HELP: c->help = true; break;
	case CLI_OPT_VERSION: c->version = true; break;
	default: break;
	}
	c->seen |= cli_option_table[id].bit;
}

/* Options that say a FLAG part the other way, or of the company's
 * offer: the part, whose offer, and what they say. */
static const struct {
	enum cli_option_id id;
	enum part_id part;
	bool company, on;
} said_options[] = {
	{CLI_OPT_PUBLIC_EQUITY, PART_PRIVATE, false, false},
	{CLI_OPT_COMPANY_PRIVATE, PART_PRIVATE, true, true},
	{CLI_OPT_COMPANY_PUBLIC, PART_PRIVATE, true, false},
};

/* The option of a FLAG part said `on` (the offer's or the company's). */
static void flag_option_name(enum part_id p, bool company, bool on, char *buf,
                             size_t size)
{
	for (size_t i = 0; i < sizeof said_options / sizeof *said_options; i++)
		if (said_options[i].part == p &&
		    said_options[i].company == company &&
		    said_options[i].on == on) {
			snprintf(buf, size, "%s",
			         cli_option_table[said_options[i].id].name);
			return;
		}
	snprintf(buf, size, "--%s%s", company ? "company-" : "",
	         part_table[p].option);
}

/* A FLAG part of an offer said either way; false (after saying why)
 * when that offer said it the other way already. */
static bool say_flag(struct cli *c, enum part_id p, bool company, bool on)
{
	struct cli_offer *o =
		company ? &c->company : &c->offers[c->offer_count];
	c->seen |= OPT_PARTS;
	if (o->said[p] && o->on[p] != on) {
		char yes[64], no[64];
		flag_option_name(p, company, true, yes, sizeof yes);
		flag_option_name(p, company, false, no, sizeof no);
		return cli_args_error(c, "give %s or %s, not both", yes, no),
		       false;
	}
	o->said[p] = true;
	o->on[p] = on;
	/* The company's offer is given by its amounts, not by a word on
	 * its equity alone. */
	if (!company)
		o->given = true;
	return true;
}

/* When option `id` says a FLAG part (*handled), say it; false (after
 * saying why) when it cannot be. */
static bool said_option(struct cli *c, enum cli_option_id id, bool *handled)
{
	*handled = false;
	for (size_t i = 0; i < sizeof said_options / sizeof *said_options; i++)
		if (said_options[i].id == id) {
			*handled = true;
			return say_flag(c, said_options[i].part,
			                said_options[i].company,
			                said_options[i].on);
		}
	return true;
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
	if (part_table[p].kind == PART_FLAG) {
		if (value)
			return cli_args_error(c, "option '%s' takes no value",
			                      name),
			       false;
		return say_flag(c, p, company, true);
	}
	struct cli_offer *o =
		company ? &c->company : &c->offers[c->offer_count];
	c->seen |= OPT_PARTS;
	o->given = true;
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
	free(c->paths);
	free(c->guide_dirs);
	c->paths = c->guide_dirs = NULL;
	c->path_count = c->guide_dir_count = 0;
}

int cli_args_parse(struct cli *c, int argc, char **argv,
                   const char *const *commands, size_t count)
{
	bool options_done = false;
	size_t room = argc > 0 ? (size_t)argc : 1;
	c->paths = xcalloc(room, sizeof *c->paths);
	c->guide_dirs = xcalloc(room, sizeof *c->guide_dirs);
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
		enum cli_option_id id = option_by_name(name);
		if (id == CLI_OPT_OFFER) {
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
		if (id == CLI_OPT_COUNT)
			return cli_args_error(c, "unknown option '%s'", a);
		if (cli_option_table[id].arg == CLI_ARG_NONE) {
			if (value)
				return cli_args_error(
					c, "option '%s' takes no value", name);
			bool handled;
			if (!said_option(c, id, &handled))
				return EXIT_USAGE;
			if (!handled)
				take_flag(c, id);
			continue;
		}
		if (!value) {
			if (i + 1 >= argc)
				return cli_args_error(
					c, "option '%s' needs a value", name);
			value = argv[++i];
		}
		const char **slot = value_slot(c, id);
		if (id == CLI_OPT_GUIDES) {
			c->guide_dirs[c->guide_dir_count++] = value;
		} else if (slot) {
			if (c->seen & cli_option_table[id].bit)
				return cli_args_error(
					c, "option '%s' given twice", name);
			*slot = value;
		}
		c->seen |= cli_option_table[id].bit;
	}
	return EXIT_OK;
}
