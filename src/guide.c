/* guide.c - the guide model: freeing it, and the questions asked of a
 * loaded guide (its band for a region, stale, sample, private equity).
 *
 * Loading is guide_load.c's; nothing here reads a file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "negotiator/guide.h"
#include "negotiator/money.h"
#include "negotiator/region.h"
#include "negotiator/text.h"
#include "reader/prose.h"

/* The NUL-terminated s is the n bytes at w, ignoring ASCII case. */
static bool ieq_n(const char *s, const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!s[i] || text_ascii_lower(s[i]) != text_ascii_lower(w[i]))
			return false;
	return s[n] == '\0';
}

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool guide_date_valid(const char *s, size_t len)
{
	static const int days[] = {31, 29, 31, 30, 31, 30,
	                           31, 31, 30, 31, 30, 31};
	int i, y, m, d;

	if (len != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !text_is_digit(s[i]))
			return false;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return false;
	return !(m == 2 && d == 29 && !is_leap(y));
}

#define NO_FIGURE                                                              \
	{                                                                      \
		.low = AMOUNT_NONE, .high = AMOUNT_NONE                        \
	}
const struct ask guide_ask_none = {
	.base = AMOUNT_NONE,
	.equity = AMOUNT_NONE,
	.sign_on = AMOUNT_NONE,
	.part = {NO_FIGURE, NO_FIGURE, NO_FIGURE, NO_FIGURE, NO_FIGURE},
};
#undef NO_FIGURE

/* guide_ask_none as the band's pointer.  It stays const, in read-only
 * memory, so that a write that forgot guide_band_own_asks() faults at
 * once instead of changing every band's empty ask; the pointer only
 * loses its const on the way (through an integer: the cast is the one
 * place it does). */
static struct ask *ask_none(void)
{
	return (struct ask *)(uintptr_t)&guide_ask_none;
}

void guide_band_init(struct band *b)
{
	memset(b, 0, sizeof *b);
	b->base_low = b->base_high = AMOUNT_NONE;
	b->stock_low = b->stock_high = AMOUNT_NONE;
	b->total_low = b->total_high = AMOUNT_NONE;
	b->bonus_low = b->bonus_high = AMOUNT_NONE;
	b->sign_on_low = b->sign_on_high = AMOUNT_NONE;
	b->bonus_pct = -1;
	b->target = b->floor = b->counter = ask_none();
}

void guide_band_own_asks(struct band *b)
{
	struct ask *a;

	if (b->target && b->target != &guide_ask_none)
		return;
	a = xcalloc(3, sizeof *a);
	for (int i = 0; i < 3; i++)
		guide_ask_init(&a[i]);
	b->target = &a[0];
	b->floor = &a[1];
	b->counter = &a[2];
}

void guide_ask_init(struct ask *a)
{
	memset(a, 0, sizeof *a);
	a->base = a->equity = a->sign_on = AMOUNT_NONE;
	for (int i = 0; i < ASK_PART_COUNT; i++)
		a->part[i].low = a->part[i].high = AMOUNT_NONE;
}

const char *guide_part_name(enum ask_part p)
{
	static const char *const names[ASK_PART_COUNT] = {
		"base", "equity", "sign_on", "bonus", "total"};

	return (unsigned)p < ASK_PART_COUNT ? names[p] : "";
}

const char *guide_part_words(enum ask_part p)
{
	static const char *const words[ASK_PART_COUNT] = {
		"base", "equity", "sign-on", "bonus", "total"};

	return (unsigned)p < ASK_PART_COUNT ? words[p] : "";
}

void guide_figure_text(char *buf, size_t size, const struct figure *f,
                       enum ask_part part)
{
	const char *plus = f->at_least ? "+" : "";

	if (!f->known) {
		snprintf(buf, size, "—");
	} else if (f->percent && f->pct_high != f->pct_low) {
		snprintf(buf, size, "%g–%g%%%s%s", f->pct_low, f->pct_high,
		         plus, part == ASK_EQUITY ? " more" : "");
	} else if (f->percent) {
		snprintf(buf, size, "%g%%%s%s", f->pct_low, plus,
		         part == ASK_EQUITY ? " more" : "");
	} else {
		char lo[40], hi[40];

		money_short(lo, sizeof lo, f->low, f->currency.code, false);
		if (f->high != f->low) {
			money_short(hi, sizeof hi, f->high, f->currency.code,
			            false);
			snprintf(buf, size, "%s–%s%s", lo, hi, plus);
		} else {
			snprintf(buf, size, "%s%s", lo, plus);
		}
	}
}

void guide_ask_text(char *buf, size_t size, const struct ask *a)
{
	size_t n = 0;

	if (size)
		buf[0] = '\0';
	for (int p = 0; p < ASK_PART_COUNT && n < size; p++) {
		char fig[64];
		int w;

		if (!a->part[p].known)
			continue;
		guide_figure_text(fig, sizeof fig, &a->part[p],
		                  (enum ask_part)p);
		w = snprintf(
			buf + n, size - n, "%s%s %s%s", n ? " + " : "", fig,
			p == ASK_TOTAL && guide_figure_first_year(&a->part[p])
				? "first-year "
				: "",
			guide_part_words((enum ask_part)p));
		if (w < 0)
			break;
		n += (size_t)w;
	}
}

void guide_premium_text(char *buf, size_t size, const struct premium *p)
{
	char pct[48];

	if (!size)
		return;
	buf[0] = '\0';
	if (!p || !p->present)
		return;
	if (p->low_pct != p->high_pct)
		snprintf(pct, sizeof pct, "+%g–%g%%", p->low_pct, p->high_pct);
	else
		snprintf(pct, sizeof pct, "+%g%%", p->low_pct);
	snprintf(buf, size, "%s %s%spremium", pct, p->name ? p->name : "",
	         p->name ? " " : "");
}

void guide_premium_name(char *buf, size_t size, const struct premium *p)
{
	if (!size)
		return;
	if (!p || !p->present)
		snprintf(buf, size, "premium (the guide names none)");
	else if (p->name && p->name[0])
		snprintf(buf, size, "%s premium", p->name);
	else
		snprintf(buf, size, "the guide's premium");
}

static void ask_free(struct ask *a)
{
	for (int i = 0; i < ASK_PART_COUNT; i++) {
		free(a->part[i].source.text);
		a->part[i].source.text = NULL;
	}
}

void guide_band_free_asks(struct band *b)
{
	if (!b->target || b->target == &guide_ask_none)
		return;
	ask_free(b->target);
	ask_free(b->floor);
	ask_free(b->counter);
	free(b->target); /* the block of three */
	b->target = b->floor = b->counter = ask_none();
}

bool guide_is_stale(const struct guide *g, const char *today)
{
	if (!g->next_review_due[0] || !today ||
	    !guide_date_valid(today, strlen(today)))
		return false;
	return strcmp(g->next_review_due, today) < 0;
}

bool guide_is_sample(const struct guide *g)
{
	return g->data_quality && str_ieq(g->data_quality, "sample");
}

void guide_today(char out[11])
{
	const char *env = getenv("NEGOTIATOR_TODAY");
	time_t now;
	struct tm tm;

	if (env && guide_date_valid(env, strlen(env))) {
		memcpy(out, env, 11);
		return;
	}
	now = time(NULL);
	if (!localtime_r(&now, &tm) || strftime(out, 11, "%Y-%m-%d", &tm) != 10)
		snprintf(out, 11, "1970-01-01");
}

const struct band *guide_find_band(const struct guide *g, const char *name)
{
	return name ? guide_find_band_words(g, name, strlen(name)) : NULL;
}

const struct band *guide_find_band_words(const struct guide *g,
                                         const char *words, size_t len)
{
	struct region_query q;
	size_t i;

	if (!g || !words)
		return NULL;
	region_query_init(&q, words, len); /* once, not once per band */
	/* An exact name wins over an alias that another band might share. */
	for (i = 0; i < g->band_count; i++)
		if (ieq_n(g->bands[i].region, q.words, q.len))
			return &g->bands[i];
	for (i = 0; i < g->band_count; i++)
		if (region_query_matches(&q, g->bands[i].region))
			return &g->bands[i];
	return NULL;
}

/* Words that say a company's equity is private, and that it is listed
 * (a ticker, publicly traded, liquid RSUs). */
static const char *const private_words[] = {
	"pre-ipo",         "private equity",      "illiquid", "privately held",
	"private company", "not publicly traded", NULL};
static const char *const public_words[] = {"publicly traded",
                                           "publicly-traded",
                                           "public company",
                                           "listed on",
                                           "liquid rsu",
                                           "rsus are liquid",
                                           "are liquid from",
                                           "is liquid from",
                                           "nasdaq:",
                                           "nyse:",
                                           "lse:",
                                           "tsx:",
                                           "asx:",
                                           "euronext:",
                                           NULL};

static bool says_any(const char *lower, const char *const *words)
{
	for (size_t i = 0; words[i]; i++)
		if (strstr(lower, words[i]))
			return true;
	return false;
}

/* A sentence's kind: 1 private, 2 public (listed), 0 neither.  A
 * listed company's sentence may still speak of pre-IPO rivals: its
 * ticker wins; "not publicly traded" is private. */
static int sentence_kind(const char *lower)
{
	if (strstr(lower, "not publicly traded"))
		return 1;
	if (says_any(lower, public_words))
		return 2;
	return says_any(lower, private_words) ? 1 : 0;
}

/* s lower-cased, in a new string. */
static char *lower_copy(const char *s, size_t len)
{
	char *c = xstrndup(s, len);
	for (char *p = c; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return c;
}

/* The sentence speaks of the guide's company: it names it (its display
 * name, or its slug with spaces) or says "the company". */
static bool about_company(const struct guide *g, const char *lower)
{
	const char *names[2] = {g->company_display, g->company};
	for (int i = 0; i < 2; i++) {
		if (!names[i] || strlen(names[i]) < 2)
			continue;
		char *name = lower_copy(names[i], strlen(names[i]));
		for (char *p = name; *p; p++)
			if (*p == '-')
				*p = ' ';
		bool found = strstr(lower, name) != NULL;
		free(name);
		if (found)
			return true;
	}
	return strstr(lower, "the company") || strstr(lower, "this company");
}

/* The first sentence of text about the company that says its equity is
 * private or listed; a listed one wins.  Returns the kind (sentence_kind)
 * and *at the sentence's offset. */
static int text_equity_kind(const struct guide *g, const char *text, size_t *at,
                            size_t *end_at)
{
	size_t len = text ? strlen(text) : 0, pos = 0;
	int kind = 0;
	while (pos < len) {
		size_t end = prose_sentence_end(text, len, pos);
		char *lower = lower_copy(text + pos, end - pos);
		int k = sentence_kind(lower);
		if (k && about_company(g, lower) && k > kind) {
			kind = k;
			*at = pos;
			*end_at = end;
		}
		free(lower);
		if (kind == 2)
			break;
		pos = end > pos ? end : pos + 1;
	}
	return kind;
}

/* The front matter's words about the company (its summary, its level). */
static int front_equity_kind(const struct guide *g)
{
	const char *texts[2] = {g->dna_summary, g->level_raw};
	int kind = 0;
	for (int i = 0; i < 2; i++) {
		if (!texts[i])
			continue;
		char *lower = lower_copy(texts[i], strlen(texts[i]));
		int k = sentence_kind(lower);
		kind = k > kind ? k : kind;
		free(lower);
	}
	return kind;
}

void guide_note_equity_kind(struct guide *g)
{
	size_t at = 0, end = 0;
	int kind = text_equity_kind(g, g->body, &at, &end);
	g->equity_line = 0;
	free(g->equity_text);
	g->equity_text = NULL;
	if (kind) {
		int line = g->body_line > 0 ? g->body_line : 1;
		for (size_t i = 0; i < at; i++)
			line += g->body[i] == '\n';
		g->equity_line = line;
		g->equity_text = prose_clean_line(g->body + at, end - at);
	}
	int front = front_equity_kind(g);
	if (front == 2 || (front == 1 && kind != 2)) {
		kind = front;
		g->equity_line = 0;
		free(g->equity_text);
		g->equity_text = NULL;
	}
	g->equity_private = kind == 1;
}

static void front_texts_free(struct guide *g)
{
	free(g->level_internal);
	free(g->level_raw);
	free(g->dna_summary);
	for (size_t i = 0; i < g->source_count; i++)
		free(g->sources[i]);
	free(g->sources);
	g->level_internal = g->level_raw = g->dna_summary = NULL;
	g->sources = NULL;
	g->source_count = 0;
}

void guide_let_go_front_texts(struct guide *g)
{
	g->front_private = front_equity_kind(g) == 1;
	front_texts_free(g);
	g->texts_deferred = true;
}

bool guide_equity_is_private(const struct guide *g)
{
	if (!g)
		return false;
	/* The body's part is worked out once when it is read (this is asked
	 * at every keystroke, for every band); the short front-matter texts
	 * are cheap to look at each time. */
	if (g->body_loaded)
		return g->equity_private;
	if (g->texts_deferred)
		return g->front_private;
	return front_equity_kind(g) == 1;
}

void guide_equity_words(const struct guide *g, char *buf, size_t size)
{
	bool priv = guide_equity_is_private(g);
	buf[0] = '\0';
	if (!g)
		return;
	if (g->equity_line > 0 && g->equity_text)
		snprintf(buf, size, "%s, as line %d says: \"%s\"",
		         priv ? "private (pre-IPO): the private-equity value "
		                "counts on the company's grant"
		              : "listed: the company's grant counts at its "
		                "face value",
		         g->equity_line, g->equity_text);
	else if (priv)
		snprintf(buf, size,
		         "private (pre-IPO): the private-equity value counts "
		         "on the company's grant, as the guide's summary says");
}

bool guide_equity_private_as(const struct guide *g, enum guide_equity_said said)
{
	if (said == GUIDE_EQUITY_AS_READ)
		return guide_equity_is_private(g);
	return said == GUIDE_EQUITY_SAID_PRIVATE;
}

int guide_equity_private_line(const struct guide *g)
{
	return guide_equity_is_private(g) ? guide_equity_line(g) : 0;
}

int guide_equity_line(const struct guide *g)
{
	return g && g->equity_text ? g->equity_line : 0;
}

amount_t guide_figure_amount(const struct band *b, const struct figure *f)
{
	if (!f->known || f->percent || !amount_known(f->low) ||
	    (f->currency.code[0] &&
	     strcmp(f->currency.code, band_currency(b)) != 0))
		return AMOUNT_NONE;
	return f->low;
}

const char *guide_ask_other_currency(const struct band *b)
{
	const struct ask *sides[2] = {b->target, b->floor};
	const char *other = NULL;
	for (int k = 0; k < 2; k++)
		for (int p = 0; p < ASK_PART_COUNT; p++) {
			const struct figure *f = &sides[k]->part[p];
			if (!f->known || f->percent)
				continue;
			if (amount_known(guide_figure_amount(b, f)))
				return NULL;
			if (f->currency.code[0])
				other = other ? other : f->currency.code;
		}
	return other;
}

/* Within 1 % of each other. */
static bool near(amount_t a, amount_t b)
{
	amount_t d = a > b ? a - b : b - a;
	return d * 100 <= (a > b ? a : b);
}

amount_t guide_ask_package(const struct band *b)
{
	const struct ask *t = b->target;
	amount_t stated = guide_figure_amount(b, &t->part[ASK_TOTAL]);
	if (!amount_known(stated) || !amount_known(t->base) ||
	    !amount_known(t->equity) ||
	    !near(stated, amount_add(t->base, t->equity)))
		return AMOUNT_NONE;
	return stated;
}

amount_t guide_floor_package(const struct band *b)
{
	const struct ask *f = b->floor;
	amount_t ask = guide_ask_package(b);
	if (!amount_known(ask) || amount_known(f->base))
		return AMOUNT_NONE;
	amount_t stated = guide_figure_amount(b, &f->part[ASK_TOTAL]);
	if (amount_known(stated) && !amount_known(f->equity))
		return stated;
	if (!amount_known(stated) && amount_known(f->equity) &&
	    f->equity > b->target->equity && f->equity <= ask)
		return f->equity;
	return AMOUNT_NONE;
}

/* Words that make a total the first year's ("first-year TC", "Year 1
 * total compensation"), and the total words one of them must stand
 * beside (within a few words: "year-one total comp", "total Year 1
 * compensation"). */
static const char *const first_year_words[] = {
	"first-year", "first year", "year-one", "year one", "year-1",
	"year 1",     "1st year",   "1st-year", NULL};
static const char *const total_words[] = {"tc",           "total",   "comp",
                                          "compensation", "package", NULL};

static bool is_word_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

/* A whole word of total_words within `reach` bytes of line[at, at+len). */
static bool total_word_near(const char *line, size_t at, size_t len,
                            size_t reach)
{
	size_t n = strlen(line);
	size_t from = at > reach ? at - reach : 0;
	size_t to = at + len + reach < n ? at + len + reach : n;
	for (size_t i = from; i < to;) {
		if (!is_word_byte(line[i])) {
			i++;
			continue;
		}
		size_t k = i;
		while (k < n && is_word_byte(line[k]))
			k++;
		for (const char *const *w = total_words; *w; w++)
			if (strlen(*w) == k - i &&
			    strncasecmp(line + i, *w, k - i) == 0)
				return true;
		i = k;
	}
	return false;
}

bool guide_figure_first_year(const struct figure *f)
{
	const char *line = f && f->known ? f->source.text : NULL;
	if (!line)
		return false;
	for (const char *const *w = first_year_words; *w; w++) {
		const char *at = str_icase_find(line, *w);
		/* "year 1" is not "year 10". */
		if (at && !is_word_byte(at[strlen(*w)]) &&
		    total_word_near(line, (size_t)(at - line), strlen(*w), 16))
			return true;
	}
	return false;
}

amount_t guide_first_year_total(const struct band *b, const struct ask *a)
{
	const struct figure *f = &a->part[ASK_TOTAL];
	if (!guide_figure_first_year(f))
		return AMOUNT_NONE;
	return guide_figure_amount(b, f);
}

/* The words of what a premium applies to, and the part each names: the
 * first row whose word the reader's text holds decides. */
static const struct {
	const char *word;
	enum premium_scope scope;
} premium_scope_words[] = {
	{"equity", PREMIUM_ON_EQUITY}, {"stock", PREMIUM_ON_EQUITY},
	{"grant", PREMIUM_ON_EQUITY},  {"rsu", PREMIUM_ON_EQUITY},
	{"total", PREMIUM_ON_TOTAL},   {"comp", PREMIUM_ON_TOTAL},
	{"package", PREMIUM_ON_TOTAL}, {"base", PREMIUM_ON_BASE},
	{"salary", PREMIUM_ON_BASE},
};

enum premium_scope guide_premium_scope(const struct guide *g)
{
	if (!g || !g->premium.present)
		return PREMIUM_ON_NONE;
	const char *to = g->premium.applies_to;
	if (!to || !*to)
		return PREMIUM_ON_EQUITY;
	for (size_t i = 0;
	     i < sizeof premium_scope_words / sizeof premium_scope_words[0];
	     i++)
		if (str_icase_find(to, premium_scope_words[i].word))
			return premium_scope_words[i].scope;
	return PREMIUM_ON_NONE;
}

const char *guide_premium_scope_word(enum premium_scope s)
{
	switch (s) {
	case PREMIUM_ON_EQUITY: return "equity";
	case PREMIUM_ON_BASE: return "base";
	case PREMIUM_ON_TOTAL: return "total";
	case PREMIUM_ON_NONE: break;
	}
	return "";
}

void guide_band_part_range(const struct band *b, enum premium_scope on,
                           amount_t *low, amount_t *high)
{
	*low = *high = AMOUNT_NONE;
	switch (on) {
	case PREMIUM_ON_EQUITY:
		*low = b->stock_low, *high = b->stock_high;
		break;
	case PREMIUM_ON_BASE: *low = b->base_low, *high = b->base_high; break;
	case PREMIUM_ON_TOTAL:
		*low = b->total_low, *high = b->total_high;
		break;
	case PREMIUM_ON_NONE: break;
	}
}

bool guide_premium_range(const struct guide *g, const struct band *b,
                         struct premium_range *out)
{
	amount_t low, high;

	*out = (struct premium_range){PREMIUM_ON_NONE, AMOUNT_NONE,
	                              AMOUNT_NONE};
	if (!b)
		return false;
	enum premium_scope on = guide_premium_scope(g);
	guide_band_part_range(b, on, &low, &high);
	if (!amount_known(low) || !amount_known(high))
		return false;
	out->on = on;
	out->low = amount_percent(low, 100 + g->premium.low_pct);
	out->high = amount_percent(high, 100 + g->premium.high_pct);
	return true;
}

bool guide_premium_on_equity(const struct guide *g)
{
	return guide_premium_scope(g) == PREMIUM_ON_EQUITY;
}

static void guide_body_free(struct guide *g)
{
	size_t i;

	if (!g)
		return;
	free(g->body);
	g->body = NULL;
	free(g->title);
	g->title = NULL;
	for (i = 0; i < g->section_count; i++)
		free(g->sections[i].title);
	free(g->sections);
	g->sections = NULL;
	g->section_count = 0;
	for (i = 0; i < g->script_count; i++) {
		free(g->scripts[i].title);
		free(g->scripts[i].section);
		free(g->scripts[i].region);
		free(g->scripts[i].text);
	}
	free(g->scripts);
	g->scripts = NULL;
	g->script_count = 0;
	for (i = 0; i < g->band_count; i++) {
		struct band_words *bw = &g->bands[i].words;

		free(bw->base);
		free(bw->equity);
		free(bw->bonus);
		free(bw->total);
		memset(bw, 0, sizeof *bw);
	}
}

void guide_free(struct guide *g)
{
	size_t i;

	if (!g)
		return;
	guide_body_free(g);
	if (g->path_shown != g->path) /* one string when they are alike */
		free(g->path_shown);
	free(g->path);
	free(g->id);
	free(g->company);
	free(g->role);
	free(g->company_display);
	free(g->role_display);
	free(g->role_type);
	free(g->data_quality);
	free(g->salary_quarter);
	front_texts_free(g);
	free(g->equity_text);
	for (i = 0; i < g->band_count; i++) {
		free(g->bands[i].region);
		guide_band_free_asks(&g->bands[i]);
	}
	free(g->bands);
	free(g->premium.applies_to);
	free(g->premium.name);
	free(g->premium.source.text);
	for (i = 0; i < g->doubt_count; i++)
		free(g->doubts[i].fig.source.text);
	free(g->doubts);
	diag_list_free(&g->diags);
	free(g);
}
