/* part.h - the parts of an offer, in one table.
 *
 * Every part of an offer is one row of OFFER_PARTS, in the order the
 * form shows them.  The row is all the program needs to show a part,
 * read it, convert it and keep it: struct offer's members, the TUI
 * form's fields and labels, the command line's options and usage, the
 * currency conversion, the JSON, the saved negotiation's keys and the
 * columns of the rounds all come from it.  What is truly new about a part
 * is its arithmetic (offer.c, counter.c) and its tests.  A relocation
 * bonus, for example, is the row
 *
 *     P(RELOCATION, relocation, AMOUNT, ROUND, "Relocation", "Reloc.",
 *       "relocation", "relocation", "relocation",
 *       "a one-off moving allowance")
 *
 * and its place in offer_compare()'s first-year and four-year totals
 * (tests/unit/test_part.c builds an offer with such a row to show it).
 *
 * The columns:
 *   id      PART_<id> here, FIELD_<id> in the TUI's form
 *   member  the member of struct offer that holds it
 *   kind    AMOUNT             an amount of money a year (or one-off)
 *           GRANT              an amount over the vesting years, typed
 *                              whole or a year at a time (x4)
 *           AMOUNT_OR_PERCENT  an amount, or a percent of base ("15%");
 *                              the percent is in <member>_pct
 *           PERCENT            a percent from 0 to 100; 100 when not given
 *           SCHEDULE           percents a year adding up to 100
 *           FLAG               yes or no
 *   scope   ROUND    the company's offers have it too: it is a column of
 *                    the rounds and a --company-<option> of compare
 *           OFFER    only the competing offer has it
 *   label   the form's label (with its first letter lower-cased, the
 *           word in sentences: "€12K sign-on")
 *   abbr    the label in a narrow column ("S-on")
 *   option  the command line's --<option> (a GRANT also takes
 *           --<option>-per-year)
 *   json    the key in compare --json
 *   key     the key in the saved negotiation (a GRANT also keeps its
 *           unit under <key>_unit); never change one: old files use it
 *   help    what the part is, for the command line's usage
 */
#ifndef NEGOTIATOR_PART_H
#define NEGOTIATOR_PART_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/input.h"
#include "negotiator/money.h"

/* id, member, kind, scope, label, abbr, option, json, key, help */
/* clang-format off */
#define OFFER_PARTS(P)                                                         \
	P(BASE, base, AMOUNT, ROUND,                                           \
	  "Base", "Base", "base", "base", "base",                              \
	  "the yearly base salary")                                            \
	P(EQUITY, equity_4y, GRANT, ROUND,                                     \
	  "Equity", "Eq.", "equity", "equity_4y", "equity",                    \
	  "the whole four-year grant (--equity-per-year: x4)")                 \
	P(BONUS, bonus, AMOUNT_OR_PERCENT, OFFER,                              \
	  "Bonus", "Bonus", "bonus", "bonus", "bonus",                         \
	  "the yearly bonus: an amount, or a percent of base")                 \
	P(SIGN_ON, sign_on, AMOUNT, ROUND,                                     \
	  "Sign-on", "S-on", "sign-on", "sign_on", "sign_on",                  \
	  "a one-off bonus, paid in year one")                                 \
	P(PREMIUM, agentic, FLAG, OFFER,                                       \
	  "Premium", "Prem.", "agentic", "agentic", "premium",                 \
	  "the agentic-AI premium is claimed")                                 \
	P(VESTING, vest_pct, SCHEDULE, OFFER,                                  \
	  "Vesting", "Vest.", "vest", "vesting", "vesting",                    \
	  "the offer's vesting, percent a year (default 25/25/25/25, "         \
	  "one-year cliff)")                                                   \
	P(PRIVATE, equity_private, FLAG, OFFER,                                \
	  "Private", "Priv.", "private-equity", "private_equity",              \
	  "private", "the offer's own equity is private (pre-IPO) too")        \
	P(VALUE, private_value_pct, PERCENT, OFFER,                            \
	  "Value %", "Val.", "equity-value", "equity_value_pct",               \
	  "value_pct", "count private (pre-IPO) equity at PCT% of its face "   \
	  "value")
/* clang-format on */

/* clang-format off */
enum part_id {
#define PART_ENUM(id, ...) PART_##id,
	OFFER_PARTS(PART_ENUM)
#undef PART_ENUM
	PART_COUNT
};
/* clang-format on */

enum part_kind {
	PART_AMOUNT,
	PART_GRANT,
	PART_AMOUNT_OR_PERCENT,
	PART_PERCENT,
	PART_SCHEDULE,
	PART_FLAG
};

#define OFFER_MAX_VEST_YEARS INPUT_MAX_YEARS

/* What each kind keeps in struct offer (see offer.h). */
#define PART_MEMBER_AMOUNT(m) amount_t m;
#define PART_MEMBER_GRANT(m) amount_t m;
#define PART_MEMBER_AMOUNT_OR_PERCENT(m)                                       \
	amount_t m;                                                            \
	double m##_pct;
#define PART_MEMBER_PERCENT(m) double m;
#define PART_MEMBER_SCHEDULE(m) double m[OFFER_MAX_VEST_YEARS];
#define PART_MEMBER_FLAG(m) bool m;
#define PART_MEMBER(id, member, kind, ...) PART_MEMBER_##kind(member)

struct part_info {
	enum part_kind kind;
	bool in_round;     /* scope ROUND */
	const char *label; /* "Sign-on" */
	const char *abbr;  /* "S-on" */
	const char *option, *json, *key;
	const char *help;
};

extern const struct part_info part_table[PART_COUNT];

static inline const struct part_info *part_info(enum part_id p)
{
	return &part_table[p];
}

/* Kinds that hold an amount of money (converted between currencies). */
static inline bool part_is_amount(enum part_id p)
{
	enum part_kind k = part_table[p].kind;
	return k == PART_AMOUNT || k == PART_GRANT ||
	       k == PART_AMOUNT_OR_PERCENT;
}

/* Kinds typed as text (all but flags). */
static inline bool part_is_text(enum part_id p)
{
	return part_table[p].kind != PART_FLAG;
}

/* The part whose option (without "--") or key is name; PART_COUNT when
 * none. */
enum part_id part_by_option(const char *name);
enum part_id part_by_key(const char *key);

#endif
