/* guide.h - the negotiation guide model.
 *
 * A guide is one company x role playbook: YAML front matter with per-region
 * pay bands, and a Markdown body with sections, scripts, levers, the premium
 * and the strategy (target ask and accept-at floor).  guide_load.h reads
 * a file into it; this file is the model and the questions asked of it.
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

#include "negotiator/diag.h"
#include "negotiator/money.h"

/* Limits on untrusted input; documented in README "Security and limits". */
#define GUIDE_MAX_FILE_BYTES (4u * 1024u * 1024u)
#define GUIDE_MAX_YAML_DEPTH 32
#define GUIDE_MAX_YAML_ALIASES 0 /* aliases are refused outright */
#define GUIDE_MAX_YAML_NODES 20000
#define GUIDE_MAX_MD_DEPTH 64
/* cmark-gfm spends about 250 bytes a node: a body past this is not read
 * (guides are ~10 KB), so that one file cannot take hundreds of MB. */
#define GUIDE_MAX_BODY_BYTES (1024u * 1024u)
#define GUIDE_MAX_BANDS 64

/* Where a figure was read: the file line and the sentence.  A figure
 * from the front matter has line 0 and no text. */
struct source {
	int line;
	char *text; /* one clean line; NULL for the front matter */
};

/* The parts of an ask, a floor or a counter. */
enum ask_part {
	ASK_BASE,    /* yearly base salary */
	ASK_EQUITY,  /* the whole grant (a per-year figure times its years) */
	ASK_SIGN_ON, /* one-off; a year-1 / year-2 split is summed */
	ASK_BONUS,   /* yearly: an amount, or a percent of base */
	ASK_TOTAL,   /* a yearly total ("TC", "total comp", "first-year TC") */
	ASK_PART_COUNT
};

/* One part's figure: an amount or a range of amounts, or a percent (a
 * bonus as a percent of base; equity as a percent more than the standard
 * grant, never turned into an amount). */
struct figure {
	bool known;
	bool percent;
	bool at_least;            /* written with "+": "$240K+" */
	amount_t low, high;       /* amounts; high == low for a single figure */
	double pct_low, pct_high; /* percents */
	currency_t currency; /* the amount's own (the band's, nearly always) */
	struct source source;
	int rank; /* 0 strategy, 1 lever, 2 another paragraph */
};

/* A target ask, an accept-at floor, or the company's expected counter,
 * for one region.  base, equity and sign_on are what the calculator uses:
 * the low ends of those parts' figures, in the band's currency (NONE
 * when the guide gives none). */
struct ask {
	amount_t base, equity, sign_on;
	struct figure part[ASK_PART_COUNT];
};

/* Base or equity known: enough for the calculator's part-by-part gaps. */
static inline bool ask_known(const struct ask *a)
{
	return amount_known(a->base) || amount_known(a->equity);
}

/* Any figure at all read for it. */
static inline bool ask_any(const struct ask *a)
{
	for (int i = 0; i < ASK_PART_COUNT; i++)
		if (a->part[i].known)
			return true;
	return ask_known(a) || amount_known(a->sign_on);
}

/* What the body's band table says in words for one region; used when the
 * numbers are null ("Varies by location (65–100% of NYC)"). NULL if none. */
struct band_words {
	char *base, *equity, *bonus, *total;
};

/* A figure read from the prose that agrees with nothing else the guide
 * says (an ask below its floor, an amount far outside the band): shown as
 * "read, doubtful (line N)", never used by the calculator. */
struct doubt {
	size_t band; /* index in the guide's bands */
	int side;    /* 0 the ask, 1 the floor, 2 the counter */
	enum ask_part part;
	struct figure fig;
	char why[96]; /* "below the floor (...)" */
};

struct band {
	char *region;        /* "Paris" */
	currency_t currency; /* "EUR" */
	int line;            /* line of "- region:" in the file */
	amount_t base_low, base_high;
	amount_t stock_low, stock_high; /* whole grant, four years */
	double bonus_pct;               /* percent of base; < 0 when unknown */
	amount_t bonus_low, bonus_high; /* yearly bonus as amounts */
	amount_t sign_on_low, sign_on_high; /* signing bonus, one-off */
	amount_t total_low, total_high;     /* yearly */
	/* The target ask, the accept-at floor and what the guide expects
	 * the company to offer.  They point at guide_ask_none, read-only,
	 * until something is read for them: guide_band_own_asks() gives
	 * the band its own three (one block, target first), when its front
	 * matter sets one or its guide's body is read, so that a library
	 * of thousands of guides does not hold 1 KB of empty figures per
	 * band (issue 18).  Never NULL once guide_band_init() ran. */
	struct ask *target, *floor;
	struct ask *counter;
	bool target_from_front_matter, floor_from_front_matter;
	/* The body's band table gives the region's row amounts (in any
	 * currency), whether or not they could fill its numbers: a band
	 * the guide prices, for the order of a " / " list of amounts. */
	bool table_numbers;
	struct band_words words;
};

/* The band's currency code; "" for no band. */
static inline const char *band_currency(const struct band *b)
{
	return b ? b->currency.code : "";
}

static inline bool band_has_numbers(const struct band *b)
{
	return amount_known(b->base_low) || amount_known(b->base_high) ||
	       amount_known(b->stock_low) || amount_known(b->stock_high) ||
	       amount_known(b->total_low) || amount_known(b->total_high);
}

struct premium {
	bool present;
	char *name;               /* as the guide writes it: "agentic AI" */
	double low_pct, high_pct; /* 20, 35 */
	char *applies_to;         /* "equity" (what the guide says it is on) */
	bool included_in_ask;     /* the target ask already contains it */
	bool from_front_matter;
	struct source source; /* where the body states it */
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

/* The company's equity as a negotiation says it is, over the guide's
 * reading (struct offer's company_equity; guide_equity_private_as). */
enum guide_equity_said {
	GUIDE_EQUITY_AS_READ, /* nothing said: the guide's reading */
	GUIDE_EQUITY_SAID_PRIVATE,
	GUIDE_EQUITY_SAID_LIQUID
};

struct guide {
	/* The file's name as given (any bytes): for reading it again.  Shown
	 * to a person, only ever as path_shown: cleaned of control and bidi
	 * characters and invalid UTF-8, as guide text is. */
	char *path;
	char *path_shown;     /* may be path itself (guide_free knows) */
	char *id;             /* "company/role" */
	char *company, *role; /* slugs */
	char *company_display, *role_display; /* fall back to the slugs */
	char *role_type, *data_quality, *salary_quarter;
	char last_updated[11], next_review_due[11]; /* "YYYY-MM-DD" or "" */
	char *level_internal, *level_raw;
	char *dna_summary;
	char **sources;
	size_t source_count;
	/* Those free texts are the opened guide's, as its body is: a guide
	 * loaded from its file lets them go once read and checked
	 * (guide_let_go_front_texts), noting in front_private whether they
	 * say its equity is private, and guide_load_body reads them again.
	 * A library of thousands then does not hold them (issue 18). */
	bool texts_deferred;
	bool front_private;

	struct band *bands;
	size_t band_count;

	struct premium premium;

	/* Body, filled by guide_load_body().  A guide loaded from a file does
	 * not hold its body text until then (body_deferred): a library of
	 * thousands of guides then costs only their front matter. */
	bool body_loaded, body_deferred;
	/* The body was parsed, then its text let go (guide_release_body_
	 * text); guide_load_body reads the text again, and file_hash (of
	 * the whole file as loaded) tells whether the file changed since:
	 * then the whole guide is read again. */
	bool body_released;
	bool body_from_file; /* loaded from path: its body can be read again */
	unsigned long long file_hash;
	bool equity_private; /* pre-IPO equity; see guide_equity_is_private */
	/* The body's sentence that decided whether the company's equity
	 * is private or listed, and its line; NULL and 0 when none did (or
	 * the front matter's summary did). */
	int equity_line;
	char *equity_text;
	char *body; /* raw Markdown, control characters cleaned */
	/* The body is too costly to parse as Markdown (see the limits);
	 * readers should show it as plain text. */
	bool body_refused;
	int body_line; /* file line number of the body's first line */
	char *title;   /* first heading, or NULL */
	struct section *sections;
	size_t section_count;
	struct script *scripts;
	size_t script_count;

	/* The guide has no front matter: its id, names and bands come from
	 * its title and band table (the whole file is its body). */
	bool no_front_matter;

	/* The strategy: its first line (0: none found), and whether it states
	 * amounts of which no ask or floor could be read. */
	int strategy_line;
	bool strategy_unread;

	/* Figures read from the prose but not used (struct doubt). */
	struct doubt *doubts;
	size_t doubt_count;

	/* Warnings (and body errors) found while loading; check prints them. */
	struct diag_list diags;
};

/* Free a guide and everything in it (NULL is fine). */
void guide_free(struct guide *g);
/* Let go of the front matter's free texts (level mapping, data sources,
 * DNA summary) of a guide whose file can be read again; see
 * texts_deferred. */
void guide_let_go_front_texts(struct guide *g);

/* A guide past its next_review_due on the given day (YYYY-MM-DD). */
bool guide_is_stale(const struct guide *g, const char *today);
bool guide_is_sample(const struct guide *g);
/* Today's date as YYYY-MM-DD; NEGOTIATOR_TODAY overrides (for tests). */
void guide_today(char out[11]);
/* A valid calendar date written YYYY-MM-DD, in s[0, len). */
bool guide_date_valid(const char *s, size_t len);

/* The ask with nothing known that bands point at before they own
 * theirs; read-only. */
extern const struct ask guide_ask_none;

/* A band with every number unknown and no ask or floor (its asks point
 * at guide_ask_none). */
void guide_band_init(struct band *b);
/* Give the band its own target, floor and counter (nothing known) when
 * it still points at guide_ask_none; before anything is written in
 * them.  guide_band_free_asks() lets them go (guide_free does). */
void guide_band_own_asks(struct band *b);
void guide_band_free_asks(struct band *b);
/* An ask with nothing known. */
void guide_ask_init(struct ask *a);
/* The name of a part in the JSON and in messages: "base", "equity",
 * "sign_on", "bonus", "total". */
const char *guide_part_name(enum ask_part p);
/* The same for people: "base", "equity", "sign-on", "bonus", "total". */
const char *guide_part_words(enum ask_part p);
/* A figure as people write it: "€115K", "$150K–$188K", "$75K+", "15%",
 * "30% more" (equity), "—" when not known. */
void guide_figure_text(char *buf, size_t size, const struct figure *f,
                       enum ask_part part);
/* An ask's known parts in one line: "€115K base + €245K equity + €12K
 * sign-on"; "" when none. */
void guide_ask_text(char *buf, size_t size, const struct ask *a);
/* The premium with its name: "+20–35% agentic AI premium" ("+10%
 * premium" when the guide names none); "" when there is none. */
void guide_premium_text(char *buf, size_t size, const struct premium *p);
/* The premium by the name the guide gives it, for a label: "agentic AI
 * premium", "the guide's premium" when the guide gives it no name, and
 * "premium (the guide names none)" when the guide has none. */
void guide_premium_name(char *buf, size_t size, const struct premium *p);

/* Find a band by region name or alias ("NYC" for "New York");
 * case-insensitive; an exact name wins over another band's alias.  NULL
 * when none matches. */
const struct band *guide_find_band(const struct guide *g, const char *name);
/* The same for words that are not NUL-terminated (in prose). */
const struct band *guide_find_band_words(const struct guide *g,
                                         const char *words, size_t len);

/* True when the guide's company pays in private (pre-IPO) equity: a
 * sentence about the company itself (naming it, or "the company") says
 * "pre-IPO", "private equity", "privately held" or "illiquid", and none
 * says it is listed (a ticker such as "NASDAQ: HOOD", "publicly
 * traded", "liquid RSUs"); the front matter's summary speaks of the
 * company too.  The body's part counts once the body is loaded. */
bool guide_equity_is_private(const struct guide *g);
/* The same, unless a negotiation said either way (its company's offer's
 * Private): then what it said. */
bool guide_equity_private_as(const struct guide *g,
                             enum guide_equity_said said);
/* The body's line whose sentence made the equity private; 0 when it is
 * not private, or the front matter said so. */
int guide_equity_private_line(const struct guide *g);
/* The body's line whose sentence decided private or listed; 0 when none
 * did (the front matter's summary, or nothing said). */
int guide_equity_line(const struct guide *g);
/* Whether the company's equity is private, in words for `show`, with
 * the sentence that decided it ("private (pre-IPO): ..., as line 24
 * says: ..." or "listed: ..."); "" when the guide says neither. */
void guide_equity_words(const struct guide *g, char *buf, size_t size);
/* Work the body's part out once and keep it in g->equity_private
 * (guide_load_body calls this). */
void guide_note_equity_kind(struct guide *g);

/* A figure of an ask as an amount in band b's currency (its low end:
 * what the guide asks at least); NONE for a percent, an unknown figure
 * or another currency. */
amount_t guide_figure_amount(const struct band *b, const struct figure *f);
/* The currency of the ask's and the floor's figures when none of them
 * is in band b's currency but one is in another ("BRL" for a São Paulo
 * band in USD whose ask the guide writes in reais): those figures are
 * read but not compared.  NULL otherwise. */
const char *guide_ask_other_currency(const struct band *b);
/* The target ask's stated total when it is base + the whole grant
 * ("HK$1.48M total comp (base HK$1M + RSU HK$480K)"): a package figure,
 * not a yearly total; NONE otherwise. */
amount_t guide_ask_package(const struct band *b);
/* True when the guide calls a total figure the first year's ("first-year
 * TC", "year-one total comp"): base + bonus + sign-on + the first year's
 * vest, not a yearly total. */
bool guide_figure_first_year(const struct figure *f);
/* The total of a (b->target or b->floor) when it is a first-year total,
 * in the band's currency; NONE otherwise. */
amount_t guide_first_year_total(const struct band *b, const struct ask *a);
/* The floor as a package figure when the ask is one: a stated total
 * alone, or a lone equity figure above the ask's grant and within its
 * package (a package floor read as equity); NONE otherwise. */
amount_t guide_floor_package(const struct band *b);

/* What the guide's premium raises, as it says: the four-year equity
 * (what it applies to says equity, stock or grant, or says nothing), the
 * base, or the yearly total; NONE when there is no premium or it says
 * something else. */
enum premium_scope {
	PREMIUM_ON_NONE,
	PREMIUM_ON_EQUITY,
	PREMIUM_ON_BASE,
	PREMIUM_ON_TOTAL
};
enum premium_scope guide_premium_scope(const struct guide *g);
/* The words of a scope for sentences: "equity", "base", "total". */
const char *guide_premium_scope_word(enum premium_scope s);
/* The band's range of part on (the four-year equity, the base or the
 * yearly total); NONE for PREMIUM_ON_NONE. */
void guide_band_part_range(const struct band *b, enum premium_scope on,
                           amount_t *low, amount_t *high);
/* The guide's premium over a band: the part it raises, and that part's
 * range with it, low x (1 + low %) to high x (1 + high %).  False when
 * the guide has none or the band gives no range of that part. */
struct premium_range {
	enum premium_scope on;
	amount_t low, high;
};
bool guide_premium_range(const struct guide *g, const struct band *b,
                         struct premium_range *out);
/* True when the guide names a premium and it raises equity. */
bool guide_premium_on_equity(const struct guide *g);

#endif
