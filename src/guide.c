/* guide.c - load a guide: its file, its front matter into the model.
 *
 * The body is kept (cleaned) but not parsed here: guide_load_body() does
 * that on first need, so that opening a large library stays fast.  Bad
 * values become warnings in g->diags; only a file that cannot be a guide
 * at all (unreadable, binary, no front matter, YAML that does not parse,
 * no company or role) is an error.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "body.h"
#include "frontmatter.h"
#include "negotiator/guide.h"
#include "negotiator/money.h"
#include "negotiator/text.h"

#define WARN(g, line, ...) \
	diag_add(&(g)->diags, DIAG_WARNING, (line), __VA_ARGS__)

/* Short excerpts of file text inside messages. */
#define EXCERPT_SIZE 48

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static char ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* --- text ---------------------------------------------------------------- */

/* Clean text for a one-line field: line breaks and tabs become spaces,
 * runs of spaces one, ends trimmed. */
static char *clean_line(const char *s, size_t len)
{
	char *c = text_clean(s, len, true), *p;

	for (p = c; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	text_squeeze(c);
	return c;
}

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
	c = clean_line(n->text, n->len);
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
static size_t first_invalid_utf8(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, n, k;
	uint32_t v, min;

	while (i < len) {
		unsigned char c = s[i];
		uint64_t word;

		/* Guides are mostly ASCII: skip it eight bytes at a time. */
		if (len - i >= 8) {
			memcpy(&word, s + i, 8);
			if ((word & 0x8080808080808080ull) == 0) {
				i += 8;
				continue;
			}
		}
		if (c < 0x80) {
			i++;
			continue;
		}
		if ((c & 0xE0) == 0xC0)
			n = 2, v = c & 0x1Fu, min = 0x80;
		else if ((c & 0xF0) == 0xE0)
			n = 3, v = c & 0x0Fu, min = 0x800;
		else if ((c & 0xF8) == 0xF0)
			n = 4, v = c & 0x07u, min = 0x10000;
		else
			return i;
		if (n > len - i)
			return i;
		for (k = 1; k < n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
			v = (v << 6) | (s[i + k] & 0x3Fu);
		}
		if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			return i;
		i += n;
	}
	return len;
}

static int line_of_offset(const char *data, size_t off)
{
	int line = 1;
	const char *p = data, *end = data + off;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

/* --- values ---------------------------------------------------------------- */

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
static char *read_text(struct guide *g, const struct ynode *v,
                       const char *key, bool block)
{
	char *s;

	if (!v || ynode_is_null(v))
		return NULL;
	if (v->kind != YNODE_SCALAR) {
		WARN(g, v->line, "%s should be text, not %s; ignored", key,
		     v->kind == YNODE_MAP ? "a mapping" : "a list");
		return NULL;
	}
	s = block ? clean_block(v->text, v->len) : clean_line(v->text, v->len);
	if (!*s) {
		free(s);
		return NULL;
	}
	return s;
}

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static bool valid_date(const char *s, size_t len)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int i, y, m, d;

	if (len != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !is_digit(s[i]))
			return false;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return false;
	return !(m == 2 && d == 29 && !is_leap(y));
}

static void read_date(struct guide *g, const struct ynode *v, const char *key,
                      char out[11])
{
	char ex[EXCERPT_SIZE];

	out[0] = '\0';
	if (!v || ynode_is_null(v))
		return;
	if (v->kind == YNODE_SCALAR && valid_date(v->text, v->len)) {
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
	for (; i < len && is_digit(s[i]); i++, digits = true)
		v = v * 10 + (s[i] - '0');
	if (i < len && s[i] == '.')
		for (i++; i < len && is_digit(s[i]); i++, digits = true) {
			frac = frac * 10 + (s[i] - '0');
			scale *= 10;
		}
	if (!digits)
		return false;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			esign = s[i++] == '-' ? -1 : 1;
		if (i == len || !is_digit(s[i]))
			return false;
		for (; i < len && is_digit(s[i]); i++)
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
	if (!v || ynode_is_null(v))
		return false;
	if (v->kind != YNODE_SCALAR) {
		excerpt(v, ex);
		WARN(g, v->line, "%s should be a number, not %s; treated as unknown",
		     key, ex);
		return false;
	}
	len = v->len;
	if (allow_percent_sign && len > 1 && v->text[len - 1] == '%')
		len--;
	if (!parse_number(v->text, len, out)) {
		excerpt(v, ex);
		WARN(g, v->line, "%s %s is not a number; treated as unknown", key,
		     ex);
		return false;
	}
	if (!v->plain || len != v->len) {
		excerpt(v, ex);
		WARN(g, v->line, "%s %s is written as text; read as a number", key,
		     ex);
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
	if (d < 0 || !(d <= (double)AMOUNT_MAX) || d != (double)(amount_t)(d + 0.5))
		excerpt(v, ex); /* a warning follows */
	if (d < 0) {
		WARN(g, v->line, "%s %s is negative; treated as unknown", key, ex);
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
		     "%s %s is not a percent between 0 and 100; treated as unknown",
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

	if (!v || ynode_is_null(v))
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
	WARN(g, v->line, "%s %s should be true or false; ignored", key, ex);
	return false;
}

/* --- the model ------------------------------------------------------------- */

static bool is_slug(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || is_digit(*s) || *s == '-'))
			return false;
	return true;
}

/* company or role: required, one line, ideally a slug. */
static char *read_slug(struct guide *g, const struct ynode *v,
                       const char *key, int line, struct diag_list *errs)
{
	char *s;

	if (v && v->kind != YNODE_SCALAR) {
		diag_add(errs, DIAG_ERROR, v->line,
		         "%s should be text, not %s (a guide's id is company/role)",
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
		     "%s '%s' is not a slug (lower-case letters, digits and '-')",
		     key, s);
	return s;
}

static void band_init(struct band *b)
{
	memset(b, 0, sizeof *b);
	b->base_low = b->base_high = AMOUNT_NONE;
	b->stock_low = b->stock_high = AMOUNT_NONE;
	b->total_low = b->total_high = AMOUNT_NONE;
	b->bonus_pct = -1;
	b->target.base = b->target.equity = b->target.sign_on = AMOUNT_NONE;
	b->floor.base = b->floor.equity = b->floor.sign_on = AMOUNT_NONE;
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
		     "region '%s': currency '%s' is not a three-letter ISO 4217 "
		     "code; ignored", b->region, s);
	free(s);
}

static void check_order(struct guide *g, const struct band *b,
                        const char *what, amount_t lo, amount_t hi)
{
	char a[40], c[40];

	if (!amount_known(lo) || !amount_known(hi) || lo <= hi)
		return;
	money_format(a, sizeof a, lo, b->currency.code, MONEY_FULL, false);
	money_format(c, sizeof c, hi, b->currency.code, MONEY_FULL, false);
	WARN(g, b->line, "region '%s': %s_low %s is above %s_high %s",
	     b->region, what, a, what, c);
}

/* total_comp should be base + stock/4 + bonus; 2% covers rounding. */
static void check_total(struct guide *g, const struct band *b,
                        const char *key, amount_t base, amount_t stock,
                        amount_t total)
{
	amount_t expected, diff;
	char a[40], c[40];

	if (!amount_known(base) || !amount_known(stock) || !amount_known(total))
		return;
	expected = amount_add(base, amount_scale(stock, 1, 4));
	if (b->bonus_pct > 0)
		expected = amount_add(expected, amount_percent(base, b->bonus_pct));
	diff = total > expected ? total - expected : expected - total;
	if (diff * 50 <= expected)
		return;
	money_format(a, sizeof a, total, b->currency.code, MONEY_FULL, false);
	money_format(c, sizeof c, expected, b->currency.code, MONEY_FULL,
	             false);
	WARN(g, b->line,
	     "region '%s': %s is %s but base + stock/4 + bonus comes to %s",
	     b->region, key, a, c);
}

enum band_key {
	B_REGION, B_CURRENCY, B_BASE_LOW, B_BASE_HIGH, B_STOCK_LOW,
	B_STOCK_HIGH, B_BONUS, B_TOTAL_LOW, B_TOTAL_HIGH, B_TARGET_BASE,
	B_TARGET_EQUITY, B_TARGET_SIGN_ON, B_FLOOR_BASE, B_FLOOR_EQUITY,
	B_COUNT
};

static const char *const band_keys[B_COUNT] = {
	"region", "currency", "base_low", "base_high", "stock_low",
	"stock_high", "bonus_pct", "total_comp_low", "total_comp_high",
	"target_base", "target_equity", "target_sign_on", "floor_base",
	"floor_equity",
};

static bool read_band(struct guide *g, const struct ynode *map,
                      struct band *b)
{
	const struct ynode *v[B_COUNT];
	size_t i;

	band_init(b);
	b->line = map->line;
	pick_keys(g, map, band_keys, B_COUNT, v);
	b->region = read_text(g, v[B_REGION], "region", false);
	if (!b->region) {
		WARN(g, map->line, "band has no region; ignored");
		return false;
	}
	for (i = 0; i < g->band_count; i++)
		if (str_ieq(g->bands[i].region, b->region))
			WARN(g, b->line, "region '%s' is listed twice (also at line %d)",
			     b->region, g->bands[i].line);
	read_currency(g, b, v[B_CURRENCY]);
	b->base_low = read_amount(g, v[B_BASE_LOW], "base_low");
	b->base_high = read_amount(g, v[B_BASE_HIGH], "base_high");
	b->stock_low = read_amount(g, v[B_STOCK_LOW], "stock_low");
	b->stock_high = read_amount(g, v[B_STOCK_HIGH], "stock_high");
	b->bonus_pct = read_percent(g, v[B_BONUS], "bonus_pct");
	b->total_low = read_amount(g, v[B_TOTAL_LOW], "total_comp_low");
	b->total_high = read_amount(g, v[B_TOTAL_HIGH], "total_comp_high");
	b->target.base = read_amount(g, v[B_TARGET_BASE], "target_base");
	b->target.equity = read_amount(g, v[B_TARGET_EQUITY], "target_equity");
	b->target.sign_on = read_amount(g, v[B_TARGET_SIGN_ON],
	                                "target_sign_on");
	b->floor.base = read_amount(g, v[B_FLOOR_BASE], "floor_base");
	b->floor.equity = read_amount(g, v[B_FLOOR_EQUITY], "floor_equity");
	b->target_from_front_matter = ask_known(&b->target) ||
	                              amount_known(b->target.sign_on);
	b->floor_from_front_matter = ask_known(&b->floor);

	if (!band_has_numbers(b)) {
		WARN(g, b->line, "region '%s' has no numbers", b->region);
		return true;
	}
	check_order(g, b, "base", b->base_low, b->base_high);
	check_order(g, b, "stock", b->stock_low, b->stock_high);
	check_order(g, b, "total_comp", b->total_low, b->total_high);
	check_total(g, b, "total_comp_low", b->base_low, b->stock_low,
	            b->total_low);
	check_total(g, b, "total_comp_high", b->base_high, b->stock_high,
	            b->total_high);
	return true;
}

static void read_bands(struct guide *g, const struct ynode *list, int line)
{
	size_t i, n;
	char ex[EXCERPT_SIZE];

	if (!list || ynode_is_null(list)) {
		WARN(g, list ? list->line : line,
		     "no compensation bands (compensation is missing)");
		return;
	}
	if (list->kind != YNODE_SEQ) {
		excerpt(list, ex);
		WARN(g, list->line,
		     "compensation should be a list of bands, not %s; ignored", ex);
		return;
	}
	n = list->count;
	if (n > GUIDE_MAX_BANDS) {
		WARN(g, list->line,
		     "compensation has %zu bands; only the first %d are read", n,
		     GUIDE_MAX_BANDS);
		n = GUIDE_MAX_BANDS;
	}
	g->bands = xcalloc(n ? n : 1, sizeof *g->bands);
	for (i = 0; i < n; i++) {
		const struct ynode *item = &list->items[i];

		if (item->kind != YNODE_MAP) {
			excerpt(item, ex);
			WARN(g, item->line,
			     "a band should be a mapping (region, currency, amounts), "
			     "not %s; ignored", ex);
			continue;
		}
		if (read_band(g, item, &g->bands[g->band_count]))
			g->band_count++;
	}
}

enum premium_key { P_LOW, P_HIGH, P_APPLIES, P_INCLUDED, P_COUNT };

static const char *const premium_keys[P_COUNT] = {
	"low_pct", "high_pct", "applies_to", "included_in_ask",
};

static void read_premium(struct guide *g, const struct ynode *map)
{
	const struct ynode *v[P_COUNT];
	struct premium *p = &g->premium;
	double lo, hi;
	char ex[EXCERPT_SIZE];

	if (!map || ynode_is_null(map))
		return;
	if (map->kind != YNODE_MAP) {
		excerpt(map, ex);
		WARN(g, map->line,
		     "premium should be a mapping (low_pct, high_pct, applies_to, "
		     "included_in_ask), not %s; ignored", ex);
		return;
	}
	pick_keys(g, map, premium_keys, P_COUNT, v);
	lo = read_percent(g, v[P_LOW], "low_pct");
	hi = read_percent(g, v[P_HIGH], "high_pct");
	if (lo < 0 && hi < 0) {
		WARN(g, map->line, "premium gives neither low_pct nor high_pct; "
		     "ignored");
		return;
	}
	if (lo < 0)
		lo = hi;
	if (hi < 0)
		hi = lo;
	if (lo > hi) {
		WARN(g, map->line, "premium low_pct is above high_pct; swapped");
		p->low_pct = hi;
		p->high_pct = lo;
	} else {
		p->low_pct = lo;
		p->high_pct = hi;
	}
	p->applies_to = read_text(g, v[P_APPLIES], "applies_to", false);
	p->included_in_ask = false;
	read_bool(g, v[P_INCLUDED], "included_in_ask", &p->included_in_ask);
	p->present = true;
	p->from_front_matter = true;
}

static void read_level_mapping(struct guide *g, const struct ynode *v)
{
	static const char *const keys[] = {"internal", "raw"};
	const struct ynode *kv[2];

	if (!v || ynode_is_null(v))
		return;
	if (v->kind == YNODE_SCALAR) { /* a bare text is the raw mapping */
		g->level_raw = read_text(g, v, "level_mapping", true);
		return;
	}
	if (v->kind != YNODE_MAP) {
		WARN(g, v->line, "level_mapping should be a mapping (internal, "
		     "raw), not a list; ignored");
		return;
	}
	pick_keys(g, v, keys, 2, kv);
	g->level_internal = read_text(g, kv[0], "internal", false);
	g->level_raw = read_text(g, kv[1], "raw", true);
}

static void read_sources(struct guide *g, const struct ynode *v)
{
	size_t i;

	if (!v || ynode_is_null(v))
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
		WARN(g, v->line, "data_sources should be a list of text, not a "
		     "mapping; ignored");
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
	T_COMPANY, T_COMPANY_DISPLAY, T_ROLE, T_ROLE_DISPLAY, T_ROLE_TYPE,
	T_LAST_UPDATED, T_DATA_QUALITY, T_QUARTER, T_NEXT_REVIEW,
	T_COMPENSATION, T_LEVEL_MAPPING, T_SOURCES, T_DNA, T_PREMIUM, T_COUNT
};

static const char *const top_keys[T_COUNT] = {
	"company", "company_display", "role", "role_display", "role_type",
	"last_updated", "data_quality", "salary_data_quarter",
	"next_review_due", "compensation", "level_mapping", "data_sources",
	"negotiation_dna_summary", "premium",
};

/* Fill g from the front matter's tree; false (errors in errs) when the
 * guide has no id. */
static bool read_front_matter(struct guide *g, const struct ynode *root,
                              int line, struct diag_list *errs)
{
	const struct ynode *v[T_COUNT];
	size_t n;

	if (!root) {
		diag_add(errs, DIAG_ERROR, line,
		         "front matter is empty (a guide needs company and role)");
		return false;
	}
	if (root->kind != YNODE_MAP) {
		diag_add(errs, DIAG_ERROR, root->line,
		         "front matter should be a YAML mapping of keys to values");
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

	g->company_display = read_text(g, v[T_COMPANY_DISPLAY],
	                               "company_display", false);
	if (!g->company_display)
		g->company_display = xstrdup(g->company);
	g->role_display = read_text(g, v[T_ROLE_DISPLAY], "role_display",
	                            false);
	if (!g->role_display)
		g->role_display = xstrdup(g->role);
	g->role_type = read_text(g, v[T_ROLE_TYPE], "role_type", false);
	g->data_quality = read_text(g, v[T_DATA_QUALITY], "data_quality",
	                            false);
	g->salary_quarter = read_text(g, v[T_QUARTER], "salary_data_quarter",
	                              false);
	read_date(g, v[T_LAST_UPDATED], "last_updated", g->last_updated);
	read_date(g, v[T_NEXT_REVIEW], "next_review_due", g->next_review_due);
	g->dna_summary = read_text(g, v[T_DNA], "negotiation_dna_summary",
	                           false);
	read_level_mapping(g, v[T_LEVEL_MAPPING]);
	read_sources(g, v[T_SOURCES]);
	read_bands(g, v[T_COMPENSATION], root->line);
	read_premium(g, v[T_PREMIUM]);
	return true;
}

/* --- loading --------------------------------------------------------------- */

/* Warnings in file order (a stable insertion sort: lists are short). */
static void sort_by_line(struct diag_list *l)
{
	size_t i, j;

	for (i = 1; i < l->count; i++) {
		struct diag d = l->items[i];

		for (j = i; j > 0 && l->items[j - 1].line > d.line; j--)
			l->items[j] = l->items[j - 1];
		l->items[j] = d;
	}
}

struct guide *guide_load_buffer(const char *path, const char *data,
                                size_t len, struct diag_list *errs)
{
	return guide_load_data(path, data, len, errs, false);
}

struct guide *guide_load_data(const char *path, const char *data, size_t len,
                              struct diag_list *errs, bool defer_body)
{
	struct frontmatter fm;
	struct guide *g;
	struct ynode *root;
	const char *why, *nul;
	char *yaml;
	bool failed;
	size_t bad;
	int line;

	if (!guide_file_size_ok(len, errs))
		return NULL;
	if (len == frontmatter_bom_len(data, len)) {
		diag_add(errs, DIAG_ERROR, 0, "empty file");
		return NULL;
	}
	nul = memchr(data, '\0', len);
	if (nul) {
		diag_add(errs, DIAG_ERROR, line_of_offset(data, (size_t)(nul - data)),
		         "binary file (it holds NUL bytes), not a guide");
		return NULL;
	}
	if (!frontmatter_split(data, len, &fm, &why, &line)) {
		diag_add(errs, DIAG_ERROR, line, "%s", why);
		return NULL;
	}

	/* Cleaning first means bad bytes reach libyaml as U+FFFD instead of
	 * failing the whole file; line breaks are kept, so lines still match. */
	yaml = text_clean(fm.yaml, fm.yaml_len, true);
	root = yaml_tree_parse(yaml, strlen(yaml), fm.yaml_line, errs, &failed);
	free(yaml);
	if (failed)
		return NULL;

	g = xcalloc(1, sizeof *g);
	g->path = clean_line(path ? path : "", path ? strlen(path) : 0);
	bad = first_invalid_utf8(data, len);
	if (bad < len)
		WARN(g, line_of_offset(data, bad),
		     "invalid UTF-8 (first at this line); shown as U+FFFD");
	if (!read_front_matter(g, root, fm.yaml_line, errs)) {
		yaml_tree_free(root);
		guide_free(g);
		return NULL;
	}
	yaml_tree_free(root);
	sort_by_line(&g->diags);
	g->body_line = fm.body_line;
	/* From a file the body is read again when the guide is opened, so a
	 * library of thousands holds only front matter. */
	if (defer_body)
		g->body_deferred = true;
	else
		g->body = text_clean(fm.body, fm.body_len, true);
	return g;
}

struct guide *guide_load(const char *path, struct diag_list *errs)
{
	struct guide *g;
	char *data;
	size_t len;

	if (!guide_file_read(path, &data, &len, errs))
		return NULL;
	g = guide_load_data(path, data, len, errs, true);
	free(data);
	return g;
}

bool guide_body_reread(struct guide *g)
{
	struct diag_list errs = {0};
	struct frontmatter fm;
	const char *why = "it changed";
	char *data;
	size_t len;
	int line;
	bool ok = false;

	g->body_deferred = false;
	if (guide_file_read(g->path, &data, &len, &errs)) {
		if (frontmatter_split(data, len, &fm, &why, &line)) {
			g->body = text_clean(fm.body, fm.body_len, true);
			g->body_line = fm.body_line;
			ok = true;
		}
		free(data);
	} else if (errs.count > 0) {
		why = errs.items[0].message;
	}
	if (!ok)
		WARN(g, 0, "body could not be read again: %s", why);
	diag_list_free(&errs);
	return ok;
}

void guide_free(struct guide *g)
{
	size_t i;

	if (!g)
		return;
	guide_body_free(g);
	free(g->path);
	free(g->id);
	free(g->company);
	free(g->role);
	free(g->company_display);
	free(g->role_display);
	free(g->role_type);
	free(g->data_quality);
	free(g->salary_quarter);
	free(g->level_internal);
	free(g->level_raw);
	free(g->dna_summary);
	for (i = 0; i < g->source_count; i++)
		free(g->sources[i]);
	free(g->sources);
	for (i = 0; i < g->band_count; i++)
		free(g->bands[i].region);
	free(g->bands);
	free(g->premium.applies_to);
	diag_list_free(&g->diags);
	free(g);
}

/* --- checks ---------------------------------------------------------------- */

size_t guide_check(struct guide *g, const char *today, struct diag_list *out)
{
	char now[11];
	size_t i, errors = 0;

	guide_load_body(g);
	for (i = 0; i < g->diags.count; i++) {
		const struct diag *d = &g->diags.items[i];

		diag_add(out, d->severity, d->line, "%s", d->message);
		errors += d->severity == DIAG_ERROR;
	}
	if (!today) {
		guide_today(now);
		today = now;
	}
	if (guide_is_stale(g, today))
		diag_add(out, DIAG_WARNING, 0,
		         "review date %s has passed (today is %s)",
		         g->next_review_due, today);
	return errors;
}

bool guide_is_stale(const struct guide *g, const char *today)
{
	if (!g->next_review_due[0] || !today ||
	    !valid_date(today, strlen(today)))
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

	if (env && valid_date(env, strlen(env))) {
		memcpy(out, env, 11);
		return;
	}
	now = time(NULL);
	if (!localtime_r(&now, &tm) || strftime(out, 11, "%Y-%m-%d", &tm) != 10)
		snprintf(out, 11, "1970-01-01");
}

/* --- regions --------------------------------------------------------------- */

/* Names that mean the same place; a region matches any name in its group. */
static const char *const region_groups[][7] = {
	{"San Francisco", "SF", "Bay Area", "SF Bay Area",
	 "San Francisco Bay Area", "Silicon Valley", NULL},
	{"New York", "New York City", "NYC", NULL},
	{"Los Angeles", "LA", NULL},
	{"Washington", "Washington DC", "Washington D.C.", "DC", NULL},
	{"Bengaluru", "Bangalore", NULL},
	{"Mumbai", "Bombay", NULL},
	{"Gurugram", "Gurgaon", NULL},
	{"Munich", "München", NULL},
	{"Zurich", "Zürich", NULL},
	{"Cologne", "Köln", NULL},
	{"Dusseldorf", "Düsseldorf", NULL},
	{"Sao Paulo", "São Paulo", NULL},
	{"Montreal", "Montréal", NULL},
	{"Tel Aviv", "Tel Aviv-Yafo", "TLV", NULL},
	{"Ho Chi Minh City", "Saigon", "HCMC", NULL},
	{"Kyiv", "Kiev", NULL},
	{"Remote Global", "Global Remote", "Remote (Global)",
	 "Remote Worldwide", NULL},
};

static bool ieq_n(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i;

	if (alen != blen)
		return false;
	for (i = 0; i < alen; i++)
		if (ascii_lower(a[i]) != ascii_lower(b[i]))
			return false;
	return true;
}

static bool is_word_sep(char c) { return c == ' ' || c == '-'; }

/* "New York" is "NY" or "NYC": initials of two or more words, alone or
 * with a C for City.  Words are split at spaces and hyphens. */
static bool initials_match(const char *full, size_t flen, const char *abbr,
                           size_t alen)
{
	char ini[16];
	size_t i, n = 0;

	for (i = 0; i < flen; i++) {
		if (is_word_sep(full[i]) || (i > 0 && !is_word_sep(full[i - 1])))
			continue;
		if (n + 2 > sizeof ini)
			return false;
		ini[n++] = full[i];
	}
	if (n < 2)
		return false;
	if (ieq_n(ini, n, abbr, alen))
		return true;
	ini[n++] = 'C';
	return ieq_n(ini, n, abbr, alen);
}

static int region_group(const char *s, size_t len)
{
	size_t i, j;

	if (len == 0)
		return -1;
	/* Called for words all through a body: the first letter rules out
	 * almost every name before any length is taken. */
	for (i = 0; i < sizeof region_groups / sizeof *region_groups; i++)
		for (j = 0; region_groups[i][j]; j++)
			if (ascii_lower(region_groups[i][j][0]) == ascii_lower(s[0]) &&
			    ieq_n(region_groups[i][j], strlen(region_groups[i][j]),
			          s, len))
				return (int)i;
	return -1;
}

void region_query_init(struct region_query *q, const char *words, size_t len)
{
	if (!words)
		words = "", len = 0;
	while (len > 0 && (*words == ' ' || *words == '\t')) {
		words++;
		len--;
	}
	while (len > 0 && (words[len - 1] == ' ' || words[len - 1] == '\t'))
		len--;
	q->words = words;
	q->len = len;
	q->group = len > 0 ? region_group(words, len) : -1;
}

bool region_query_matches(const struct region_query *q, const char *region)
{
	size_t rlen;

	if (!region || q->len == 0)
		return false;
	rlen = strlen(region);
	if (rlen == 0)
		return false;
	/* The name itself and its initials both start with its first
	 * letter; only an alias from the group table may not. */
	if (ascii_lower(region[0]) == ascii_lower(q->words[0]) &&
	    (ieq_n(region, rlen, q->words, q->len) ||
	     initials_match(region, rlen, q->words, q->len) ||
	     initials_match(q->words, q->len, region, rlen)))
		return true;
	/* The group table is only searched when the words are an alias. */
	return q->group >= 0 && q->group == region_group(region, rlen);
}

void region_aliases(const char *region,
                    void (*fn)(const char *alias, size_t len, void *ctx),
                    void *ctx)
{
	char ini[16];
	size_t i, n = 0, rlen = region ? strlen(region) : 0;
	int group;

	for (i = 0; i < rlen; i++) {
		if (is_word_sep(region[i]) || (i > 0 && !is_word_sep(region[i - 1])))
			continue;
		if (n + 2 > sizeof ini)
			break;
		ini[n++] = region[i];
	}
	if (n >= 2 && n + 2 <= sizeof ini) {
		fn(ini, n, ctx);
		ini[n] = 'C';
		fn(ini, n + 1, ctx);
	}
	group = rlen ? region_group(region, rlen) : -1;
	for (i = 0; group >= 0 && region_groups[group][i]; i++)
		fn(region_groups[group][i], strlen(region_groups[group][i]), ctx);
}

bool region_matches(const char *region, const char *words, size_t len)
{
	struct region_query q;

	if (!region || !words)
		return false;
	region_query_init(&q, words, len);
	return region_query_matches(&q, region);
}

const struct band *guide_find_band(const struct guide *g, const char *name)
{
	size_t i, len;

	if (!name)
		return NULL;
	len = strlen(name);
	/* An exact name wins over an alias that another band might share. */
	for (i = 0; i < g->band_count; i++)
		if (ieq_n(g->bands[i].region, strlen(g->bands[i].region), name,
		          len))
			return &g->bands[i];
	for (i = 0; i < g->band_count; i++)
		if (region_matches(g->bands[i].region, name, len))
			return &g->bands[i];
	return NULL;
}
