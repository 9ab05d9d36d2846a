/* frontmatter.c - a guide's front matter: where it is in the file, and
 * what its YAML tree means for the model (id, names, dates, bands,
 * premium).  Bad values become warnings in g->diags; only a guide with
 * no id is an error.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontmatter.h"
#include "negotiator/money.h"
#include "negotiator/text.h"
#include "reader/prose.h"

size_t frontmatter_bom_len(const char *data, size_t len)
{
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		return 3;
	return 0;
}

/* The line starting at data[pos]: its content length without the line
 * end (CR LF or LF), and where the next line starts. */
static size_t frontmatter_line(const char *data, size_t len, size_t pos,
                               size_t *next)
{
	const char *nl = memchr(data + pos, '\n', len - pos);
	size_t end = nl ? (size_t)(nl - data) : len;

	*next = nl ? end + 1 : len;
	if (end > pos && data[end - 1] == '\r')
		end--;
	return end - pos;
}

static bool is_fence(const char *line, size_t n)
{
	return n == 3 && memcmp(line, "---", 3) == 0;
}

bool frontmatter_opens(const char *data, size_t len)
{
	size_t pos = frontmatter_bom_len(data, len), next;

	/* With only a prefix of the file, "---" then end counts as open. */
	return is_fence(data + pos, frontmatter_line(data, len, pos, &next));
}

bool frontmatter_split(const char *data, size_t len, struct frontmatter *fm,
                       const char **why, int *line)
{
	size_t pos = frontmatter_bom_len(data, len), next, n;
	int lineno = 1;

	memset(fm, 0, sizeof *fm);
	n = frontmatter_line(data, len, pos, &next);
	if (pos >= len || !is_fence(data + pos, n)) {
		*why = "not a guide (first line is not ---)";
		*line = 1;
		return false;
	}
	fm->yaml = data + next;
	fm->yaml_line = 2;
	pos = next;
	while (pos < len) {
		lineno++;
		n = frontmatter_line(data, len, pos, &next);
		if (is_fence(data + pos, n)) {
			fm->yaml_len = (size_t)(data + pos - fm->yaml);
			fm->body = data + next;
			fm->body_len = len - next;
			fm->body_line = lineno + 1;
			return true;
		}
		pos = next;
	}
	*why = "front matter opened at line 1 is never closed";
	*line = 1;
	return false;
}

/* --- meaning ------------------------------------------------------------- */

#define WARN(g, line, ...)                                                     \
	diag_add(&(g)->diags, DIAG_WARNING, (line), __VA_ARGS__)
/* A value of the wrong type (a word or a list where a number goes, a
 * list where text goes): an error for check, though the guide still
 * loads with the value unknown (issue 13.10). */
#define TYPE_ERROR(g, line, ...)                                               \
	diag_add(&(g)->diags, DIAG_ERROR, (line), __VA_ARGS__)

/* Short excerpts of file text inside messages. */
#define EXCERPT_SIZE 48

/* --- text ---------------------------------------------------------------- */

/* Clean text that may hold paragraphs; trailing line breaks dropped. */
static char *clean_block(const char *s, size_t len)
{
	char *c = text_clean(s, len, true);
	size_t n = strlen(c);

	while (n > 0 && (c[n - 1] == '\n' || c[n - 1] == ' '))
		c[--n] = '\0';
	return c;
}

/* A short clean quote of a node for a message. */
static void excerpt(const struct ynode *n, char buf[EXCERPT_SIZE])
{
	char *c;
	size_t len;

	if (n->kind == YNODE_MAP) {
		snprintf(buf, EXCERPT_SIZE, "a mapping");
		return;
	}
	if (n->kind == YNODE_SEQ) {
		snprintf(buf, EXCERPT_SIZE, "a list");
		return;
	}
	c = prose_clean_line(n->text, n->len);
	len = strlen(c);
	if (len + 3 > EXCERPT_SIZE) {
		/* Cut on a character boundary and mark the cut. */
		len = EXCERPT_SIZE - 6;
		while (len > 0 && (c[len] & 0xC0) == 0x80)
			len--;
		snprintf(buf, EXCERPT_SIZE, "'%.*s…'", (int)len, c);
	} else {
		snprintf(buf, EXCERPT_SIZE, "'%s'", c);
	}
	free(c);
}

/* Offset of the first invalid UTF-8 sequence, or len when all is valid. */
/* --- values ----------------------------------------------------------------
 */

/* The value of each wanted key of a mapping (NULL when absent).  A key
 * given twice keeps its first value, with a warning; others are ignored. */
static void pick_keys(struct guide *g, const struct ynode *map,
                      const char *const *keys, size_t nkeys,
                      const struct ynode **vals)
{
	size_t i, j;

	memset(vals, 0, nkeys * sizeof *vals);
	for (i = 0; i + 1 < map->count; i += 2) {
		const struct ynode *k = &map->items[i];

		if (k->kind != YNODE_SCALAR)
			continue;
		for (j = 0; j < nkeys; j++)
			if (strlen(keys[j]) == k->len &&
			    memcmp(keys[j], k->text, k->len) == 0)
				break;
		if (j == nkeys)
			continue; /* unknown keys are allowed */
		if (vals[j]) {
			WARN(g, k->line, "%s is given twice; the first is used",
			     keys[j]);
			continue;
		}
		vals[j] = &map->items[i + 1];
	}
}

/* Text of a scalar, or NULL when absent, null, empty or not text. */
static char *read_text(struct guide *g, const struct ynode *v, const char *key,
                       bool block)
{
	char *s;

	if (!v || yaml_tree_is_null(v))
		return NULL;
	if (v->kind != YNODE_SCALAR) {
		TYPE_ERROR(g, v->line, "%s should be text, not %s; ignored",
		           key, v->kind == YNODE_MAP ? "a mapping" : "a list");
		return NULL;
	}
	s = block ? clean_block(v->text, v->len)
	          : prose_clean_line(v->text, v->len);
	if (!*s) {
		free(s);
		return NULL;
	}
	return s;
}

static void read_date(struct guide *g, const struct ynode *v, const char *key,
                      char out[11])
{
	char ex[EXCERPT_SIZE];

	out[0] = '\0';
	if (!v || yaml_tree_is_null(v))
		return;
	if (v->kind == YNODE_SCALAR && guide_date_valid(v->text, v->len)) {
		memcpy(out, v->text, 10);
		out[10] = '\0';
		return;
	}
	excerpt(v, ex);
	WARN(g, v->line, "%s %s is not a date (YYYY-MM-DD); ignored", key, ex);
}

/* A number as YAML writes one: [+-]digits[.digits][e[+-]digits].  Parsed
 * by hand so that the locale's decimal point plays no part. */
static bool parse_number(const char *s, size_t len, double *out)
{
	size_t i = 0;
	bool neg = false, digits = false;
	double v = 0, frac = 0, scale = 1;
	int exp = 0, esign = 1;

	if (len == 0 || len > 64)
		return false;
	if (s[i] == '+' || s[i] == '-')
		neg = s[i++] == '-';
	for (; i < len && text_is_digit(s[i]); i++, digits = true)
		v = v * 10 + (s[i] - '0');
	if (i < len && s[i] == '.')
		for (i++; i < len && text_is_digit(s[i]); i++, digits = true) {
			frac = frac * 10 + (s[i] - '0');
			scale *= 10;
		}
	if (!digits)
		return false;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			esign = s[i++] == '-' ? -1 : 1;
		if (i == len || !text_is_digit(s[i]))
			return false;
		for (; i < len && text_is_digit(s[i]); i++)
			if (exp < 10000)
				exp = exp * 10 + (s[i] - '0');
	}
	if (i != len)
		return false;
	v += frac / scale;
	if (exp)
		v *= pow(10, esign * exp);
	*out = neg ? -v : v;
	return true;
}

/* A scalar that should be a number: true with *out when it is one (a
 * quoted number is read, with a warning).  Warns and returns false for
 * anything else.  Absent and null give false without a word. */
static bool read_number(struct guide *g, const struct ynode *v, const char *key,
                        bool allow_percent_sign, double *out)
{
	char ex[EXCERPT_SIZE];
	size_t len;

	/* The excerpt is made only for a warning: this runs for every
	 * number of every guide in the library. */
	if (!v || yaml_tree_is_null(v))
		return false;
	if (v->kind != YNODE_SCALAR) {
		excerpt(v, ex);
		TYPE_ERROR(g, v->line,
		           "%s should be a number, not %s; treated as unknown",
		           key, ex);
		return false;
	}
	len = v->len;
	if (allow_percent_sign && len > 1 && v->text[len - 1] == '%')
		len--;
	if (!parse_number(v->text, len, out)) {
		excerpt(v, ex);
		TYPE_ERROR(g, v->line,
		           "%s %s is not a number; treated as unknown", key,
		           ex);
		return false;
	}
	/* A number written in quotes ("120000") is read as the number it
	 * is, with a warning (robust's rule, tests/cli/args.sh). */
	if (!v->plain || len != v->len) {
		excerpt(v, ex);
		WARN(g, v->line, "%s %s is written as text; read as a number",
		     key, ex);
	}
	return true;
}

static amount_t read_amount(struct guide *g, const struct ynode *v,
                            const char *key)
{
	char ex[EXCERPT_SIZE];
	double d;
	amount_t a;

	if (!read_number(g, v, key, false, &d))
		return AMOUNT_NONE;
	if (d < 0 || !(d <= (double)AMOUNT_MAX) ||
	    d != (double)(amount_t)(d + 0.5))
		excerpt(v, ex); /* a warning follows */
	if (d < 0) {
		WARN(g, v->line, "%s %s is negative; treated as unknown", key,
		     ex);
		return AMOUNT_NONE;
	}
	if (!(d <= (double)AMOUNT_MAX)) {
		WARN(g, v->line,
		     "%s %s is absurdly large (over %lld); treated as unknown",
		     key, ex, (long long)AMOUNT_MAX);
		return AMOUNT_NONE;
	}
	a = (amount_t)(d + 0.5);
	if ((double)a != d)
		WARN(g, v->line, "%s %s is not a whole number; rounded to %lld",
		     key, ex, (long long)a);
	return a;
}

/* A percent in 0..100 (fractions allowed); -1 when unknown. */
static double read_percent(struct guide *g, const struct ynode *v,
                           const char *key)
{
	char ex[EXCERPT_SIZE];
	double d;

	if (!read_number(g, v, key, true, &d))
		return -1;
	if (!(d >= 0 && d <= 100)) {
		excerpt(v, ex);
		WARN(g, v->line,
		     "%s %s is not a percent between 0 and 100; treated as "
		     "unknown",
		     key, ex);
		return -1;
	}
	return d;
}

static bool read_bool(struct guide *g, const struct ynode *v, const char *key,
                      bool *out)
{
	static const char *const yes[] = {"true", "yes", "on"};
	static const char *const no[] = {"false", "no", "off"};
	char ex[EXCERPT_SIZE];
	size_t i;

	if (!v || yaml_tree_is_null(v))
		return false;
	if (v->kind == YNODE_SCALAR) {
		for (i = 0; i < sizeof yes / sizeof *yes; i++) {
			if (str_ieq(v->text, yes[i])) {
				*out = true;
				return true;
			}
			if (str_ieq(v->text, no[i])) {
				*out = false;
				return true;
			}
		}
	}
	excerpt(v, ex);
	TYPE_ERROR(g, v->line, "%s %s should be true or false; ignored", key,
	           ex);
	return false;
}

/* --- the model -------------------------------------------------------------
 */

static bool is_slug(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || text_is_digit(*s) ||
		      *s == '-'))
			return false;
	return true;
}

/* company or role: required, one line, ideally a slug. */
static char *read_slug(struct guide *g, const struct ynode *v, const char *key,
                       int line, struct diag_list *errs)
{
	char *s;

	if (v && v->kind != YNODE_SCALAR) {
		diag_add(errs, DIAG_ERROR, v->line,
		         "%s should be text, not %s (a guide's id is "
		         "company/role)",
		         key, v->kind == YNODE_MAP ? "a mapping" : "a list");
		return NULL;
	}
	s = read_text(g, v, key, false);
	if (!s) {
		diag_add(errs, DIAG_ERROR, v ? v->line : line,
		         "missing %s (a guide's id is company/role)", key);
		return NULL;
	}
	if (!is_slug(s))
		WARN(g, v->line,
		     "%s '%s' is not a slug (lower-case letters, digits and "
		     "'-')",
		     key, s);
	return s;
}

static void read_currency(struct guide *g, struct band *b,
                          const struct ynode *v)
{
	char *s = read_text(g, v, "currency", false);
	size_t i;

	b->currency.code[0] = '\0';
	if (!s) {
		WARN(g, v ? v->line : b->line, "region '%s' has no currency",
		     b->region);
		return;
	}
	for (i = 0; s[i]; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			s[i] = (char)(s[i] - 'a' + 'A');
	if (i == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' &&
	    s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z')
		memcpy(b->currency.code, s, 4);
	else
		WARN(g, v->line,
		     "region '%s': currency '%s' is not a three-letter ISO "
		     "4217 "
		     "code; ignored",
		     b->region, s);
	free(s);
}

static void check_order(struct guide *g, const struct band *b, const char *what,
                        amount_t lo, amount_t hi)
{
	char a[40], c[40];

	if (!amount_known(lo) || !amount_known(hi) || lo <= hi)
		return;
	money_format(a, sizeof a, lo, b->currency.code, MONEY_FULL, false);
	money_format(c, sizeof c, hi, b->currency.code, MONEY_FULL, false);
	WARN(g, b->line, "region '%s': %s_low %s is above %s_high %s",
	     b->region, what, a, what, c);
}

/* The largest yearly bonus a total may carry beyond what the band states
 * (bonus ranges, bonuses the front matter does not give). */
#define UNSTATED_BONUS_PCT 30
/* Refreshers and rounding: how far above its parts a total may go. */
#define TOTAL_SLACK_PCT 25
/* Rounding: how far below base + stock/4 a total may go. */
#define TOTAL_ROUNDING_PCT 2

/* A stated total is the band's own figure: it is questioned only where
 * neither a bonus range nor rounding can explain it, that is below base +
 * stock/4, or far above base + stock/4 + the largest bonus the band may
 * mean (its stated bonus, else up to UNSTATED_BONUS_PCT of base). */
static void check_total(struct guide *g, const struct band *b, const char *key,
                        amount_t base, amount_t stock, amount_t bonus,
                        amount_t total)
{
	amount_t parts, most;
	char a[40], c[40];
	bool low;

	if (!amount_known(base) || !amount_known(stock) || !amount_known(total))
		return;
	parts = amount_add(base, amount_scale(stock, 1, 4));
	if (!amount_known(bonus))
		bonus = b->bonus_pct > 0 ? amount_percent(base, b->bonus_pct)
		                         : 0;
	/* A stated bonus is often the low end of a range ("10–15%"), and
	 * many totals count a bonus the band does not state at all. */
	if (bonus < amount_percent(base, UNSTATED_BONUS_PCT))
		bonus = amount_percent(base, UNSTATED_BONUS_PCT);
	most = amount_percent(amount_add(parts, bonus), 100 + TOTAL_SLACK_PCT);
	low = total < amount_percent(parts, 100 - TOTAL_ROUNDING_PCT);
	/* The figures are written only for a warning: formatting them for
	 * every band that adds up was 5 % of loading a library. */
	if (!low && total <= most)
		return;
	money_format(a, sizeof a, total, b->currency.code, MONEY_FULL, false);
	money_format(c, sizeof c, low ? parts : amount_add(parts, bonus),
	             b->currency.code, MONEY_FULL, false);
	if (low) {
		WARN(g, b->line,
		     "region '%s': %s is %s, less than base + stock/4 alone "
		     "(%s)",
		     b->region, key, a, c);
	} else {
		WARN(g, b->line,
		     "region '%s': %s is %s, far above base + stock/4 + bonus "
		     "(%s at most)",
		     b->region, key, a, c);
	}
}

/* An ask or floor figure the front matter sets (target_base, ...). */
static void override(struct guide *g, const struct band *b, struct ask *a,
                     enum ask_part part, const struct ynode *v, const char *key)
{
	amount_t x = read_amount(g, v, key);
	struct figure *f = &a->part[part];

	if (!amount_known(x))
		return;
	f->known = true;
	f->low = f->high = x;
	f->currency = b->currency;
	f->source.line = v->line;
	if (part == ASK_BASE)
		a->base = x;
	else if (part == ASK_EQUITY)
		a->equity = x;
	else if (part == ASK_SIGN_ON)
		a->sign_on = x;
}

enum band_key {
	B_REGION,
	B_CURRENCY,
	B_BASE_LOW,
	B_BASE_HIGH,
	B_STOCK_LOW,
	B_STOCK_HIGH,
	B_BONUS,
	B_TOTAL_LOW,
	B_TOTAL_HIGH,
	B_TARGET_BASE,
	B_TARGET_EQUITY,
	B_TARGET_SIGN_ON,
	B_FLOOR_BASE,
	B_FLOOR_EQUITY,
	B_BONUS_LOW,
	B_BONUS_HIGH,
	B_SIGN_ON_LOW,
	B_SIGN_ON_HIGH,
	B_COUNT
};

static const char *const band_keys[B_COUNT] = {
	"region",      "currency",          "base_low",
	"base_high",   "stock_low",         "stock_high",
	"bonus_pct",   "total_comp_low",    "total_comp_high",
	"target_base", "target_equity",     "target_sign_on",
	"floor_base",  "floor_equity",      "bonus_low",
	"bonus_high",  "signing_bonus_low", "signing_bonus_high",
};

static bool read_band(struct guide *g, const struct ynode *map, struct band *b)
{
	const struct ynode *v[B_COUNT];
	size_t i;

	guide_band_init(b);
	b->line = map->line;
	pick_keys(g, map, band_keys, B_COUNT, v);
	b->region = read_text(g, v[B_REGION], "region", false);
	if (!b->region) {
		WARN(g, map->line, "band has no region; ignored");
		return false;
	}
	for (i = 0; i < g->band_count; i++)
		if (str_ieq(g->bands[i].region, b->region))
			WARN(g, b->line,
			     "region '%s' is listed twice (also at line %d)",
			     b->region, g->bands[i].line);
	read_currency(g, b, v[B_CURRENCY]);
	b->base_low = read_amount(g, v[B_BASE_LOW], "base_low");
	b->base_high = read_amount(g, v[B_BASE_HIGH], "base_high");
	b->stock_low = read_amount(g, v[B_STOCK_LOW], "stock_low");
	b->stock_high = read_amount(g, v[B_STOCK_HIGH], "stock_high");
	b->bonus_pct = read_percent(g, v[B_BONUS], "bonus_pct");
	b->total_low = read_amount(g, v[B_TOTAL_LOW], "total_comp_low");
	b->total_high = read_amount(g, v[B_TOTAL_HIGH], "total_comp_high");
	b->bonus_low = read_amount(g, v[B_BONUS_LOW], "bonus_low");
	b->bonus_high = read_amount(g, v[B_BONUS_HIGH], "bonus_high");
	b->sign_on_low = read_amount(g, v[B_SIGN_ON_LOW], "signing_bonus_low");
	b->sign_on_high =
		read_amount(g, v[B_SIGN_ON_HIGH], "signing_bonus_high");
	for (i = B_TARGET_BASE; i <= B_FLOOR_EQUITY; i++)
		if (v[i])
			guide_band_own_asks(b);
	override(g, b, b->target, ASK_BASE, v[B_TARGET_BASE], "target_base");
	override(g, b, b->target, ASK_EQUITY, v[B_TARGET_EQUITY],
	         "target_equity");
	override(g, b, b->target, ASK_SIGN_ON, v[B_TARGET_SIGN_ON],
	         "target_sign_on");
	override(g, b, b->floor, ASK_BASE, v[B_FLOOR_BASE], "floor_base");
	override(g, b, b->floor, ASK_EQUITY, v[B_FLOOR_EQUITY], "floor_equity");
	b->target_from_front_matter =
		ask_known(b->target) || amount_known(b->target->sign_on);
	b->floor_from_front_matter = ask_known(b->floor);

	/* A band with no numbers is allowed (the body's table may say why
	 * in words; guide_load_body notes one that says nothing). */
	if (!band_has_numbers(b))
		return true;
	check_order(g, b, "base", b->base_low, b->base_high);
	check_order(g, b, "stock", b->stock_low, b->stock_high);
	check_order(g, b, "total_comp", b->total_low, b->total_high);
	check_order(g, b, "bonus", b->bonus_low, b->bonus_high);
	check_order(g, b, "signing_bonus", b->sign_on_low, b->sign_on_high);
	check_total(g, b, "total_comp_low", b->base_low, b->stock_low,
	            b->bonus_low, b->total_low);
	check_total(g, b, "total_comp_high", b->base_high, b->stock_high,
	            b->bonus_high, b->total_high);
	return true;
}

static void read_bands(struct guide *g, const struct ynode *list, int line)
{
	size_t i, n;
	char ex[EXCERPT_SIZE];

	if (!list || yaml_tree_is_null(list)) {
		WARN(g, list ? list->line : line,
		     "no compensation bands (compensation is missing)");
		return;
	}
	if (list->kind != YNODE_SEQ) {
		excerpt(list, ex);
		TYPE_ERROR(g, list->line,
		           "compensation should be a list of bands, not %s; "
		           "ignored",
		           ex);
		return;
	}
	n = list->count;
	if (n > GUIDE_MAX_BANDS) {
		WARN(g, list->line,
		     "compensation has %zu bands; only the first %d are read",
		     n, GUIDE_MAX_BANDS);
		n = GUIDE_MAX_BANDS;
	}
	g->bands = xcalloc(n ? n : 1, sizeof *g->bands);
	for (i = 0; i < n; i++) {
		const struct ynode *item = &list->items[i];

		if (item->kind != YNODE_MAP) {
			excerpt(item, ex);
			TYPE_ERROR(
				g, item->line,
				"a band should be a mapping (region, currency, "
				"amounts), not %s; ignored",
				ex);
			continue;
		}
		if (read_band(g, item, &g->bands[g->band_count]))
			g->band_count++;
	}
}

enum premium_key { P_LOW, P_HIGH, P_APPLIES, P_INCLUDED, P_NAME, P_COUNT };

static const char *const premium_keys[P_COUNT] = {
	"low_pct", "high_pct", "applies_to", "included_in_ask", "name",
};

static void read_premium(struct guide *g, const struct ynode *map)
{
	const struct ynode *v[P_COUNT];
	struct premium *p = &g->premium;
	double lo, hi;
	char ex[EXCERPT_SIZE];

	if (!map || yaml_tree_is_null(map))
		return;
	if (map->kind != YNODE_MAP) {
		excerpt(map, ex);
		TYPE_ERROR(g, map->line,
		           "premium should be a mapping (low_pct, high_pct, "
		           "applies_to, included_in_ask), not %s; ignored",
		           ex);
		return;
	}
	pick_keys(g, map, premium_keys, P_COUNT, v);
	lo = read_percent(g, v[P_LOW], "low_pct");
	hi = read_percent(g, v[P_HIGH], "high_pct");
	if (lo < 0 && hi < 0) {
		WARN(g, map->line,
		     "premium gives neither low_pct nor high_pct; "
		     "ignored");
		return;
	}
	if (lo < 0)
		lo = hi;
	if (hi < 0)
		hi = lo;
	if (lo > hi) {
		WARN(g, map->line,
		     "premium low_pct is above high_pct; swapped");
		p->low_pct = hi;
		p->high_pct = lo;
	} else {
		p->low_pct = lo;
		p->high_pct = hi;
	}
	p->applies_to = read_text(g, v[P_APPLIES], "applies_to", false);
	/* The name as the guide writes it ("agentic AI"). */
	p->name = read_text(g, v[P_NAME], "name", false);
	p->included_in_ask = false;
	read_bool(g, v[P_INCLUDED], "included_in_ask", &p->included_in_ask);
	p->present = true;
	p->from_front_matter = true;
}

static void read_level_mapping(struct guide *g, const struct ynode *v)
{
	static const char *const keys[] = {"internal", "raw"};
	const struct ynode *kv[2];

	if (!v || yaml_tree_is_null(v))
		return;
	if (v->kind == YNODE_SCALAR) { /* a bare text is the raw mapping */
		g->level_raw = read_text(g, v, "level_mapping", true);
		return;
	}
	if (v->kind != YNODE_MAP) {
		TYPE_ERROR(g, v->line,
		           "level_mapping should be a mapping "
		           "(internal, raw), not a list; ignored");
		return;
	}
	pick_keys(g, v, keys, 2, kv);
	g->level_internal = read_text(g, kv[0], "internal", false);
	g->level_raw = read_text(g, kv[1], "raw", true);
}

static void read_sources(struct guide *g, const struct ynode *v)
{
	size_t i;

	if (!v || yaml_tree_is_null(v))
		return;
	if (v->kind == YNODE_SCALAR) {
		char *s = read_text(g, v, "data_sources", false);
		if (s) {
			g->sources = xmalloc(sizeof *g->sources);
			g->sources[g->source_count++] = s;
		}
		return;
	}
	if (v->kind != YNODE_SEQ) {
		TYPE_ERROR(g, v->line,
		           "data_sources should be a list of text, "
		           "not a mapping; ignored");
		return;
	}
	g->sources = xcalloc(v->count ? v->count : 1, sizeof *g->sources);
	for (i = 0; i < v->count; i++) {
		char *s = read_text(g, &v->items[i], "a data source", false);
		if (s)
			g->sources[g->source_count++] = s;
	}
}

enum top_key {
	T_COMPANY,
	T_COMPANY_DISPLAY,
	T_ROLE,
	T_ROLE_DISPLAY,
	T_ROLE_TYPE,
	T_LAST_UPDATED,
	T_DATA_QUALITY,
	T_QUARTER,
	T_NEXT_REVIEW,
	T_COMPENSATION,
	T_LEVEL_MAPPING,
	T_SOURCES,
	T_DNA,
	T_PREMIUM,
	T_COUNT
};

static const char *const top_keys[T_COUNT] = {
	"company",
	"company_display",
	"role",
	"role_display",
	"role_type",
	"last_updated",
	"data_quality",
	"salary_data_quarter",
	"next_review_due",
	"compensation",
	"level_mapping",
	"data_sources",
	"negotiation_dna_summary",
	"premium",
};

/* The free texts: level_mapping, data_sources, negotiation_dna_summary. */
static void read_texts(struct guide *g, const struct ynode *const v[T_COUNT])
{
	g->dna_summary =
		read_text(g, v[T_DNA], "negotiation_dna_summary", false);
	read_level_mapping(g, v[T_LEVEL_MAPPING]);
	read_sources(g, v[T_SOURCES]);
}

/* Fill g from the front matter's tree; false (errors in errs) when the
 * guide has no id. */
bool frontmatter_read(struct guide *g, const struct ynode *root, int line,
                      struct diag_list *errs)
{
	const struct ynode *v[T_COUNT];
	size_t n;

	if (!root) {
		diag_add(errs, DIAG_ERROR, line,
		         "front matter is empty (a guide needs company and "
		         "role)");
		return false;
	}
	if (root->kind != YNODE_MAP) {
		diag_add(errs, DIAG_ERROR, root->line,
		         "front matter should be a YAML mapping of keys to "
		         "values");
		return false;
	}
	pick_keys(g, root, top_keys, T_COUNT, v);
	g->company = read_slug(g, v[T_COMPANY], "company", line, errs);
	g->role = read_slug(g, v[T_ROLE], "role", line, errs);
	if (!g->company || !g->role)
		return false;
	n = strlen(g->company) + strlen(g->role) + 2;
	g->id = xmalloc(n);
	snprintf(g->id, n, "%s/%s", g->company, g->role);

	g->company_display =
		read_text(g, v[T_COMPANY_DISPLAY], "company_display", false);
	if (!g->company_display)
		g->company_display = xstrdup(g->company);
	g->role_display =
		read_text(g, v[T_ROLE_DISPLAY], "role_display", false);
	if (!g->role_display)
		g->role_display = xstrdup(g->role);
	g->role_type = read_text(g, v[T_ROLE_TYPE], "role_type", false);
	g->data_quality =
		read_text(g, v[T_DATA_QUALITY], "data_quality", false);
	g->salary_quarter =
		read_text(g, v[T_QUARTER], "salary_data_quarter", false);
	read_date(g, v[T_LAST_UPDATED], "last_updated", g->last_updated);
	read_date(g, v[T_NEXT_REVIEW], "next_review_due", g->next_review_due);
	read_texts(g, v);
	read_bands(g, v[T_COMPENSATION], root->line);
	read_premium(g, v[T_PREMIUM]);
	return true;
}

void frontmatter_read_texts(struct guide *g, const struct ynode *root)
{
	const struct ynode *v[T_COUNT];
	struct diag_list said = g->diags;

	/* What these keys had to say was said the first time. */
	memset(&g->diags, 0, sizeof g->diags);
	if (root && root->kind == YNODE_MAP) {
		pick_keys(g, root, top_keys, T_COUNT, v);
		read_texts(g, v);
	}
	diag_list_free(&g->diags);
	g->diags = said;
}
