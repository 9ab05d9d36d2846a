/* counter.c - the counter-offer solver. */
#include "negotiator/counter.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "negotiator/text.h"
#include "negotiator/vesting.h"

static void step(char (*steps)[COUNTER_STEP_LEN], size_t *count, size_t max,
                 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void step(char (*steps)[COUNTER_STEP_LEN], size_t *count, size_t max,
                 const char *fmt, ...)
{
	if (*count >= max)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(steps[*count], COUNTER_STEP_LEN, fmt, ap);
	va_end(ap);
	(*count)++;
}

/* Asks are round numbers: up to the next thousand for what is needed,
 * down for a ceiling. */
static amount_t round_up_k(amount_t a)
{
	if (!amount_known(a) || a <= 0)
		return a;
	return (a + 999) / 1000 * 1000;
}

static amount_t thousand_floor(amount_t a)
{
	return a - a % 1000;
}

static bool premium_raises_equity(const struct guide *g, const struct offer *o)
{
	return o->agentic && guide_premium_on_equity(g);
}

/* 4 x base x (1 + bonus%) : the cash a base brings over four years. */
static amount_t four_years_of_base(const struct band *b, amount_t base)
{
	amount_t yearly = base;
	double pct = offer_ask_bonus_pct(b);
	if (pct > 0)
		yearly = amount_add(base, amount_percent(base, pct));
	return amount_scale(yearly, 4, 1);
}

static amount_t min_known(amount_t a, amount_t b)
{
	if (!amount_known(a))
		return b;
	if (!amount_known(b))
		return a;
	return a < b ? a : b;
}

static amount_t max_known(amount_t a, amount_t b)
{
	if (!amount_known(a))
		return b;
	if (!amount_known(b))
		return a;
	return a > b ? a : b;
}

/* One figure a part of the counter may take: who gives it, and how
 * much. */
struct cand {
	const char *who; /* "the ask", "the company's", ... */
	amount_t v;
};

/* The highest known of n candidates; phrase gets them in words ("the
 * higher of the ask €115K and the company's €150K"). */
static amount_t highest(const struct cand *c, size_t n, const char *cur,
                        char *phrase, size_t size)
{
	amount_t best = AMOUNT_NONE;
	size_t known = 0, said = 0, len = 0;
	for (size_t i = 0; i < n; i++)
		if (amount_known(c[i].v)) {
			known++;
			best = max_known(best, c[i].v);
		}
	phrase[0] = '\0';
	if (known > 1)
		len = (size_t)snprintf(phrase, size, "the %s of ",
		                       known == 2 ? "higher" : "highest");
	for (size_t i = 0; i < n && len < size; i++) {
		if (!amount_known(c[i].v))
			continue;
		said++;
		len += (size_t)snprintf(phrase + len, size - len, "%s%s %s",
		                        said == 1       ? ""
		                        : said == known ? " and "
		                                        : ", ",
		                        c[i].who,
		                        money_text(c[i].v, cur, false).s);
	}
	return best;
}

/* The floor's figure for a part; NONE when the floor is a package
 * figure (offer.h: a package floor read as a part is no part). */
static amount_t floor_part(const struct band *b, amount_t part)
{
	struct ask_total t;
	offer_ask_total(b, b->floor, 100, &t);
	return t.kind == ASK_TOTAL_PACKAGE ? AMOUNT_NONE : part;
}

/* The guide's ask for a part, else its floor's; *who says which. */
static amount_t ask_or_floor(amount_t ask, amount_t floor, const char **who)
{
	*who = amount_known(ask) ? "the ask" : "the floor";
	return amount_known(ask) ? ask : floor;
}

static amount_t part_of(const struct offer *o, enum part_id p)
{
	return o ? offer_amount_of(o, p) : AMOUNT_NONE;
}

/* "4 × (€120K base + €12K bonus) = €528K" for a base, the band's bonus
 * on it. */
/* A phrase of the arithmetic, returned by value. */
struct words {
	char s[200];
};

static struct words cash_words(const struct band *b, amount_t base)
{
	struct words w = {.s = ""};
	char *buf = w.s;
	size_t size = sizeof w.s;
	const char *cur = band_currency(b);
	double pct = offer_ask_bonus_pct(b);
	amount_t bonus = pct > 0 ? amount_percent(base, pct) : 0;
	if (bonus > 0)
		snprintf(buf, size, "4 × (%s base + %s bonus) = %s",
		         money_text(base, cur, false).s,
		         money_text(bonus, cur, false).s,
		         money_text(four_years_of_base(b, base), cur, false).s);
	else
		snprintf(buf, size, "4 × %s base = %s",
		         money_text(base, cur, false).s,
		         money_text(four_years_of_base(b, base), cur, false).s);
	return w;
}

/* "€300K equity" or "€300K equity at 60% = €180K" (private). */
static struct words equity_words(amount_t eq, double q, const char *cur)
{
	struct words w = {.s = ""};
	char *buf = w.s;
	size_t size = sizeof w.s;
	if (q < 100)
		snprintf(buf, size, "%s equity at %g%% = %s",
		         money_text(eq, cur, false).s, q,
		         money_text(amount_percent(eq, q), cur, false).s);
	else
		snprintf(buf, size, "%s equity", money_text(eq, cur, false).s);
	return w;
}

/* The competing offer's value over four years, its terms in words. */
static void competing_step(const struct band *b, const struct offer_result *r,
                           struct counter *c)
{
	const char *cur = band_currency(b);
	struct words eq =
		equity_words(amount_known(r->equity_4y) ? r->equity_4y : 0,
	                     r->offer_equity_pct, cur);
	c->competing_value_4y = r->four_year_total;
	step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
	     "Competing offer over four years: 4 × (%s base + %s bonus) + %s "
	     "+ %s sign-on = %s.",
	     money_text(r->base, cur, false).s,
	     money_text(amount_known(r->bonus) ? r->bonus : 0, cur, false).s,
	     eq.s,
	     money_text(amount_known(r->sign_on) ? r->sign_on : 0, cur, false)
	             .s,
	     money_text(c->competing_value_4y, cur, false).s);
}

/* Base: the ask (or floor), the company's and the competing base, the
 * highest of them; never held below the company's or the competing
 * base by the band's top. */
static void counter_base(const struct band *b, const struct offer *company,
                         const struct offer_result *r, struct counter *c)
{
	const char *cur = band_currency(b), *who;
	char phrase[400];
	amount_t ask = ask_or_floor(b->target->base,
	                            floor_part(b, b->floor->base), &who);
	struct cand cands[3] = {{who, ask},
	                        {"the company's", part_of(company, PART_BASE)},
	                        {"the competing", r ? r->base : AMOUNT_NONE}};
	c->base_ceiling = max_known(b->base_high, b->target->base);
	c->base = max_known(highest(cands, 3, cur, phrase, sizeof phrase),
	                    floor_part(b, b->floor->base));
	c->base_capped = false;
	bool past = amount_known(c->base_ceiling) && amount_known(c->base) &&
	            c->base > c->base_ceiling;
	step(c->steps, &c->step_count, COUNTER_MAX_STEPS, "Base: %s: %s%s%s%s.",
	     phrase, money_text(c->base, cur, false).s,
	     past ? " (past the band's top " : "",
	     past ? money_text(c->base_ceiling, cur, false).s : "",
	     past ? ": an offer already pays it, so the top is no ceiling)"
	          : "");
}

/* Sign-on: the competing one, held to what the guide gives for sign-on
 * when it gives it; never below the guide's sign-on ask or the
 * company's. */
static void counter_sign_on(const struct band *b, const struct offer *company,
                            const struct offer_result *r, struct counter *c)
{
	const char *cur = band_currency(b);
	char phrase[400];
	amount_t competing = r ? r->sign_on : AMOUNT_NONE;
	c->sign_on_ceiling = max_known(b->target->sign_on, b->sign_on_high);
	c->sign_on_capped = amount_known(competing) &&
	                    amount_known(c->sign_on_ceiling) &&
	                    competing > c->sign_on_ceiling;
	amount_t matched = c->sign_on_capped ? c->sign_on_ceiling : competing;
	struct cand cands[3] = {
		{"the guide's", b->target->sign_on},
		{"the company's", part_of(company, PART_SIGN_ON)},
		{c->sign_on_capped ? "the competing one held to the guide's top"
	                           : "the competing",
	         matched}};
	c->sign_on = highest(cands, 3, cur, phrase, sizeof phrase);
	if (!amount_known(c->sign_on)) {
		c->sign_on = 0;
		step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
		     "Sign-on: none asked (neither the guide nor an offer "
		     "gives one).");
		return;
	}
	step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
	     "Sign-on: %s: %s%s%s%s.", phrase,
	     money_text(c->sign_on, cur, false).s,
	     c->sign_on_capped ? " (the competing " : "",
	     c->sign_on_capped ? money_text(competing, cur, false).s : "",
	     c->sign_on_capped ? " is more than the guide gives for sign-on)"
	                       : "");
}

/* Equity that makes up the four-year value the competing offer still
 * has over the rest of the counter, up to the ceiling. */
static void match_value(const struct band *b, double q, bool premium,
                        struct counter *c)
{
	const char *cur = band_currency(b);
	amount_t left = amount_sub(
		c->competing_value_4y,
		amount_add(four_years_of_base(b, c->base), c->sign_on));
	if (left <= 0)
		return;
	amount_t need = round_up_k(amount_scale(left, 100, (int64_t)(q + 0.5)));
	if (need <= c->equity_4y)
		return;
	c->equity_capped =
		amount_known(c->equity_ceiling) && need > c->equity_ceiling;
	amount_t eq = min_known(need, c->equity_ceiling);
	struct words cash = cash_words(b, c->base);
	char face[120] = "";
	if (q < 100)
		snprintf(face, sizeof face,
		         "; at %g%% of face value, %s of grant", q,
		         money_text(need, cur, false).s);
	step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
	     "To match the competing %s: %s − (%s) − %s sign-on = %s of "
	     "equity value%s%s%s%s: ask %s.",
	     money_text(c->competing_value_4y, cur, false).s,
	     money_text(c->competing_value_4y, cur, false).s, cash.s,
	     money_text(c->sign_on, cur, false).s,
	     money_text(left, cur, false).s, face,
	     c->equity_capped ? "; the most the guide supports is " : "",
	     c->equity_capped ? money_text(c->equity_ceiling, cur, false).s
	                      : "",
	     !c->equity_capped ? ""
	     : c->equity_ceiling_offer
	             ? " (an offer's grant, past the band's top)"
	     : premium ? " (the band's top with the premium)"
	               : " (the band's top)",
	     money_text(eq, cur, false).s);
	if (eq > c->equity_4y)
		c->equity_4y = eq;
}

/* A yearly total the guide states for its ask or its floor a (not a
 * package): enough equity that base, bonus and a quarter of the grant
 * reach it. */
static void reach_total(const struct band *b, const struct ask *a, double q,
                        struct counter *c)
{
	struct ask_total t;
	const char *cur = band_currency(b);
	offer_ask_total(b, a, q, &t);
	if (t.kind != ASK_TOTAL_STATED || !amount_known(c->base))
		return;
	amount_t short_by = amount_sub(
		t.yearly, amount_scale(four_years_of_base(b, c->base), 1, 4));
	if (short_by <= 0)
		return;
	amount_t grant =
		round_up_k(amount_scale(short_by, 400, (int64_t)(q + 0.5)));
	if (grant <= c->equity_4y)
		return;
	c->equity_4y = grant;
	step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
	     "The guide's yearly total %s is %s: 4 × (%s − %s a year of base "
	     "and bonus)%s = %s of grant, so that a quarter of it reaches the "
	     "total.",
	     a == b->floor ? "floor" : "ask",
	     money_text(t.yearly, cur, false).s,
	     money_text(t.yearly, cur, false).s,
	     money_text(amount_scale(four_years_of_base(b, c->base), 1, 4), cur,
	                false)
	             .s,
	     q < 100 ? " at face value" : "", money_text(grant, cur, false).s);
}

/* A first-year total the guide states for its ask or its floor a (base
 * + bonus + sign-on + the first year's vest, with no parts to add):
 * enough equity that the counter's first year reaches it, vesting as
 * the guide says (else a quarter in year one). */
static void reach_first_year(const struct guide *g, const struct band *b,
                             const struct ask *a, double q, struct counter *c)
{
	struct ask_total t;
	const char *cur = band_currency(b);
	offer_ask_total(b, a, q, &t);
	if (t.kind != ASK_TOTAL_FIRST_YEAR || !amount_known(c->base))
		return;
	double vest[OFFER_MAX_VEST_YEARS] = {25};
	int line = 0;
	if (!vesting_of_guide(g, vest, &line)) {
		memset(vest, 0, sizeof vest);
		vest[0] = 25;
	}
	if (vest[0] <= 0)
		return; /* no vest in year one: equity cannot reach it */
	amount_t cash = amount_add(
		amount_scale(four_years_of_base(b, c->base), 1, 4), c->sign_on);
	amount_t short_by = amount_sub(t.first_year, cash);
	if (short_by <= 0)
		return;
	amount_t grant = round_up_k(
		amount_scale(short_by, 10000, (int64_t)(vest[0] * q + 0.5)));
	if (grant <= c->equity_4y)
		return;
	c->equity_4y = grant;
	step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
	     "The guide's first-year total %s is %s: (%s − %s of base and "
	     "bonus − %s sign-on) ÷ %g%% vesting in year one%s = %s of grant.",
	     a == b->floor ? "floor" : "ask",
	     money_text(t.first_year, cur, false).s,
	     money_text(t.first_year, cur, false).s,
	     money_text(amount_scale(four_years_of_base(b, c->base), 1, 4), cur,
	                false)
	             .s,
	     money_text(c->sign_on, cur, false).s, vest[0],
	     q < 100 ? " at face value" : "", money_text(grant, cur, false).s);
}

/* A premium claimed on the base or the yearly total: the counter's parts
 * are the guide's ask and the offers', so it says that the premium's
 * range is not in them, rather than leave the claim unanswered. */
static void premium_elsewhere(const struct guide *g, const struct band *b,
                              const struct offer *o, struct counter *c)
{
	struct premium_range p;
	const char *cur = band_currency(b);
	char name[160];

	if (!o || !o->agentic || !guide_premium_range(g, b, &p) ||
	    (p.on != PREMIUM_ON_BASE && p.on != PREMIUM_ON_TOTAL))
		return;
	guide_premium_text(name, sizeof name, &g->premium);
	step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
	     "Premium: the guide puts its %s on the %s (%s to %s a year "
	     "with it); the parts above do not add it: ask for it on top.",
	     name, guide_premium_scope_word(p.on),
	     money_text(p.low, cur, false).s, money_text(p.high, cur, false).s);
}

static void counter_equity(const struct guide *g, const struct band *b,
                           const struct offer *company,
                           const struct offer_result *r, double q,
                           struct counter *c)
{
	const char *cur = band_currency(b), *who;
	char phrase[400];
	bool premium = (r && premium_raises_equity(g, &r->offer)) ||
	               (!r && company && premium_raises_equity(g, company));
	amount_t ask = ask_or_floor(b->target->equity,
	                            floor_part(b, b->floor->equity), &who);
	amount_t comp = r ? r->equity_4y : AMOUNT_NONE,
		 mine = part_of(company, PART_EQUITY);
	struct cand cands[3] = {
		{who, ask}, {"the company's", mine}, {"the competing", comp}};
	c->equity_ceiling = b->stock_high;
	if (premium && amount_known(b->stock_high))
		c->equity_ceiling = thousand_floor(amount_percent(
			b->stock_high, 100 + g->premium.high_pct));
	c->equity_ceiling = max_known(c->equity_ceiling, b->target->equity);
	amount_t offered = max_known(mine, comp);
	c->equity_ceiling_offer =
		amount_known(offered) && (!amount_known(c->equity_ceiling) ||
	                                  offered > c->equity_ceiling);
	c->equity_ceiling = max_known(c->equity_ceiling, offered);
	c->equity_4y = max_known(highest(cands, 3, cur, phrase, sizeof phrase),
	                         floor_part(b, b->floor->equity));
	if (amount_known(c->equity_4y))
		step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
		     "Equity: %s: %s over four years.", phrase,
		     money_text(c->equity_4y, cur, false).s);
	else
		c->equity_4y = 0;
	if (r)
		match_value(b, q, premium, c);
	premium_elsewhere(g, b, r ? &r->offer : company, c);
	/* The ask's stated total, then the floor's: a counter never asks
	 * less than the guide accepts (a floor above what the ask's
	 * total reaches, or one with no ask beside it). */
	const struct ask *sides[2] = {b->target, b->floor};
	for (int k = 0; k < 2; k++) {
		reach_total(b, sides[k], q, c);
		reach_first_year(g, b, sides[k], q, c);
	}
}

/* The counter's value over four years, its terms in words. */
static void counter_total(const struct band *b, double q, struct counter *c)
{
	const char *cur = band_currency(b);
	struct words cash = cash_words(b, c->base),
		     eq = equity_words(c->equity_4y, q, cur);
	c->counter_value_4y =
		amount_add(amount_add(four_years_of_base(b, c->base),
	                              amount_percent(c->equity_4y, q)),
	                   c->sign_on);
	c->shortfall = AMOUNT_NONE;
	if (!c->alone) {
		c->shortfall =
			amount_sub(c->competing_value_4y, c->counter_value_4y);
		if (c->shortfall < 0)
			c->shortfall = 0;
	}
	step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
	     "Counter over four years: (%s) + %s + %s sign-on = %s%s.", cash.s,
	     eq.s, money_text(c->sign_on, cur, false).s,
	     money_text(c->counter_value_4y, cur, false).s,
	     c->alone           ? ""
	     : c->shortfall > 0 ? ""
	                        : ", at least the competing offer");
	if (!c->alone && c->shortfall > 0)
		step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
		     "Even at the guide's ceiling the counter is %s short of "
		     "the competing offer: this company cannot match it on "
		     "money.",
		     money_text(c->shortfall, cur, false).s);
}

static void solve_counter(const struct guide *g, const struct band *b,
                          const struct offer_result *r,
                          const struct offer *company, double q,
                          struct counter *c)
{
	c->alone = r == NULL;
	c->equity_pct = q;
	const char *other = guide_ask_other_currency(b);
	if (r)
		competing_step(b, r, c);
	else if (other)
		/* Its figures are read, not converted: never "the ask". */
		step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
		     "No competing offer, and the guide's ask and floor are in "
		     "%s, not the band's %s: the counter is the company's "
		     "offer.",
		     other, band_currency(b));
	else
		step(c->steps, &c->step_count, COUNTER_MAX_STEPS,
		     "No competing offer: the counter is the guide's ask, "
		     "raised to the company's offer where it is higher.");
	counter_base(b, company, r, c);
	counter_sign_on(b, company, r, c);
	counter_equity(g, b, company, r, q, c);
	counter_total(b, q, c);
}

static void solve_gap(const struct guide *g, const struct band *b,
                      const struct offer *company, struct counter *c)
{
	const char *cur = band_currency(b);
	struct offer_result cr;
	offer_compare(g, b, company, &cr);
	if (!amount_known(cr.four_year_total) ||
	    !amount_known(b->target->base) || !amount_known(b->target->equity))
		return;
	double q = cr.offer_equity_pct;
	amount_t sign_on =
		amount_known(b->target->sign_on) ? b->target->sign_on : 0;
	c->gap_known = true;
	c->company_value_4y = cr.four_year_total;
	c->target_value_4y =
		amount_add(amount_add(four_years_of_base(b, b->target->base),
	                              amount_percent(b->target->equity, q)),
	                   sign_on);
	c->gap_4y = amount_sub(c->target_value_4y, c->company_value_4y);
	size_t *n = &c->gap_step_count;
	step(c->gap_steps, n, 4,
	     "Target ask over four years: 4 × %s%s + %s equity + %s sign-on = "
	     "%s; the company's offer comes to %s.",
	     money_text(b->target->base, cur, false).s,
	     offer_ask_bonus_pct(b) > 0 ? " with bonus" : "",
	     money_text(b->target->equity, cur, false).s,
	     money_text(sign_on, cur, false).s,
	     money_text(c->target_value_4y, cur, false).s,
	     money_text(c->company_value_4y, cur, false).s);
	if (c->gap_4y <= 0) {
		c->close_by_base = c->close_by_equity = c->close_by_sign_on = 0;
		step(c->gap_steps, n, 4,
		     "The company's offer already meets the target ask.");
		return;
	}
	double yearly = 4.0 * (1.0 + offer_ask_bonus_pct(b) / 100);
	c->close_by_base = round_up_k(
		amount_scale(c->gap_4y, 1000, (int64_t)(yearly * 1000 + 0.5)));
	c->close_by_equity =
		round_up_k(amount_scale(c->gap_4y, 100, (int64_t)(q + 0.5)));
	c->close_by_sign_on = round_up_k(c->gap_4y);
	step(c->gap_steps, n, 4,
	     "A gap of %s closes with any one of: base +%s a year (%s ÷ %g), "
	     "equity +%s, or sign-on +%s.",
	     money_text(c->gap_4y, cur, false).s,
	     money_text(c->close_by_base, cur, false).s,
	     money_text(c->gap_4y, cur, false).s, yearly,
	     money_text(c->close_by_equity, cur, false).s,
	     money_text(c->close_by_sign_on, cur, false).s);
}

/* What the company's equity counts at: the company's offer's setting,
 * else the competing offer's view of the guide's equity. */
static double company_equity_pct(const struct guide *g, const struct band *b,
                                 const struct offer *company,
                                 const struct offer_result *r)
{
	if (company) {
		struct offer_result kr;
		offer_compare(g, b, company, &kr);
		return kr.offer_equity_pct;
	}
	return r ? r->guide_equity_pct : 100;
}

void counter_solve(const struct guide *g, const struct band *b,
                   const struct offer *competing, const struct offer *company,
                   struct counter *c)
{
	memset(c, 0, sizeof *c);
	c->base = c->equity_4y = c->sign_on = AMOUNT_NONE;
	c->competing_value_4y = c->counter_value_4y = AMOUNT_NONE;
	c->shortfall = AMOUNT_NONE;
	c->gap_4y = c->close_by_base = c->close_by_equity = AMOUNT_NONE;
	c->close_by_sign_on = AMOUNT_NONE;
	if (!b)
		return;
	if (company && !amount_known(company->base))
		company = NULL;
	if (company)
		solve_gap(g, b, company, c);
	struct offer_result r;
	bool against = competing && amount_known(competing->base);
	if (against) {
		offer_compare(g, b, competing, &r);
		if (!amount_known(r.four_year_total))
			return;
	} else if (!company) {
		return;
	}
	if (!band_has_numbers(b) && !ask_known(b->target) &&
	    !ask_known(b->floor))
		return;
	c->known = true;
	double q = company_equity_pct(g, b, company, against ? &r : NULL);
	solve_counter(g, b, against ? &r : NULL, company, q, c);
}

void counter_ask_words(char *buf, size_t size, const struct counter *c,
                       const char *cur)
{
	snprintf(buf, size, "%s base, %s equity over four years, %s sign-on",
	         money_text(c->base, cur, false).s,
	         money_text(c->equity_4y, cur, false).s,
	         money_text(c->sign_on, cur, false).s);
}

void counter_text(const struct counter *c, const char *cur, const char *region,
                  struct strbuf *out)
{
	char ask[200];

	if (!c->known)
		return;
	counter_ask_words(ask, sizeof ask, c, cur);
	sb_addf(out, "Counter to make (%s): %s = %s over four years\n",
	        region ? region : "", ask,
	        money_text(c->counter_value_4y, cur, false).s);
	for (size_t i = 0; i < c->step_count; i++)
		sb_addf(out, "%zu. %s\n", i + 1, c->steps[i]);
	if (!c->gap_known)
		return;
	sb_adds(out, "\nFrom the company's offer to the target ask:\n");
	for (size_t i = 0; i < c->gap_step_count; i++)
		sb_addf(out, "- %s\n", c->gap_steps[i]);
}
