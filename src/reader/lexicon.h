/* lexicon.h - internal: the phrasings the prose reader understands, as
 * data.  figures.c expands these tables into arrays and applies them with
 * one matcher; adding a phrasing is adding a row.
 *
 * A row: X(match, "words", role, guard)
 *   match  W: the words, each whole ("walk away", "i'd like");
 *          P: the same, but the last word need only start with the
 *          text's ("counter" at "counters", "per year" at "per
 *          years").
 *   role   what the words say when they match (see below).
 *   guard  NULL, or the name of a function of figures.c that looks at the
 *          words around the match and gives the role, another role, or
 *          says the row does not apply here (the next row is tried).
 * The first row that applies wins: a row stands before the rows it must
 * win over ("no lower than" before "lower", "signing bonus" before
 * "bonus").
 *
 * Roles of a cue (LEXICON_CUES): the side the amounts after it are on.
 *   ASK      the candidate's target ask
 *   FLOOR    the accept-at floor
 *   COUNTER  the company's likely counter
 *   REF      a competing or current offer, or another's figure: never a
 *            figure of the negotiation
 *   MARKET   what the market pays: never a figure
 *   UNSET    words that look like a cue and are none ("counteroffer",
 *            "guaranteed minimum")
 * Conditions ("if", "unless") and relative changes ("+$20K", "an increase
 * of") are read by their own passes in figures.c.
 *
 * Roles of a part word (LEXICON_PARTS): BASE, EQUITY, SIGN_ON, BONUS,
 * TOTAL (a yearly total), OTHER (a figure of something else: a refresh, a
 * budget, a price).
 *
 * Change words (LEXICON_CHANGE) after an amount's part make the amount a
 * change of the figure, not the figure ("a $15K base increase", "a $50K
 * RSU uplift"): role CHANGE.
 *
 * Per-year words (LEXICON_PER_YEAR) make an equity figure one year of the
 * grant: AFTER only after the amount ("$70K a year in RSUs"), ANY also
 * before the part word ("annual equity of $60K", "$70K annual RSUs").
 */
#ifndef NEGOTIATOR_READER_LEXICON_H
#define NEGOTIATOR_READER_LEXICON_H

/* clang-format off */
#define LEXICON_CUES(X) \
	/* the strategy's own title asks nothing */ \
	X(W, "negotiate up strategy", UNSET, NULL) \
	/* the company's counter, or the candidate's */ \
	X(P, "counter", ASK, guard_counter) \
	X(W, "come back at", COUNTER, NULL) \
	X(W, "comes back at", COUNTER, NULL) \
	X(W, "come back with", COUNTER, NULL) \
	/* what the market pays */ \
	X(W, "market", MARKET, guard_market) \
	X(W, "median", MARKET, NULL) \
	X(W, "average", MARKET, NULL) \
	X(W, "percentile", MARKET, NULL) \
	X(P, "benchmark", MARKET, NULL) \
	X(W, "levels", MARKET, NULL) \
	X(W, "glassdoor", MARKET, NULL) \
	X(W, "bands", MARKET, NULL) \
	X(W, "reported", MARKET, NULL) \
	X(W, "historically", MARKET, NULL) \
	X(W, "based on", MARKET, NULL) \
	/* "adjusting the offer to $210K": the new offer is the ask */ \
	X(P, "offer", ASK, guard_offer_raised) \
	/* "valued at current 409A": a price */ \
	X(W, "current", UNSET, guard_price_follows) \
	X(W, "currently", UNSET, guard_price_follows) \
	/* offers held, current pay, what is forfeited: references ("I have
	 * conviction in ... and a $40K sign-on" holds no amount) */ \
	X(P, "offer", REF, NULL) \
	X(W, "offered", REF, NULL) \
	X(W, "offering", REF, NULL) \
	X(W, "competing", REF, NULL) \
	X(P, "competitor", REF, NULL) \
	X(W, "currently", REF, NULL) \
	X(W, "current", REF, NULL) \
	X(P, "earn", REF, NULL) \
	X(W, "pays", REF, NULL) \
	X(W, "paying", REF, NULL) \
	X(W, "paid", REF, NULL) \
	X(W, "makes", REF, NULL) \
	X(W, "making", REF, NULL) \
	X(W, "opens", REF, NULL) \
	X(W, "vs", REF, NULL) \
	X(W, "versus", REF, NULL) \
	X(W, "compared", REF, NULL) \
	X(W, "received", REF, NULL) \
	X(W, "receive", REF, NULL) \
	X(W, "forfeit", REF, NULL) \
	X(W, "forfeiting", REF, NULL) \
	X(W, "unvested", REF, NULL) \
	X(W, "leaving", REF, NULL) \
	X(W, "cliff", REF, NULL) \
	X(W, "equivalent", REF, NULL) \
	X(W, "projected", REF, NULL) \
	X(W, "cumulative", REF, NULL) \
	X(P, "alternative", REF, NULL) \
	X(W, "holding", REF, NULL) \
	/* "Google adds $40K"; "... and adding a $35K sign-on" goes on */ \
	X(W, "adds", REF, guard_adds) \
	X(W, "adding", REF, guard_adds) \
	X(W, "i have", REF, guard_holds) \
	X(W, "i've", REF, guard_holds) \
	X(W, "i hold", REF, guard_holds) \
	X(W, "comes in", REF, NULL) \
	X(W, "come in", REF, NULL) \
	X(W, "anchoring to", REF, NULL) \
	X(W, "anchoring on", REF, guard_anchor_on) \
	X(W, "anchor to", REF, NULL) \
	X(W, "anchor on", REF, guard_anchor_on) \
	X(W, "will likely", REF, NULL) \
	X(W, "can add", REF, NULL) \
	X(W, "could add", REF, NULL) \
	X(W, "would add", REF, NULL) \
	X(W, "will add", REF, NULL) \
	X(W, "they pay", REF, NULL) \
	X(W, "we pay", REF, NULL) \
	X(W, "cite", REF, NULL) \
	X(W, "citing", REF, NULL) \
	X(W, "reference", REF, NULL) \
	X(W, "referencing", REF, NULL) \
	/* "pay" is the market's verb, unless it is "base pay" */ \
	X(W, "pay", REF, guard_not_base_pay) \
	/* floors */ \
	X(W, "walk away", FLOOR, NULL) \
	X(W, "no lower than", FLOOR, NULL) \
	X(W, "not below", FLOOR, NULL) \
	X(W, "nothing below", FLOOR, NULL) \
	X(W, "never below", FLOOR, NULL) \
	X(W, "bottom line", FLOOR, NULL) \
	X(W, "go below", FLOOR, NULL) \
	X(W, "hold firm", FLOOR, NULL) \
	X(W, "must exceed", FLOOR, NULL) \
	X(W, "must reach", FLOOR, NULL) \
	X(W, "needs to exceed", FLOOR, NULL) \
	X(W, "needs to reach", FLOOR, NULL) \
	/* "a guaranteed bonus floor of 20%" is a bonus to ask for */ \
	X(P, "floor", UNSET, guard_bonus_floor) \
	X(P, "walk-away", FLOOR, NULL) \
	X(P, "walkaway", FLOOR, NULL) \
	X(P, "floor", FLOOR, NULL) \
	X(P, "accept-at", FLOOR, NULL) \
	X(W, "reconsider", FLOOR, NULL) \
	X(W, "deal-breaker", FLOOR, NULL) \
	X(W, "lowest", FLOOR, NULL) \
	X(W, "minimum", FLOOR, guard_minimum) \
	X(W, "min", FLOOR, guard_minimum) \
	X(P, "accept", FLOOR, guard_accept) \
	/* asks */ \
	X(W, "target", ASK, guard_target) \
	X(P, "anchor", ASK, guard_anchor) \
	X(P, "push", ASK, NULL) \
	X(W, "targeting", ASK, NULL) \
	X(W, "targets", ASK, NULL) \
	X(W, "request", ASK, NULL) \
	X(W, "requesting", ASK, NULL) \
	X(W, "requested", ASK, NULL) \
	X(W, "propose", ASK, NULL) \
	X(W, "proposing", ASK, NULL) \
	X(W, "seek", ASK, NULL) \
	X(W, "seeking", ASK, NULL) \
	X(W, "insist", ASK, NULL) \
	X(W, "insisting", ASK, NULL) \
	X(W, "aim", ASK, NULL) \
	X(W, "aiming", ASK, NULL) \
	X(W, "securing", ASK, NULL) \
	X(W, "negotiate", ASK, NULL) \
	X(W, "negotiating", ASK, NULL) \
	X(W, "anchoring", ASK, NULL) \
	X(W, "anchored", ASK, NULL) \
	X(W, "goal", ASK, NULL) \
	X(W, "my ask", ASK, NULL) \
	X(W, "ask for", ASK, NULL) \
	X(W, "asking for", ASK, NULL) \
	X(W, "ask is", ASK, NULL) \
	X(W, "open at", ASK, NULL) \
	X(W, "open with", ASK, NULL) \
	X(W, "open by", ASK, NULL) \
	X(W, "opening at", ASK, NULL) \
	X(W, "opening with", ASK, NULL) \
	X(W, "start at", ASK, NULL) \
	X(W, "start with", ASK, NULL) \
	X(W, "i need", ASK, NULL) \
	X(W, "i'd need", ASK, NULL) \
	X(W, "would need", ASK, NULL) \
	X(W, "i'll need", ASK, NULL) \
	X(W, "we need", ASK, NULL) \
	X(W, "need", ASK, NULL) \
	X(W, "looking for", ASK, NULL) \
	X(W, "i'd like", ASK, NULL) \
	/* "I'd welcome a $30K sign-on" after the floor: an ask again */ \
	X(W, "i'd welcome", ASK, NULL) \
	X(W, "would welcome", ASK, NULL) \
	X(W, "i'd prefer", ASK, NULL) \
	X(W, "would prefer", ASK, NULL) \
	X(W, "would value", ASK, NULL) \
	X(W, "would like", ASK, NULL) \
	X(W, "i believe", ASK, NULL) \
	X(W, "i want", ASK, NULL) \
	X(W, "go for", ASK, NULL) \
	X(W, "hold out for", ASK, NULL) \
	X(W, "ask", ASK, NULL) \
	X(W, "asks", ASK, NULL) \
	X(W, "asking", ASK, NULL) \
	X(W, "requires", ASK, NULL) \
	X(W, "require", ASK, NULL) \
	/* "To join: $285K base ...": what it takes, said first */ \
	X(W, "to join", ASK, guard_clause_head) \
	X(W, "to accept", ASK, guard_clause_head) \
	X(W, "to sign", ASK, guard_clause_head) \
	X(W, "to choose", ASK, guard_clause_head) \
	X(W, "to move", ASK, guard_clause_head) \
	X(W, "to say yes", ASK, guard_clause_head)

#define LEXICON_PARTS(X) \
	/* sign-on */ \
	X(W, "sign on bonus", SIGN_ON, NULL) \
	X(W, "sign on", SIGN_ON, NULL) \
	X(W, "signing bonus", SIGN_ON, NULL) \
	X(W, "joining bonus", SIGN_ON, NULL) \
	X(W, "hiring bonus", SIGN_ON, NULL) \
	X(W, "new hire bonus", SIGN_ON, NULL) \
	X(W, "sign-on bonus", SIGN_ON, NULL) \
	X(W, "signon bonus", SIGN_ON, NULL) \
	X(P, "sign-on", SIGN_ON, NULL) \
	X(P, "signing", SIGN_ON, NULL) \
	X(P, "signon", SIGN_ON, NULL) \
	X(W, "sign-in", SIGN_ON, NULL) \
	/* base */ \
	X(W, "base salary", BASE, NULL) \
	X(W, "base pay", BASE, NULL) \
	X(W, "base comp", BASE, NULL) \
	X(W, "base", BASE, NULL) \
	X(W, "salary", BASE, NULL) \
	X(W, "salaries", BASE, NULL) \
	/* a yearly total */ \
	X(W, "total comp", TOTAL, NULL) \
	X(W, "total compensation", TOTAL, NULL) \
	X(W, "total package", TOTAL, NULL) \
	X(W, "total pay", TOTAL, NULL) \
	X(W, "total annual comp", TOTAL, NULL) \
	X(W, "total annual compensation", TOTAL, NULL) \
	X(W, "total cash comp", TOTAL, NULL) \
	X(W, "tc", TOTAL, NULL) \
	X(W, "all-in", TOTAL, NULL) \
	X(W, "comp", TOTAL, guard_yearly_before) \
	X(W, "compensation", TOTAL, guard_yearly_before) \
	X(W, "package", TOTAL, guard_yearly_before) \
	X(W, "total", TOTAL, guard_total_alone) \
	/* the yearly bonus, or a sign-on named after its bonus */ \
	X(P, "bonus", SIGN_ON, guard_signing_before) \
	X(W, "bonus target", BONUS, NULL) \
	X(W, "target bonus", BONUS, NULL) \
	X(W, "performance bonus", BONUS, NULL) \
	X(W, "annual bonus", BONUS, NULL) \
	X(P, "bonus", BONUS, guard_other_bonus) \
	/* equity */ \
	X(W, "phantom equity", EQUITY, NULL) \
	X(W, "profit interests", EQUITY, NULL) \
	X(W, "stock options", EQUITY, NULL) \
	X(W, "equity grant", EQUITY, NULL) \
	X(W, "rsu grant", EQUITY, NULL) \
	X(W, "option grant", EQUITY, NULL) \
	X(W, "options grant", EQUITY, NULL) \
	X(W, "equity", EQUITY, NULL) \
	X(W, "rsu", EQUITY, NULL) \
	X(W, "rsus", EQUITY, NULL) \
	X(W, "stock", EQUITY, NULL) \
	X(W, "stocks", EQUITY, NULL) \
	X(W, "options", EQUITY, NULL) \
	X(W, "option", EQUITY, NULL) \
	X(W, "shares", EQUITY, NULL) \
	X(W, "psu", EQUITY, NULL) \
	X(W, "psus", EQUITY, NULL) \
	X(W, "units", EQUITY, NULL) \
	X(W, "ppus", EQUITY, NULL) \
	X(W, "ppu", EQUITY, NULL) \
	X(W, "piu", EQUITY, NULL) \
	X(W, "pius", EQUITY, NULL) \
	/* "grant" after "refresh" is not the initial grant */ \
	X(W, "grant", EQUITY, guard_refresh_grant) \
	X(W, "grants", EQUITY, guard_refresh_grant) \
	/* profit sharing is paid yearly in cash: a bonus */ \
	X(W, "profit sharing", BONUS, NULL) \
	X(W, "profit-sharing", BONUS, NULL) \
	/* "the RSU package": equity; "a dual-currency package": the whole */ \
	X(W, "package", TOTAL, guard_part_before) \
	X(W, "packages", TOTAL, guard_part_before) \
	/* figures of other things */ \
	X(W, "refresh", OTHER, NULL) \
	X(W, "refresher", OTHER, NULL) \
	X(W, "refreshers", OTHER, NULL) \
	X(W, "refreshes", OTHER, NULL) \
	X(W, "budget", OTHER, NULL) \
	X(W, "stipend", OTHER, NULL) \
	X(W, "allowance", OTHER, NULL) \
	X(W, "carry", OTHER, NULL) \
	X(W, "severance", OTHER, NULL) \
	X(W, "valuation", OTHER, NULL) \
	X(W, "revenue", OTHER, NULL) \
	X(W, "arr", OTHER, NULL) \
	X(W, "funding", OTHER, NULL) \
	X(W, "price", OTHER, NULL) \
	X(W, "deal", OTHER, NULL) \
	X(W, "deals", OTHER, NULL) \
	X(W, "spend", OTHER, NULL) \
	X(W, "savings", OTHER, NULL) \
	X(W, "cost", OTHER, NULL) \
	X(W, "costs", OTHER, NULL) \
	X(W, "premium", OTHER, NULL) \
	X(W, "profit", OTHER, NULL) \
	X(W, "profits", OTHER, NULL) \
	X(W, "commission", OTHER, NULL) \
	X(W, "commissions", OTHER, NULL) \
	X(W, "relocation", OTHER, NULL) \
	X(W, "retention", OTHER, NULL) \
	X(W, "acceleration", OTHER, NULL) \
	X(W, "buyout", OTHER, NULL) \
	X(W, "loan", OTHER, NULL) \
	X(W, "pool", OTHER, NULL) \
	X(W, "tuition", OTHER, NULL) \
	X(W, "training", OTHER, NULL) \
	X(W, "certification", OTHER, NULL) \
	X(W, "conference", OTHER, NULL) \
	X(W, "equipment", OTHER, NULL) \
	X(W, "contract", OTHER, NULL) \
	X(W, "fund", OTHER, NULL) \
	X(W, "gap", OTHER, NULL) \
	X(W, "value", OTHER, NULL) \
	X(W, "difference", OTHER, NULL) \
	X(W, "delta", OTHER, NULL) \
	X(W, "uplift", OTHER, NULL) \
	X(W, "cap", OTHER, NULL) \
	X(W, "jv", OTHER, NULL) \
	X(W, "acquisition", OTHER, NULL) \
	X(W, "round", OTHER, NULL) \
	X(W, "market", OTHER, NULL) \
	X(W, "sales", OTHER, NULL) \
	X(W, "quota", OTHER, NULL) \
	X(W, "ote", OTHER, NULL) \
	X(W, "backfill", OTHER, NULL) \
	X(P, "milestone", OTHER, NULL)

#define LEXICON_CHANGE(X) \
	X(P, "increase", CHANGE, NULL) \
	X(P, "adjustment", CHANGE, NULL) \
	X(P, "uplift", CHANGE, NULL) \
	X(P, "boost", CHANGE, NULL) \
	X(P, "bump", CHANGE, NULL) \
	X(W, "raise", CHANGE, NULL) \
	X(W, "raises", CHANGE, NULL) \
	X(P, "hike", CHANGE, NULL) \
	X(P, "increment", CHANGE, NULL) \
	X(P, "top-up", CHANGE, NULL) \
	X(W, "jump", CHANGE, NULL)

#define LEXICON_PER_YEAR(X) \
	X(P, "per year", AFTER, NULL) \
	X(P, "a year", AFTER, NULL) \
	X(P, "each year", AFTER, NULL) \
	X(W, "per annum", AFTER, NULL) \
	X(W, "annually", ANY, NULL) \
	X(W, "yearly", ANY, NULL) \
	X(W, "annualized", ANY, NULL) \
	X(W, "annualised", ANY, NULL) \
	X(W, "annual", ANY, NULL) \
	X(W, "per-year", ANY, NULL)
/* clang-format on */

#endif
