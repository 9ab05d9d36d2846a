/* guide.h - the negotiation guide model.
 *
 * A guide is one company x role playbook: YAML front matter with per-region
 * pay bands, and a Markdown body with sections, scripts, levers, the premium
 * and the strategy (target ask and accept-at floor).  Loading is in two
 * steps so that a large library opens fast: guide_load() reads the file and
 * the front matter; guide_load_body() parses the body on first need.
 *
 * Every string in the model has been through text_clean(): valid UTF-8,
 * no control characters except '\n' (and none at all in one-line fields).
 * Nothing here includes curses.
 */
#ifndef NEGOTIATOR_GUIDE_H
#define NEGOTIATOR_GUIDE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "negotiator/money.h"

/* Limits on untrusted input; documented in README "Security and limits". */
#define GUIDE_MAX_FILE_BYTES (4u * 1024u * 1024u)
#define GUIDE_MAX_YAML_DEPTH 32
#define GUIDE_MAX_YAML_ALIASES 0  /* aliases are refused outright */
#define GUIDE_MAX_YAML_NODES 20000
#define GUIDE_MAX_MD_DEPTH 64
/* cmark-gfm spends about 250 bytes a node: a body past this is not read
 * (guides are ~10 KB), so that one file cannot take hundreds of MB. */
#define GUIDE_MAX_BODY_BYTES (1024u * 1024u)
#define GUIDE_MAX_BANDS 64

enum diag_severity { DIAG_ERROR, DIAG_WARNING };

/* A finding about a file: "path:line: reason".  line is 0 when unknown. */
struct diag {
	enum diag_severity severity;
	int line;
	char *message;
};

struct diag_list {
	struct diag *items;
	size_t count, cap;
};

void diag_add(struct diag_list *list, enum diag_severity sev, int line,
              const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void diag_list_free(struct diag_list *list);

/* A target ask or an accept-at floor for one region. */
struct ask {
	amount_t base;    /* AMOUNT_NONE when the guide gives none */
	amount_t equity;  /* over the whole (four-year) grant */
	amount_t sign_on; /* signing bonus, when the guide asks for one */
};

static inline bool ask_known(const struct ask *a)
{
	return amount_known(a->base) || amount_known(a->equity);
}

/* What the body's band table says in words for one region; used when the
 * numbers are null ("Varies by location (65–100% of NYC)"). NULL if none. */
struct band_words {
	char *base, *equity, *bonus, *total;
};

struct band {
	char *region;        /* "Paris" */
	currency_t currency; /* "EUR" */
	amount_t base_low, base_high;
	amount_t stock_low, stock_high; /* whole grant, four years */
	double bonus_pct;               /* percent of base; < 0 when unknown */
	amount_t total_low, total_high; /* yearly */
	struct ask target, floor;
	bool target_from_front_matter, floor_from_front_matter;
	struct band_words words;
	int line; /* line of "- region:" in the file */
};

static inline bool band_has_numbers(const struct band *b)
{
	return amount_known(b->base_low) || amount_known(b->base_high) ||
	       amount_known(b->stock_low) || amount_known(b->stock_high) ||
	       amount_known(b->total_low) || amount_known(b->total_high);
}

struct premium {
	bool present;
	double low_pct, high_pct; /* 20, 35 */
	char *applies_to;         /* "equity" (what the guide says it is on) */
	bool included_in_ask;     /* the target ask already contains it */
	bool from_front_matter;
};

enum script_kind {
	SCRIPT_PLAIN,     /* a quoted passage in a section */
	SCRIPT_LEVER,     /* the script of a numbered lever */
	SCRIPT_COMPETING, /* a lever about a competing offer */
	SCRIPT_PREMIUM,   /* a lever about the premium */
	SCRIPT_STRATEGY   /* the block-quoted strategy (target + floor) */
};

struct script {
	enum script_kind kind;
	char *title;   /* lever or strategy title, else the section title */
	char *section; /* title of the enclosing section */
	char *region;  /* canonical band region it names, or NULL */
	char *text;    /* the quoted words, quotes removed */
	int line;
};

struct section {
	char *title;
	int line;
	int level; /* heading level; 0 for a bold-led paragraph */
};

struct guide {
	char *path;
	char *id; /* "company/role" */
	char *company, *role;                 /* slugs */
	char *company_display, *role_display; /* fall back to the slugs */
	char *role_type, *data_quality, *salary_quarter;
	char last_updated[11], next_review_due[11]; /* "YYYY-MM-DD" or "" */
	char *level_internal, *level_raw;
	char *dna_summary;
	char **sources;
	size_t source_count;

	struct band *bands;
	size_t band_count;

	struct premium premium;

	/* Body, filled by guide_load_body().  A guide loaded from a file does
	 * not hold its body text until then (body_deferred): a library of
	 * thousands of guides then costs only their front matter. */
	bool body_loaded, body_deferred;
	bool equity_private; /* pre-IPO equity; see guide_equity_is_private */
	char *body;     /* raw Markdown, control characters cleaned */
	/* The body is too costly to parse as Markdown (see the limits);
	 * readers should show it as plain text. */
	bool body_refused;
	int body_line;  /* file line number of the body's first line */
	char *title;    /* first heading, or NULL */
	struct section *sections;
	size_t section_count;
	struct script *scripts;
	size_t script_count;

	/* Warnings (and body errors) found while loading; check prints them. */
	struct diag_list diags;
};

/* Read and parse a guide's file and front matter.  Returns NULL on error,
 * with the reasons appended to errs (line numbers as in the file).  A
 * returned guide may carry warnings in g->diags. */
struct guide *guide_load(const char *path, struct diag_list *errs);
/* The same from memory (tests, fuzzing); path is only for messages. */
struct guide *guide_load_buffer(const char *path, const char *data,
                                size_t len, struct diag_list *errs);
/* Parse the body once; later calls do nothing.  Problems become
 * warnings in g->diags; the guide stays usable. */
void guide_load_body(struct guide *g);
void guide_free(struct guide *g);

/* Every finding about a loaded guide, for `check`: the load warnings,
 * the body's (loads it), and the stale review date against today.
 * Appends copies to out; returns the number of errors among them. */
size_t guide_check(struct guide *g, const char *today, struct diag_list *out);

/* A guide past its next_review_due on the given day (YYYY-MM-DD). */
bool guide_is_stale(const struct guide *g, const char *today);
bool guide_is_sample(const struct guide *g);
/* Today's date as YYYY-MM-DD; NEGOTIATOR_TODAY overrides (for tests). */
void guide_today(char out[11]);

/* Find a band by region name or alias ("NYC" for "New York");
 * case-insensitive.  NULL when none matches. */
const struct band *guide_find_band(const struct guide *g, const char *name);
/* True when the words name the region (exact, alias, or initials). */
bool region_matches(const char *region, const char *words, size_t len);

/* The same test with the words prepared once, for matching one name
 * against many regions (filtering thousands of guides a keystroke). */
struct region_query {
	const char *words; /* not copied: must outlive the query */
	size_t len;
	int group; /* the alias group the words name, or -1 */
};
void region_query_init(struct region_query *q, const char *words, size_t len);
/* Every one-word-or-more alias region_matches() accepts for the region
 * besides its own name: its initials ("NY"), initials and C ("NYC"), and
 * the names it shares an alias group with ("Bangalore" for Bengaluru). */
void region_aliases(const char *region,
                    void (*fn)(const char *alias, size_t len, void *ctx),
                    void *ctx);
bool region_query_matches(const struct region_query *q, const char *region);

/* The best script for a situation, or NULL.  region may be NULL. */
const struct script *guide_pick_script(const struct guide *g,
                                       const char *region,
                                       bool have_offer, bool agentic);

#endif
