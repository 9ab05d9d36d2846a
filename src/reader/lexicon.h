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
 *   SUM      the side of the figures before it in the sentence ("...,
 *            bringing total comp to $370K")
 *   ARGUMENT a comparison after an amount of the candidate's own ("my
 *            $285K total comp exceeds ..."): the amount is an argument,
 *            neither ask nor floor (the pass "arguments" of figures.c)
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
 * * The tables of the other readers (competing.c, premium.c) are rows of the
 * same shape, applied by the one text matcher below (lexicon_at,
 * lexicon_find, lexicon_word); their roles are enum lexicon_role's
 * (LEXR_ + the role), their guard always NULL:
 *   LEXICON_NAME_WORDS  capitalised words that name no company: PLAIN,
 *            JOINING (opens a sentence: "Additionally,"), CALENDAR, TRADE
 *            (roles, levels, pay terms), EXCHANGE ("NYSE"), TICKER
 *            ("ticker: WISE"), YARDSTICK (after a hyphen: "Google-level"),
 *            THING (ends or follows a thing's name: "Premium", "vision"),
 *            PLACE (a city: a scope word).
 *   LEXICON_OFFER       how a script speaks of a competing offer: OFFER (a
 *            sentence about offers), COMPETING (a competing offer said
 *            outright), RIVAL (the same beside an offer word: "another"),
 *            GOES_ON (a sentence that goes on the one before: "That's"),
 *            NAME_NEXT (what may follow a company's name opening a
 *            sentence), OFFER_VERB, OFFER_GRANT (after a name in a
 *            sentence about offers), OFFER_PAYS (with a figure after).
 *   LEXICON_OFFER_PARTS the part a competitor's figure is (BASE, GRANT,
 *            TOTAL, SIGN_ON, BONUS).
 *   LEXICON_PREMIUM     the premium's words (premium.c): GENERIC (a name
 *            never ends with), PRODUCT ("premium subscribers"), BREAKS
 *            (a percent and "premium" two things), FOR_END ("for Rust
 *            skills"), CLAIM and CLAIM_SKIP ("are worth a": the role is
 *            said to command it), RELATIVE ("who": a subject that is a
 *            clause names nothing), LINK ("commands a"), OPENS (a noun
 *            phrase), LEAD,
 *            TRAIL, TITLE_SKILL (the TRAIL words a block's title keeps:
 *            "Ledger Domain Expertise"), NOT_ROLE (illiquidity, travel, a
 *            place), NO_NAME,
 *            OPENER, CLAUSE (no name), PCT_LINK ("premium of 20%",
 *            "premium is 20%"), TITLE_PREMIUM, TITLE_TAIL and
 *            TITLE_VERB (a block's title), REQUEST (the candidate's own
 *            ask), SKILL_LEAD ("If you have experience shipping X, you
 *            command ...": the skill follows); and in LEXICON_PREMIUM_PART (a
 * table of its own, looked up at every word of a sentence): TARGET_EQUITY,
 * TARGET_BASE, TARGET_TOTAL (the part it goes on), PUT_ON ("on top of": the
 * part after says where it goes), PUT_IN ("the grant should include": the part
 * before), MEASURED_ON ("15% above standard comp": the pay it is measured on,
 * when nothing says where it goes), OWN_ASK (the candidate asks: "I'd like",
 * before the percent in its sentence, no claim after it), OWN_IF (a sentence or
 *            block opening "If you have ...", "If working on ...": with
 *            a REQUEST before the percent), MARKET_IF ("In a market
 *            where ..."), ILLIQUID ("over liquid" equity): a premium the
 *            candidate's own or others', never the role's (a skill's
 *            premium is the role's: the rule of 2026-12-07); NAMED_BANDS
 * ("under" the firm's "Core Ledger" pay bands: the premium's name); SCRIPT_ASK
 * ("should be" in the candidate's quoted script): the candidate's request;
 * BAND_NOTE ("Premium applied" in a note under a band table: the table's
 * ranges hold it).
 *   LEXICON_GRANT_YEARS the years a figure covers: ONE_YEAR ("RSU/yr"),
 *            FOUR_YEARS ("over four years").  A row that starts with a
 *            mark ("/yr") may follow a word at once.
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
	/* "the 75th percentile is $300K"; "comp at the 70th percentile —
	 * $450K" places the ask */ \
	X(W, "percentile", MARKET, guard_percentile) \
	X(P, "benchmark", MARKET, NULL) \
	/* "insist on RSU grants at US-equivalent levels ($55K-$100K/year)"
	 * says where the ask sits */ \
	X(W, "levels", MARKET, guard_at_level) \
	X(W, "glassdoor", MARKET, NULL) \
	X(W, "bands", MARKET, NULL) \
	/* "Staff roles elsewhere are at $480K TC": other roles' pay */ \
	X(W, "roles are", MARKET, NULL) \
	X(W, "reported", MARKET, NULL) \
	X(W, "historically", MARKET, NULL) \
	X(W, "based on", MARKET, NULL) \
	/* "the firm's comp data shows Level 62 at $300K TC": what data says
	 * the market pays */ \
	X(W, "data shows", MARKET, NULL) \
	X(W, "data show", MARKET, NULL) \
	/* "sign-ons typically range $15K-$35K", "can typically approve up to
	 * $35K": what is usual, no one's ask */ \
	X(W, "typically", MARKET, NULL) \
	/* "Level 61 in Seattle commands $250K TC": what a level is paid */ \
	X(W, "commands", MARKET, NULL) \
	X(W, "command", MARKET, NULL) \
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
	/* "those two terms are worth $60K": a value put on something, not
	 * a figure to ask for */ \
	X(W, "are worth", REF, NULL) \
	X(W, "is worth", REF, NULL) \
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
	/* "a one-year cliff", "a 12-month cliff": a vesting term, no amount
	 * held */ \
	X(W, "cliff", REF, guard_cliff) \
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
	/* "my target to accept is $395K": the ask, not a floor */ \
	X(W, "target to accept", ASK, NULL) \
	X(W, "target", ASK, guard_target) \
	X(P, "anchor", ASK, guard_anchor) \
	X(P, "push", ASK, NULL) \
	/* "Close gaps through sign-on ($40K-$80K)": what to ask for */ \
	X(W, "close gaps through", ASK, NULL) \
	X(W, "close the gap with", ASK, NULL) \
	/* "My target is $355K. We could reach this with base at $238K, ...":
	 * the parts that make up the ask just said are asked for too */ \
	X(W, "reach this with", ASK, NULL) \
	X(W, "reach that with", ASK, NULL) \
	X(W, "get there with", ASK, NULL) \
	X(W, "get there through", ASK, NULL) \
	/* "Base, equity and bonus together should reach $245K first-year TC":
	 * where the set is to come to is asked, no outcome of its parts */ \
	X(W, "should reach", ASK, NULL) \
	X(W, "targeting", ASK, NULL) \
	/* "bonus targets (+$15K ... range)" is the part's plural, no cue */ \
	X(W, "targets", ASK, guard_target) \
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
	/* "Extract a $6K-$14K signing bonus for choosing ..." */ \
	X(P, "extract", ASK, NULL) \
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
	/* "that scope should come with a 15% bonus target" */ \
	X(W, "should come with", ASK, NULL) \
	X(W, "would prefer", ASK, NULL) \
	/* "I strongly prefer ... a sign-on bonus of $35K-$50K" */ \
	X(W, "prefer", ASK, NULL) \
	X(W, "would value", ASK, NULL) \
	/* "My floor is $300K. I'd value a sign-on of $30K": an ask again */ \
	X(W, "i'd value", ASK, NULL) \
	X(W, "would like", ASK, NULL) \
	X(W, "i believe", ASK, NULL) \
	X(W, "i want", ASK, NULL) \
	X(W, "go for", ASK, NULL) \
	X(W, "hold out for", ASK, NULL) \
	X(W, "ask", ASK, NULL) \
	X(W, "asks", ASK, NULL) \
	X(W, "asking", ASK, NULL) \
	/* "... justifies total comp in the $480K-$510K range" */ \
	X(W, "justifies", ASK, NULL) \
	X(W, "justify", ASK, NULL) \
	X(W, "warrants", ASK, NULL) \
	/* "a bet that deserves a $10K-$25K signing bonus" */ \
	X(W, "deserves", ASK, NULL) \
	X(W, "deserve", ASK, NULL) \
	X(W, "requires", ASK, NULL) \
	X(W, "require", ASK, NULL) \
	/* "To join: $285K base ...": what it takes, said first */ \
	X(W, "to join", ASK, guard_clause_head) \
	X(W, "to accept", ASK, guard_clause_head) \
	X(W, "to sign", ASK, guard_clause_head) \
	X(W, "to choose", ASK, guard_clause_head) \
	X(W, "to move", ASK, guard_clause_head) \
	X(W, "to say yes", ASK, guard_clause_head) \
	/* "I'd also like a 15% bonus" after the floor: an ask again */ \
	X(W, "i'd also like", ASK, NULL) \
	X(W, "i would also like", ASK, NULL) \
	X(W, "i'd also want", ASK, NULL) \
	X(W, "i also want", ASK, NULL) \
	/* "..., bringing first-year comp to $370K": what the figures before
	 * it come to, on their side */ \
	X(W, "bringing", SUM, NULL) \
	X(W, "brings", SUM, NULL) \
	/* a comparison after the candidate's own amount makes it an argument:
	 * "my $285K total comp exceeds ..." */ \
	X(W, "exceeds", ARGUMENT, guard_argument) \
	X(W, "surpasses", ARGUMENT, guard_argument) \
	X(W, "outpaces", ARGUMENT, guard_argument) \
	X(W, "beats", ARGUMENT, guard_argument) \
	/* "my comp at $175K TC represents a fair margin on what I bill" */ \
	X(W, "represents", ARGUMENT, guard_argument)

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
	/* "$290K all-cash": the whole cash pay, a yearly total */ \
	X(W, "all-cash", TOTAL, NULL) \
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
	X(P, "milestone", OTHER, NULL) \
	/* "an allocation of $1M+" in a fund is no pay; "RSU allocation",
	 * "base allocation" are the part before */ \
	X(W, "allocation", OTHER, guard_part_before) \
	/* "a guaranteed first-year bonus at 100% of target": the bonus
	 * measured on its own target, no percent of base */ \
	X(W, "target", OTHER, guard_of_target)

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
	X(W, "jump", CHANGE, NULL) \
	/* "a 15% base premium": a part raised by a share of itself */ \
	X(W, "premium", CHANGE, NULL)

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

/* Words after "N-year" that make it no vesting period (figures.c): "a
 * 1-year cliff", "a 2-year commitment", "a 4-year stay" say how long
 * something else lasts, not over how many years the grant vests. */
#define LEXICON_NOT_VEST(X) \
	X(W, "cliff", NOT_VEST, NULL) \
	X(P, "commitment", NOT_VEST, NULL) \
	X(W, "stay", NOT_VEST, NULL) \
	X(W, "tenure", NOT_VEST, NULL)

/* Words of a main clause that says the candidate takes the deal, after
 * an "if" clause: its amounts are floors (figures.c, mark_conditions):
 * "If ..., I'll accept with ...", "..., I'm ready to sign", "If the RSU
 * grant lands at $235K+ ..., I'm committed". */
#define LEXICON_SAYS_YES(X) \
	X(P, "accept", YES, NULL) X(W, "sign", YES, NULL) \
	X(W, "committed", YES, NULL) X(W, "i'll commit", YES, NULL)

/* A range that spans the regions is no one region's figure (figures.c,
 * the pass "spread"): "total comp of $400K-$590K depending on level and
 * region".  SPREAD words after the amount in its clause, then an OVER
 * word within four words of them. */
#define LEXICON_SPREAD(X) \
	X(W, "depending on", SPREAD, NULL) X(W, "varies by", SPREAD, NULL) \
	X(W, "region", OVER, NULL) X(W, "location", OVER, NULL) \
	X(W, "geography", OVER, NULL)

/* Words after a number with no currency that make it a count, not money
 * (figures.c): "serving 4.6M+ merchants", "80M users", "2M developers". */
#define LEXICON_COUNTED(X) \
	X(W, "users", COUNTED, NULL) X(W, "customers", COUNTED, NULL) \
	X(W, "accounts", COUNTED, NULL) X(W, "merchants", COUNTED, NULL) \
	X(W, "developers", COUNTED, NULL) X(W, "sellers", COUNTED, NULL) \
	X(W, "companies", COUNTED, NULL) X(W, "subscribers", COUNTED, NULL) \
	X(W, "members", COUNTED, NULL) X(W, "consumers", COUNTED, NULL) \
	X(W, "riders", COUNTED, NULL) X(W, "connections", COUNTED, NULL) \
	X(W, "cardholders", COUNTED, NULL) X(W, "businesses", COUNTED, NULL) \
	X(W, "people", COUNTED, NULL) X(W, "players", COUNTED, NULL) \
	X(W, "patients", COUNTED, NULL) X(W, "listings", COUNTED, NULL) \
	X(W, "orders", COUNTED, NULL) X(W, "creators", COUNTED, NULL) \
	X(W, "cards", COUNTED, NULL) X(W, "devices", COUNTED, NULL) \
	X(W, "employees", COUNTED, NULL) X(W, "transactions", COUNTED, NULL)

/* Conditions (figures.c): the figures of an "if" clause are hypotheses
 * ("If Kraken opens at $178K base"), or say when the candidate accepts
 * ("accept if total comp exceeds $230K").  IF opens one anywhere, HEAD
 * only at the head of its clause ("Should they balk, ...").  A counter
 * in a condition is a hypothesis, not the company's counter (the counter
 * rule of tests/corpus/README.md): "In case they counter at $200K, ...",
 * "Suppose they come back at $200K: ...". */
#define LEXICON_CONDITION(X) \
	X(W, "if", IF, NULL) \
	X(W, "unless", IF, NULL) \
	X(W, "when", IF, NULL) \
	X(W, "once", IF, NULL) \
	X(W, "in case", IF, NULL) \
	X(W, "in the event", IF, NULL) \
	X(W, "should", HEAD, NULL) \
	X(W, "whether", IF, NULL) \
	X(W, "suppose", HEAD, NULL) \
	X(W, "supposing", HEAD, NULL) \
	X(W, "assuming", HEAD, NULL) \
	X(W, "were", HEAD, NULL)

/* Relative amounts (figures.c): a word right after (AFTER) or before
 * (BEFORE) an amount, or either (BOTH), makes it relative to another
 * figure, a conversion or a price: "$20K more", "10% above their offer",
 * "from $165K", "an extra $10K". */
#define LEXICON_RELATIVE(X) \
	X(W, "more", AFTER, NULL) X(W, "above", AFTER, NULL) \
	X(W, "over", AFTER, NULL) X(W, "higher", AFTER, NULL) \
	X(W, "increase", AFTER, NULL) X(W, "raise", AFTER, NULL) \
	X(W, "bump", AFTER, NULL) X(W, "premium", AFTER, NULL) \
	X(W, "uplift", AFTER, NULL) X(W, "below", AFTER, NULL) \
	X(W, "under", AFTER, NULL) X(W, "less", AFTER, NULL) \
	X(W, "lower", AFTER, NULL) X(W, "extra", BOTH, NULL) \
	X(W, "equivalent", AFTER, NULL) X(W, "boost", AFTER, NULL) \
	X(W, "jump", AFTER, NULL) X(W, "discount", AFTER, NULL) \
	X(W, "haircut", AFTER, NULL) X(W, "off", AFTER, NULL) \
	X(W, "beyond", AFTER, NULL) X(W, "per", AFTER, NULL) \
	X(W, "from", BEFORE, NULL) X(W, "additional", BEFORE, NULL) \
	X(W, "another", BEFORE, NULL) X(W, "plus", BEFORE, NULL) \
	X(W, "by", BEFORE, NULL) X(W, "vs", BEFORE, NULL) \
	X(W, "versus", BEFORE, NULL)

#define LEXICON_NAME_WORDS(X) \
	/* words that start a sentence or stand capitalised without naming a company */ \
	X(W, "a", PLAIN, NULL) X(W, "about", PLAIN, NULL) X(W, "after", PLAIN, NULL) \
	X(W, "again", PLAIN, NULL) X(W, "all", PLAIN, NULL) X(W, "also", PLAIN, NULL) \
	X(W, "although", PLAIN, NULL) X(W, "an", PLAIN, NULL) X(W, "and", PLAIN, NULL) \
	X(W, "any", PLAIN, NULL) X(W, "are", PLAIN, NULL) X(W, "as", PLAIN, NULL) \
	X(W, "at", PLAIN, NULL) X(W, "based", PLAIN, NULL) X(W, "because", PLAIN, NULL) \
	X(W, "before", PLAIN, NULL) X(W, "beyond", PLAIN, NULL) X(W, "both", PLAIN, NULL) \
	X(W, "but", PLAIN, NULL) X(W, "by", PLAIN, NULL) X(W, "can", PLAIN, NULL) \
	X(W, "combined", PLAIN, NULL) X(W, "compared", PLAIN, NULL) X(W, "considering", PLAIN, NULL) \
	X(W, "could", PLAIN, NULL) X(W, "currently", PLAIN, NULL) X(W, "each", PLAIN, NULL) \
	X(W, "either", PLAIN, NULL) X(W, "even", PLAIN, NULL) X(W, "every", PLAIN, NULL) \
	X(W, "for", PLAIN, NULL) X(W, "from", PLAIN, NULL) X(W, "given", PLAIN, NULL) \
	X(W, "happy", PLAIN, NULL) X(W, "having", PLAIN, NULL) X(W, "here", PLAIN, NULL) \
	X(W, "how", PLAIN, NULL) X(W, "however", PLAIN, NULL) X(W, "i", PLAIN, NULL) \
	X(W, "i'd", PLAIN, NULL) X(W, "i'll", PLAIN, NULL) X(W, "i'm", PLAIN, NULL) \
	X(W, "i've", PLAIN, NULL) X(W, "if", PLAIN, NULL) X(W, "in", PLAIN, NULL) \
	X(W, "including", PLAIN, NULL) X(W, "instead", PLAIN, NULL) X(W, "is", PLAIN, NULL) \
	X(W, "it", PLAIN, NULL) X(W, "it's", PLAIN, NULL) X(W, "its", PLAIN, NULL) \
	X(W, "just", PLAIN, NULL) X(W, "let", PLAIN, NULL) X(W, "let's", PLAIN, NULL) \
	X(W, "looking", PLAIN, NULL) X(W, "many", PLAIN, NULL) X(W, "matching", PLAIN, NULL) \
	X(W, "meanwhile", PLAIN, NULL) X(W, "most", PLAIN, NULL) X(W, "my", PLAIN, NULL) \
	X(W, "neither", PLAIN, NULL) X(W, "no", PLAIN, NULL) X(W, "not", PLAIN, NULL) \
	X(W, "now", PLAIN, NULL) X(W, "of", PLAIN, NULL) X(W, "on", PLAIN, NULL) \
	X(W, "once", PLAIN, NULL) X(W, "one", PLAIN, NULL) X(W, "or", PLAIN, NULL) \
	X(W, "other", PLAIN, NULL) X(W, "our", PLAIN, NULL) X(W, "over", PLAIN, NULL) \
	X(W, "plus", PLAIN, NULL) X(W, "right", PLAIN, NULL) X(W, "since", PLAIN, NULL) \
	X(W, "so", PLAIN, NULL) X(W, "that", PLAIN, NULL) X(W, "that's", PLAIN, NULL) \
	X(W, "the", PLAIN, NULL) X(W, "their", PLAIN, NULL) X(W, "then", PLAIN, NULL) \
	X(W, "there", PLAIN, NULL) X(W, "these", PLAIN, NULL) X(W, "they", PLAIN, NULL) \
	X(W, "this", PLAIN, NULL) X(W, "those", PLAIN, NULL) X(W, "though", PLAIN, NULL) \
	X(W, "to", PLAIN, NULL) X(W, "today", PLAIN, NULL) X(W, "together", PLAIN, NULL) \
	X(W, "someone", PLAIN, NULL) X(W, "everyone", PLAIN, NULL) X(W, "anyone", PLAIN, NULL) \
	X(W, "nobody", PLAIN, NULL) X(W, "several", PLAIN, NULL) X(W, "above", PLAIN, NULL) \
	X(W, "another", PLAIN, NULL) X(W, "below", PLAIN, NULL) X(W, "beneath", PLAIN, NULL) \
	X(W, "within", PLAIN, NULL) X(W, "during", PLAIN, NULL) X(W, "until", PLAIN, NULL) \
	X(W, "unless", PLAIN, NULL) X(W, "whether", PLAIN, NULL) X(W, "pre-ipo", PLAIN, NULL) \
	X(W, "post-ipo", PLAIN, NULL) X(W, "competing", PLAIN, NULL) X(W, "competitive", PLAIN, NULL) \
	X(W, "under", PLAIN, NULL) X(W, "unlike", PLAIN, NULL) X(W, "what", PLAIN, NULL) \
	X(W, "when", PLAIN, NULL) X(W, "where", PLAIN, NULL) X(W, "whereas", PLAIN, NULL) \
	X(W, "which", PLAIN, NULL) X(W, "while", PLAIN, NULL) X(W, "who", PLAIN, NULL) \
	X(W, "why", PLAIN, NULL) X(W, "with", PLAIN, NULL) X(W, "without", PLAIN, NULL) \
	X(W, "would", PLAIN, NULL) X(W, "yes", PLAIN, NULL) X(W, "you", PLAIN, NULL) \
	X(W, "your", PLAIN, NULL) \
	/* words that join a sentence to the one before or ask ("Additionally,", "Push for") */ \
	X(W, "additionally", JOINING, NULL) X(W, "alternatively", JOINING, NULL) X(W, "ask", JOINING, NULL) \
	X(W, "besides", JOINING, NULL) X(W, "consider", JOINING, NULL) X(W, "conversely", JOINING, NULL) \
	X(W, "finally", JOINING, NULL) X(W, "first", JOINING, NULL) X(W, "furthermore", JOINING, NULL) \
	X(W, "grant", JOINING, NULL) X(W, "hence", JOINING, NULL) X(W, "holding", JOINING, NULL) \
	X(W, "importantly", JOINING, NULL) X(W, "lastly", JOINING, NULL) X(W, "likewise", JOINING, NULL) \
	X(W, "match", JOINING, NULL) X(W, "moreover", JOINING, NULL) X(W, "nevertheless", JOINING, NULL) \
	X(W, "next", JOINING, NULL) X(W, "nonetheless", JOINING, NULL) X(W, "note", JOINING, NULL) \
	X(W, "otherwise", JOINING, NULL) X(W, "overall", JOINING, NULL) X(W, "push", JOINING, NULL) \
	X(W, "regardless", JOINING, NULL) X(W, "remember", JOINING, NULL) X(W, "request", JOINING, NULL) \
	X(W, "second", JOINING, NULL) X(W, "similarly", JOINING, NULL) X(W, "specifically", JOINING, NULL) \
	X(W, "still", JOINING, NULL) X(W, "therefore", JOINING, NULL) X(W, "third", JOINING, NULL) \
	X(W, "thus", JOINING, NULL) X(W, "ultimately", JOINING, NULL) X(W, "yet", JOINING, NULL) \
	/* months and days: dates, not companies */ \
	X(W, "apr", CALENDAR, NULL) X(W, "april", CALENDAR, NULL) X(W, "aug", CALENDAR, NULL) \
	X(W, "august", CALENDAR, NULL) X(W, "dec", CALENDAR, NULL) X(W, "december", CALENDAR, NULL) \
	X(W, "feb", CALENDAR, NULL) X(W, "february", CALENDAR, NULL) X(W, "friday", CALENDAR, NULL) \
	X(W, "jan", CALENDAR, NULL) X(W, "january", CALENDAR, NULL) X(W, "jul", CALENDAR, NULL) \
	X(W, "july", CALENDAR, NULL) X(W, "jun", CALENDAR, NULL) X(W, "june", CALENDAR, NULL) \
	X(W, "mar", CALENDAR, NULL) X(W, "march", CALENDAR, NULL) X(W, "may", CALENDAR, NULL) \
	X(W, "monday", CALENDAR, NULL) X(W, "nov", CALENDAR, NULL) X(W, "november", CALENDAR, NULL) \
	X(W, "oct", CALENDAR, NULL) X(W, "october", CALENDAR, NULL) X(W, "sep", CALENDAR, NULL) \
	X(W, "sept", CALENDAR, NULL) X(W, "september", CALENDAR, NULL) X(W, "thursday", CALENDAR, NULL) \
	X(W, "tuesday", CALENDAR, NULL) X(W, "wednesday", CALENDAR, NULL) \
	/* words of the trade: roles, levels, pay terms, places in general */ \
	X(W, "agentic", TRADE, NULL) X(W, "ai", TRADE, NULL) X(W, "analyst", TRADE, NULL) \
	X(W, "apac", TRADE, NULL) X(W, "architect", TRADE, NULL) X(W, "area", TRADE, NULL) \
	X(W, "bay", TRADE, NULL) X(W, "ceo", TRADE, NULL) X(W, "cto", TRADE, NULL) \
	X(W, "premium", TRADE, NULL) X(W, "devops", TRADE, NULL) X(W, "mlops", TRADE, NULL) \
	X(W, "applied", TRADE, NULL) X(W, "cloud", TRADE, NULL) X(W, "infrastructure", TRADE, NULL) \
	X(W, "intelligence", TRADE, NULL) X(W, "learning", TRADE, NULL) X(W, "machine", TRADE, NULL) \
	X(W, "operations", TRADE, NULL) X(W, "platform", TRADE, NULL) X(W, "program", TRADE, NULL) \
	X(W, "research", TRADE, NULL) X(W, "security", TRADE, NULL) X(W, "solutions", TRADE, NULL) \
	X(W, "systems", TRADE, NULL) X(W, "technical", TRADE, NULL) X(W, "thank", TRADE, NULL) \
	X(W, "thanks", TRADE, NULL) X(W, "data", TRADE, NULL) X(W, "day", TRADE, NULL) \
	X(W, "design", TRADE, NULL) X(W, "designer", TRADE, NULL) X(W, "director", TRADE, NULL) \
	X(W, "ds", TRADE, NULL) X(W, "em", TRADE, NULL) X(W, "emea", TRADE, NULL) \
	X(W, "engineer", TRADE, NULL) X(W, "engineering", TRADE, NULL) X(W, "equity", TRADE, NULL) \
	X(W, "eu", TRADE, NULL) X(W, "europe", TRADE, NULL) X(W, "faq", TRADE, NULL) \
	X(W, "ic", TRADE, NULL) X(W, "ipo", TRADE, NULL) X(W, "lead", TRADE, NULL) \
	X(W, "level", TRADE, NULL) X(W, "manager", TRADE, NULL) X(W, "ml", TRADE, NULL) \
	X(W, "nyc", TRADE, NULL) X(W, "offer", TRADE, NULL) X(W, "pm", TRADE, NULL) \
	X(W, "principal", TRADE, NULL) X(W, "product", TRADE, NULL) X(W, "q1", TRADE, NULL) \
	X(W, "q2", TRADE, NULL) X(W, "q3", TRADE, NULL) X(W, "q4", TRADE, NULL) \
	X(W, "remote", TRADE, NULL) X(W, "rsu", TRADE, NULL) X(W, "rsus", TRADE, NULL) \
	X(W, "scientist", TRADE, NULL) X(W, "senior", TRADE, NULL) X(W, "series", TRADE, NULL) \
	X(W, "sf", TRADE, NULL) X(W, "software", TRADE, NULL) X(W, "sre", TRADE, NULL) \
	X(W, "staff", TRADE, NULL) X(W, "swe", TRADE, NULL) X(W, "tc", TRADE, NULL) \
	X(W, "tier", TRADE, NULL) X(W, "tpm", TRADE, NULL) X(W, "uk", TRADE, NULL) \
	X(W, "us", TRADE, NULL) X(W, "usa", TRADE, NULL) X(W, "ux", TRADE, NULL) \
	X(W, "vp", TRADE, NULL) X(W, "year", TRADE, NULL) X(W, "associate", TRADE, NULL) \
	X(W, "founding", TRADE, NULL) X(W, "fellow", TRADE, NULL) X(W, "member", TRADE, NULL) \
	X(W, "partner", TRADE, NULL) X(W, "team", TRADE, NULL) X(W, "sa", TRADE, NULL) \
	X(W, "ed", TRADE, NULL) X(W, "md", TRADE, NULL) X(W, "svp", TRADE, NULL) \
	X(W, "evp", TRADE, NULL) X(W, "avp", TRADE, NULL) X(W, "mts", TRADE, NULL) \
	X(W, "smts", TRADE, NULL) X(W, "lmts", TRADE, NULL) X(W, "pmts", TRADE, NULL) \
	X(W, "intern", TRADE, NULL) X(W, "head", TRADE, NULL) X(W, "api", TRADE, NULL) \
	X(W, "apis", TRADE, NULL) X(W, "ar", TRADE, NULL) X(W, "vr", TRADE, NULL) \
	X(W, "xr", TRADE, NULL) X(W, "cv", TRADE, NULL) X(W, "etl", TRADE, NULL) \
	X(W, "ev", TRADE, NULL) X(W, "genai", TRADE, NULL) X(W, "gpu", TRADE, NULL) \
	X(W, "gpus", TRADE, NULL) X(W, "hbm", TRADE, NULL) X(W, "llm", TRADE, NULL) \
	X(W, "llms", TRADE, NULL) X(W, "nlp", TRADE, NULL) X(W, "rag", TRADE, NULL) \
	X(W, "rl", TRADE, NULL) X(W, "saas", TRADE, NULL) X(W, "sql", TRADE, NULL) \
	X(W, "mcp", TRADE, NULL) X(W, "fintech", TRADE, NULL) X(W, "ote", TRADE, NULL) \
	X(W, "arr", TRADE, NULL) X(W, "mau", TRADE, NULL) X(W, "dau", TRADE, NULL) \
	X(W, "pnl", TRADE, NULL) X(W, "kpi", TRADE, NULL) X(W, "okr", TRADE, NULL) \
	X(W, "gtm", TRADE, NULL) X(W, "b2b", TRADE, NULL) X(W, "b2c", TRADE, NULL) \
	/* stock exchanges ("NASDAQ: AVGO"): the ticker after them names no company */ \
	X(W, "asx", EXCHANGE, NULL) X(W, "bse", EXCHANGE, NULL) X(W, "euronext", EXCHANGE, NULL) \
	X(W, "hkex", EXCHANGE, NULL) X(W, "lse", EXCHANGE, NULL) X(W, "nasdaq", EXCHANGE, NULL) \
	X(W, "nse", EXCHANGE, NULL) X(W, "nyse", EXCHANGE, NULL) X(W, "sgx", EXCHANGE, NULL) \
	X(W, "tse", EXCHANGE, NULL) X(W, "tsx", EXCHANGE, NULL) X(W, "xetra", EXCHANGE, NULL) \
	/* where a ticker stands without an exchange ("ticker: WISE", "symbol HOOD") */ \
	X(W, "ticker", TICKER, NULL) X(W, "symbol", TICKER, NULL) \
	/* after a hyphen, a yardstick: "Google-level", "FAANG-style" name no company */ \
	X(W, "level", YARDSTICK, NULL) X(W, "style", YARDSTICK, NULL) X(W, "adjacent", YARDSTICK, NULL) \
	X(W, "like", YARDSTICK, NULL) X(W, "grade", YARDSTICK, NULL) X(W, "tier", YARDSTICK, NULL) \
	X(W, "class", YARDSTICK, NULL) X(W, "caliber", YARDSTICK, NULL) X(W, "calibre", YARDSTICK, NULL) \
	X(W, "scale", YARDSTICK, NULL) X(W, "equivalent", YARDSTICK, NULL) X(W, "type", YARDSTICK, NULL) \
	X(W, "sized", YARDSTICK, NULL) X(W, "comparable", YARDSTICK, NULL) X(W, "standard", YARDSTICK, NULL) \
	/* a capitalised run ending in, or followed by, one of these is a thing's name \
	 * (a premium, a plan, a product's vision), no company: "the Spin-Out Premium", \
	 * "the Agentic Integrity vision", "an Efficiency-Impact bonus" */ \
	X(W, "premium", THING, NULL) X(W, "vision", THING, NULL) X(W, "bonus", THING, NULL) \
	X(W, "performance", THING, NULL) X(W, "attribution", THING, NULL) X(W, "initiative", THING, NULL) \
	X(W, "roadmap", THING, NULL) X(W, "mission", THING, NULL) \
	/* requests opening a sentence ("Confirm this offer is ..."); a plain word; a product's acronym */ \
	X(W, "confirm", JOINING, NULL) X(W, "ensure", JOINING, NULL) X(W, "verify", JOINING, NULL) \
	X(W, "clarify", JOINING, NULL) X(W, "emphasize", JOINING, NULL) X(W, "highlight", JOINING, NULL) \
	X(W, "top", PLAIN, NULL) X(W, "sdk", TRADE, NULL) \
	/* cities a script may name beside pay ("engineers in Austin earn") */ \
	X(W, "amsterdam", PLACE, NULL) X(W, "atlanta", PLACE, NULL) X(W, "austin", PLACE, NULL) \
	X(W, "bangalore", PLACE, NULL) X(W, "bengaluru", PLACE, NULL) X(W, "berlin", PLACE, NULL) \
	X(W, "boston", PLACE, NULL) X(W, "chicago", PLACE, NULL) X(W, "denver", PLACE, NULL) \
	X(W, "dublin", PLACE, NULL) X(W, "hyderabad", PLACE, NULL) X(W, "london", PLACE, NULL) \
	X(W, "munich", PLACE, NULL) X(W, "nyc", PLACE, NULL) X(W, "paris", PLACE, NULL) \
	X(W, "seattle", PLACE, NULL) X(W, "singapore", PLACE, NULL) X(W, "sydney", PLACE, NULL) \
	X(W, "tokyo", PLACE, NULL) X(W, "toronto", PLACE, NULL) X(W, "vancouver", PLACE, NULL) \
	X(W, "zurich", PLACE, NULL) X(W, "socal", PLACE, NULL) X(W, "norcal", PLACE, NULL)

#define LEXICON_OFFER(X) \
	/* a sentence about offers */ \
	X(P, "offer", OFFER, NULL) \
	X(P, "on the table", OFFER, NULL) \
	X(W, "is at", OFFER, NULL) \
	X(W, "are at", OFFER, NULL) \
	X(P, "pays", OFFER, NULL) \
	X(P, "paying", OFFER, NULL) \
	X(P, "competing", OFFER, NULL) \
	X(P, "holding", OFFER, NULL) \
	X(P, "matched", OFFER, NULL) \
	X(P, "alternative", OFFER, NULL) \
	X(W, "earn", OFFER, NULL) \
	X(W, "earns", OFFER, NULL) \
	/* a competing offer said outright, or beside an offer word */ \
	X(P, "competing", COMPETING, NULL) \
	X(P, "competitive offer", COMPETING, NULL) \
	X(P, "other offer", COMPETING, NULL) \
	X(W, "another", RIVAL, NULL) \
	X(P, "rival", RIVAL, NULL) \
	/* "That's €940K over four years": the sentence before goes on */ \
	X(P, "that", GOES_ON, NULL) \
	X(P, "which", GOES_ON, NULL) \
	X(P, "together", GOES_ON, NULL) \
	/* what may follow a company's name opening a sentence */ \
	X(W, "is", NAME_NEXT, NULL) X(W, "are", NAME_NEXT, NULL) \
	X(W, "has", NAME_NEXT, NULL) X(W, "have", NAME_NEXT, NULL) \
	X(W, "offers", NAME_NEXT, NULL) X(W, "offered", NAME_NEXT, NULL) \
	X(W, "pays", NAME_NEXT, NULL) X(W, "was", NAME_NEXT, NULL) \
	X(W, "just", NAME_NEXT, NULL) X(W, "also", NAME_NEXT, NULL) \
	X(W, "and", NAME_NEXT, NULL) X(W, "or", NAME_NEXT, NULL) \
	X(W, "at", NAME_NEXT, NULL) X(W, "gave", NAME_NEXT, NULL) \
	X(W, "matched", NAME_NEXT, NULL) X(W, "came", NAME_NEXT, NULL) \
	/* after a name, an offer's: "Datadog is offering", "AWS puts" */ \
	X(W, "offer", OFFER_VERB, NULL) X(W, "offers", OFFER_VERB, NULL) \
	X(W, "offered", OFFER_VERB, NULL) X(W, "offering", OFFER_VERB, NULL) \
	X(W, "put", OFFER_VERB, NULL) X(W, "puts", OFFER_VERB, NULL) \
	X(W, "matched", OFFER_VERB, NULL) X(W, "countered", OFFER_VERB, NULL) \
	/* only in a sentence about offers ("BX stock has risen" is none) */ \
	X(W, "rsu", OFFER_GRANT, NULL) X(W, "rsus", OFFER_GRANT, NULL) \
	X(W, "stock", OFFER_GRANT, NULL) X(W, "shares", OFFER_GRANT, NULL) \
	X(W, "equity", OFFER_GRANT, NULL) \
	/* only with a figure after ("engineers earn $300K") */ \
	X(W, "pays", OFFER_PAYS, NULL) X(W, "paying", OFFER_PAYS, NULL) \
	X(W, "earn", OFFER_PAYS, NULL) X(W, "earns", OFFER_PAYS, NULL)

#define LEXICON_OFFER_PARTS(X) \
	X(P, "base", BASE, NULL) \
	X(P, "salary", BASE, NULL) \
	X(P, "rsu", GRANT, NULL) \
	X(P, "equity", GRANT, NULL) \
	X(P, "stock", GRANT, NULL) \
	X(P, "option", GRANT, NULL) \
	X(P, "share", GRANT, NULL) \
	X(P, "grant", GRANT, NULL) \
	X(P, "tc", TOTAL, NULL) \
	X(P, "total", TOTAL, NULL) \
	X(P, "all-in", TOTAL, NULL) \
	X(P, "sign-on", SIGN_ON, NULL) \
	X(P, "signing", SIGN_ON, NULL) \
	X(P, "sign on", SIGN_ON, NULL) \
	X(P, "bonus", BONUS, NULL) \
	X(P, "guaranteed", TOTAL, NULL)

/* the years a competitor's figure covers: one ("RSU/yr") or four */
#define LEXICON_GRANT_YEARS(X) \
	X(W, "/yr", ONE_YEAR, NULL) \
	X(W, "/year", ONE_YEAR, NULL) \
	X(W, "over four years", FOUR_YEARS, NULL) \
	X(W, "over 4 years", FOUR_YEARS, NULL) \
	X(W, "4yr", FOUR_YEARS, NULL) \
	X(W, "4-year", FOUR_YEARS, NULL)
#define LEXICON_PREMIUM(X) \
	/* words a name never ends with: who the premium is for, not what */ \
	X(W, "roles", GENERIC, NULL) X(W, "role", GENERIC, NULL) X(W, "engineers", GENERIC, NULL) \
	X(W, "engineer", GENERIC, NULL) X(W, "scientists", GENERIC, NULL) X(W, "scientist", GENERIC, NULL) \
	X(W, "designers", GENERIC, NULL) X(W, "designer", GENERIC, NULL) X(W, "managers", GENERIC, NULL) \
	X(W, "manager", GENERIC, NULL) X(W, "complexity", GENERIC, NULL) X(W, "experience", GENERIC, NULL) \
	X(W, "expertise", GENERIC, NULL) X(W, "modeling", GENERIC, NULL) X(W, "modelling", GENERIC, NULL) \
	X(W, "skills", GENERIC, NULL) X(W, "candidates", GENERIC, NULL) X(W, "candidate", GENERIC, NULL) \
	X(W, "positions", GENERIC, NULL) X(W, "position", GENERIC, NULL) X(W, "work", GENERIC, NULL) \
	X(W, "talent", GENERIC, NULL) X(W, "pay", GENERIC, NULL) X(W, "band", GENERIC, NULL) \
	X(W, "bands", GENERIC, NULL) X(W, "comp", GENERIC, NULL) X(W, "compensation", GENERIC, NULL) \
	X(W, "this", GENERIC, NULL) X(W, "these", GENERIC, NULL) X(W, "the", GENERIC, NULL) \
	X(W, "a", GENERIC, NULL) X(W, "an", GENERIC, NULL) X(W, "such", GENERIC, NULL) \
	X(W, "that", GENERIC, NULL) X(W, "with", GENERIC, NULL) X(W, "and", GENERIC, NULL) \
	X(W, "of", GENERIC, NULL) X(W, "pms", GENERIC, NULL) X(W, "tpms", GENERIC, NULL) \
	X(W, "ems", GENERIC, NULL) X(W, "architects", GENERIC, NULL) X(W, "staff", GENERIC, NULL) \
	/* "premium" before these is an adjective: "premium subscribers" */ \
	X(W, "conversion", PRODUCT, NULL) X(W, "conversions", PRODUCT, NULL) X(W, "subscription", PRODUCT, NULL) \
	X(W, "subscriptions", PRODUCT, NULL) X(W, "subscriber", PRODUCT, NULL) X(W, "subscribers", PRODUCT, NULL) \
	X(W, "user", PRODUCT, NULL) X(W, "users", PRODUCT, NULL) X(W, "member", PRODUCT, NULL) \
	X(W, "members", PRODUCT, NULL) X(W, "tier", PRODUCT, NULL) X(W, "tiers", PRODUCT, NULL) \
	X(W, "plan", PRODUCT, NULL) X(W, "plans", PRODUCT, NULL) X(W, "product", PRODUCT, NULL) \
	X(W, "products", PRODUCT, NULL) X(W, "feature", PRODUCT, NULL) X(W, "features", PRODUCT, NULL) \
	X(W, "pricing", PRODUCT, NULL) X(W, "price", PRODUCT, NULL) X(W, "prices", PRODUCT, NULL) \
	X(W, "customer", PRODUCT, NULL) X(W, "customers", PRODUCT, NULL) X(W, "content", PRODUCT, NULL) \
	X(W, "travel", PRODUCT, NULL) X(W, "seat", PRODUCT, NULL) X(W, "seats", PRODUCT, NULL) \
	X(W, "account", PRODUCT, NULL) X(W, "accounts", PRODUCT, NULL) X(W, "version", PRODUCT, NULL) \
	X(W, "service", PRODUCT, NULL) X(W, "services", PRODUCT, NULL) X(W, "brand", PRODUCT, NULL) \
	X(W, "brands", PRODUCT, NULL) X(W, "segment", PRODUCT, NULL) X(W, "card", PRODUCT, NULL) \
	X(W, "cards", PRODUCT, NULL) X(W, "territory", PRODUCT, NULL) X(W, "revenue", PRODUCT, NULL) \
	X(W, "growth", PRODUCT, NULL) X(W, "adoption", PRODUCT, NULL) X(W, "listings", PRODUCT, NULL) \
	X(W, "upsell", PRODUCT, NULL) X(W, "offering", PRODUCT, NULL) X(W, "offerings", PRODUCT, NULL) \
	/* between a percent and "premium", these make them two things */ \
	X(W, "in", BREAKS, NULL) X(W, "of", BREAKS, NULL) X(W, "to", BREAKS, NULL) \
	X(W, "for", BREAKS, NULL) X(W, "from", BREAKS, NULL) X(W, "at", BREAKS, NULL) \
	X(W, "by", BREAKS, NULL) X(W, "with", BREAKS, NULL) X(W, "than", BREAKS, NULL) \
	X(W, "per", BREAKS, NULL) X(W, "into", BREAKS, NULL) X(W, "increase", BREAKS, NULL) \
	X(W, "improvement", BREAKS, NULL) X(W, "growth", BREAKS, NULL) X(W, "lift", BREAKS, NULL) \
	X(W, "uplift", BREAKS, NULL) X(W, "conversion", BREAKS, NULL) X(W, "drop", BREAKS, NULL) \
	X(W, "decline", BREAKS, NULL) \
	/* before a percent said to be more, a change, not a premium: "grow
	 * the footprint by 50%+ over three years" */ \
	X(W, "by", CHANGE_BY, NULL) \
	/* "premium for Rust skills": the word after what it is for */ \
	X(W, "skills", FOR_END, NULL) X(W, "skill", FOR_END, NULL) X(W, "expertise", FOR_END, NULL) \
	X(W, "experience", FOR_END, NULL) X(W, "knowledge", FOR_END, NULL) X(W, "specialists", FOR_END, NULL) \
	X(W, "specialization", FOR_END, NULL) X(W, "background", FOR_END, NULL) X(W, "talent", FOR_END, NULL) \
	/* a verb saying the role commands the premium, before its percent,
	 * and the words it may stand behind ("commands a", "earns typically") */ \
	X(P, "command", CLAIM, NULL) X(W, "earn", CLAIM, NULL) X(W, "earns", CLAIM, NULL) \
	X(P, "warrant", CLAIM, NULL) X(W, "carry", CLAIM, NULL) X(W, "carries", CLAIM, NULL) \
	X(W, "worth", CLAIM, NULL) X(W, "receive", CLAIM, NULL) X(W, "receives", CLAIM, NULL) \
	X(W, "a", CLAIM_SKIP, NULL) X(W, "an", CLAIM_SKIP, NULL) X(W, "typically", CLAIM_SKIP, NULL) \
	X(W, "often", CLAIM_SKIP, NULL) X(W, "at", CLAIM_SKIP, NULL) \
	/* a relative clause in the subject: "engineers who can build these
	 * standards are worth ..." (its noun phrase names no premium) */ \
	X(W, "who", RELATIVE, NULL) X(W, "whose", RELATIVE, NULL) \
	/* words that link a premium to its name ("commands a") */ \
	X(P, "command", LINK, NULL) \
	X(W, "a", LINK, NULL) X(W, "an", LINK, NULL) X(W, "of", LINK, NULL) \
	X(W, "premium", LINK, NULL) X(W, "earn", LINK, NULL) X(W, "earns", LINK, NULL) \
	X(W, "carry", LINK, NULL) X(W, "carries", LINK, NULL) X(W, "justify", LINK, NULL) \
	X(W, "justifies", LINK, NULL) X(W, "warrant", LINK, NULL) X(W, "warrants", LINK, NULL) \
	X(W, "sit", LINK, NULL) X(W, "typically", LINK, NULL) X(W, "often", LINK, NULL) \
	X(W, "at", LINK, NULL) X(W, "worth", LINK, NULL) X(W, "are", LINK, NULL) X(W, "is", LINK, NULL) \
	X(W, "receive", LINK, NULL) X(W, "receives", LINK, NULL) \
	/* a noun phrase opens at these */ \
	X(W, "with", OPENS, NULL) X(W, "this", OPENS, NULL) X(W, "these", OPENS, NULL) \
	X(W, "the", OPENS, NULL) X(W, "that", OPENS, NULL) X(W, "who", OPENS, NULL) \
	/* words in front of a name, not of it */ \
	X(W, "the", LEAD, NULL) X(W, "a", LEAD, NULL) X(W, "an", LEAD, NULL) \
	X(W, "this", LEAD, NULL) X(W, "that", LEAD, NULL) X(W, "these", LEAD, NULL) \
	X(W, "those", LEAD, NULL) X(W, "same", LEAD, NULL) X(W, "which", LEAD, NULL) \
	X(W, "who", LEAD, NULL) X(W, "our", LEAD, NULL) X(W, "your", LEAD, NULL) \
	X(W, "their", LEAD, NULL) X(W, "its", LEAD, NULL) X(W, "my", LEAD, NULL) \
	X(W, "dedicated", LEAD, NULL) X(W, "additional", LEAD, NULL) X(W, "extra", LEAD, NULL) \
	X(W, "significant", LEAD, NULL) X(W, "further", LEAD, NULL) X(W, "corresponding", LEAD, NULL) \
	X(W, "strong", LEAD, NULL) X(W, "clear", LEAD, NULL) X(W, "real", LEAD, NULL) \
	X(W, "big", LEAD, NULL) X(W, "large", LEAD, NULL) X(W, "huge", LEAD, NULL) \
	X(W, "rare", LEAD, NULL) X(W, "unique", LEAD, NULL) X(W, "specialized", LEAD, NULL) \
	X(W, "specialised", LEAD, NULL) X(W, "deep", LEAD, NULL) \
	X(W, "maximum", LEAD, NULL) X(W, "nuanced", LEAD, NULL) X(W, "proven", LEAD, NULL) \
	/* words that say what kind of thing, after the name proper */ \
	X(W, "expertise", TRAIL, NULL) X(W, "experience", TRAIL, NULL) X(W, "skill", TRAIL, NULL) \
	X(W, "skills", TRAIL, NULL) X(W, "skillset", TRAIL, NULL) X(W, "specialization", TRAIL, NULL) \
	X(W, "specialisation", TRAIL, NULL) X(W, "capability", TRAIL, NULL) X(W, "capabilities", TRAIL, NULL) \
	X(W, "depth", TRAIL, NULL) X(W, "responsibility", TRAIL, NULL) X(W, "combination", TRAIL, NULL) \
	X(W, "intersection", TRAIL, NULL) X(W, "background", TRAIL, NULL) X(W, "knowledge", TRAIL, NULL) \
	X(W, "talent", TRAIL, NULL) X(W, "work", TRAIL, NULL) X(W, "profile", TRAIL, NULL) \
	X(W, "alone", TRAIL, NULL) X(W, "itself", TRAIL, NULL) X(W, "excellence", TRAIL, NULL) \
	/* a skill a block's title names whole ("Ledger Domain Expertise:"): the
	 * kind-of-thing word it keeps */ \
	X(W, "expertise", TITLE_SKILL, NULL) X(W, "experience", TITLE_SKILL, NULL) X(W, "skill", TITLE_SKILL, NULL) \
	X(W, "skills", TITLE_SKILL, NULL) X(W, "skillset", TITLE_SKILL, NULL) X(W, "knowledge", TITLE_SKILL, NULL) \
	/* "The Researcher Title Premium": the premium of the title "Researcher" */ \
	X(W, "title", TRAIL, NULL) \
	/* a clause's adverb after a skill: "If you have shipped payment rails
	 * before, ..." */ \
	X(W, "before", TRAIL, NULL) X(W, "already", TRAIL, NULL) X(W, "previously", TRAIL, NULL) \
	/* a premium for these is none the role commands */ \
	X(W, "illiquidity", NOT_ROLE, NULL) X(W, "liquidity", NOT_ROLE, NULL) X(W, "illiquid", NOT_ROLE, NULL) \
	X(W, "real income", NOT_ROLE, NULL) X(W, "income", NOT_ROLE, NULL) X(W, "travel", NOT_ROLE, NULL) \
	X(W, "on-call", NOT_ROLE, NULL) X(W, "relocation", NOT_ROLE, NULL) X(W, "geographic", NOT_ROLE, NULL) \
	X(W, "geo", NOT_ROLE, NULL) X(W, "location", NOT_ROLE, NULL) X(W, "locality", NOT_ROLE, NULL) \
	X(W, "cost-of-living", NOT_ROLE, NULL) X(W, "us", NOT_ROLE, NULL) X(W, "uk", NOT_ROLE, NULL) \
	X(W, "remote", NOT_ROLE, NULL) X(W, "private equity", NOT_ROLE, NULL) X(W, "risk", NOT_ROLE, NULL) \
	X(W, "liquidity risk", NOT_ROLE, NULL) \
	/* these name no premium: pronouns, parts of pay, the layout's words */ \
	X(W, "you", NO_NAME, NULL) X(W, "they", NO_NAME, NULL) X(W, "we", NO_NAME, NULL) \
	X(W, "it", NO_NAME, NULL) X(W, "he", NO_NAME, NULL) X(W, "she", NO_NAME, NULL) \
	X(W, "i", NO_NAME, NULL) X(W, "them", NO_NAME, NULL) X(W, "one", NO_NAME, NULL) \
	X(W, "base", NO_NAME, NULL) X(W, "base salary", NO_NAME, NULL) X(W, "salary", NO_NAME, NULL) \
	X(W, "total comp", NO_NAME, NULL) X(W, "total", NO_NAME, NULL) X(W, "compensation", NO_NAME, NULL) \
	X(W, "comp", NO_NAME, NULL) X(W, "pay", NO_NAME, NULL) X(W, "cash", NO_NAME, NULL) \
	X(W, "pay band", NO_NAME, NULL) X(W, "band", NO_NAME, NULL) X(W, "tc", NO_NAME, NULL) \
	X(W, "total compensation", NO_NAME, NULL) X(W, "market", NO_NAME, NULL) X(W, "negotiation dna", NO_NAME, NULL) \
	X(W, "level mapping", NO_NAME, NULL) X(W, "skill", NO_NAME, NULL) X(W, "skills", NO_NAME, NULL) \
	X(W, "skillset", NO_NAME, NULL) X(W, "skill set", NO_NAME, NULL) X(W, "specialization", NO_NAME, NULL) \
	X(W, "combination", NO_NAME, NULL) X(W, "capability", NO_NAME, NULL) X(W, "background", NO_NAME, NULL) \
	X(W, "profile", NO_NAME, NULL) X(W, "responsibility", NO_NAME, NULL) X(W, "mandate", NO_NAME, NULL) \
	X(W, "domain", NO_NAME, NULL) X(W, "dual", NO_NAME, NULL) X(W, "expertise", NO_NAME, NULL) \
	X(W, "experience", NO_NAME, NULL) X(W, "talent", NO_NAME, NULL) X(W, "role", NO_NAME, NULL) \
	X(W, "work", NO_NAME, NULL) X(W, "scarcity", NO_NAME, NULL) X(W, "niche", NO_NAME, NULL) \
	X(W, "rare", NO_NAME, NULL) X(W, "offer", NO_NAME, NULL) X(W, "package", NO_NAME, NULL) \
	X(W, "senior-level", NO_NAME, NULL) X(W, "level", NO_NAME, NULL) X(W, "pairing", NO_NAME, NULL) \
	X(W, "double", NO_NAME, NULL) X(W, "know-how", NO_NAME, NULL) X(W, "global levers", NO_NAME, NULL) \
	X(W, "levers", NO_NAME, NULL) \
	/* between "premium" and its percent: "a premium of 20%", "this access
	 * premium is 15-20%" */ \
	X(W, "of", PCT_LINK, NULL) X(W, "is", PCT_LINK, NULL) X(W, "are", PCT_LINK, NULL) \
	X(W, "which", PCT_LINK, NULL) \
	/* the role's pay stands a percent above a standard: "ML engineers are
	 * 10-20% above standard ranges", "should be 15% above standard comp" */ \
	X(W, "is", STANDS, NULL) X(W, "are", STANDS, NULL) X(W, "be", STANDS, NULL) \
	X(W, "pay", STANDS, NULL) X(W, "pays", STANDS, NULL) X(W, "sit", STANDS, NULL) \
	X(W, "sits", STANDS, NULL) X(W, "run", STANDS, NULL) X(W, "runs", STANDS, NULL) \
	X(W, "stretch", STANDS, NULL) \
	X(W, "should", STANDS_SKIP, NULL) X(W, "can", STANDS_SKIP, NULL) X(W, "now", STANDS_SKIP, NULL) \
	X(W, "typically", STANDS_SKIP, NULL) X(W, "often", STANDS_SKIP, NULL) X(W, "usually", STANDS_SKIP, NULL) \
	X(W, "generally", STANDS_SKIP, NULL) \
	/* the standard a premium is measured against: "above standard
	 * bands", "above general engineering roles", "over typical offers" */ \
	X(W, "standard", STANDARD, NULL) X(W, "general", STANDARD, NULL) X(W, "typical", STANDARD, NULL) \
	X(W, "traditional", STANDARD, NULL) X(W, "generic", STANDARD, NULL) \
	/* after "premium" in a subject that is the premium: "the premium for
	 * this capability is 20% above ...", "the EM premium in Toronto is" */ \
	X(W, "for", PREMIUM_OF, NULL) X(W, "in", PREMIUM_OF, NULL) X(W, "at", PREMIUM_OF, NULL) \
	/* words a name never starts with: advice, a month, a preposition */ \
	X(W, "negotiate", OPENER, NULL) X(W, "frame", OPENER, NULL) X(W, "position", OPENER, NULL) \
	X(W, "push", OPENER, NULL) X(W, "request", OPENER, NULL) X(W, "ask", OPENER, NULL) \
	X(W, "lead", OPENER, NULL) X(W, "use", OPENER, NULL) X(W, "cite", OPENER, NULL) \
	X(W, "emphasize", OPENER, NULL) X(W, "target", OPENER, NULL) X(W, "anchor", OPENER, NULL) \
	X(W, "lever", OPENER, NULL) X(W, "february", OPENER, NULL) X(W, "january", OPENER, NULL) \
	X(W, "march", OPENER, NULL) X(W, "april", OPENER, NULL) X(W, "may", OPENER, NULL) \
	X(W, "june", OPENER, NULL) X(W, "july", OPENER, NULL) X(W, "august", OPENER, NULL) \
	X(W, "september", OPENER, NULL) X(W, "october", OPENER, NULL) X(W, "november", OPENER, NULL) \
	X(W, "december", OPENER, NULL) X(W, "for", OPENER, NULL) X(W, "at", OPENER, NULL) \
	X(W, "in", OPENER, NULL) X(W, "on", OPENER, NULL) X(W, "of", OPENER, NULL) \
	X(W, "to", OPENER, NULL) X(W, "with", OPENER, NULL) X(W, "by", OPENER, NULL) \
	X(W, "from", OPENER, NULL) X(W, "and", OPENER, NULL) X(W, "or", OPENER, NULL) \
	/* words no name holds: pronouns and verbs make it a clause */ \
	X(W, "i", CLAUSE, NULL) X(W, "you", CLAUSE, NULL) X(W, "we", CLAUSE, NULL) \
	X(W, "they", CLAUSE, NULL) X(W, "it", CLAUSE, NULL) X(W, "he", CLAUSE, NULL) \
	X(W, "she", CLAUSE, NULL) X(W, "them", CLAUSE, NULL) X(W, "us", CLAUSE, NULL) \
	X(W, "me", CLAUSE, NULL) X(W, "are", CLAUSE, NULL) X(W, "is", CLAUSE, NULL) \
	X(W, "was", CLAUSE, NULL) X(W, "were", CLAUSE, NULL) X(W, "be", CLAUSE, NULL) \
	X(W, "been", CLAUSE, NULL) X(W, "has", CLAUSE, NULL) X(W, "have", CLAUSE, NULL) \
	X(W, "had", CLAUSE, NULL) X(W, "can", CLAUSE, NULL) X(W, "will", CLAUSE, NULL) \
	X(W, "would", CLAUSE, NULL) X(W, "should", CLAUSE, NULL) X(W, "must", CLAUSE, NULL) \
	X(W, "pays", CLAUSE, NULL) X(W, "pay", CLAUSE, NULL) X(W, "paid", CLAUSE, NULL) \
	X(W, "demands", CLAUSE, NULL) X(W, "demand", CLAUSE, NULL) X(W, "builds", CLAUSE, NULL) \
	X(W, "understand", CLAUSE, NULL) X(W, "believe", CLAUSE, NULL) X(W, "think", CLAUSE, NULL) \
	X(W, "know", CLAUSE, NULL) X(W, "see", CLAUSE, NULL) X(W, "seeing", CLAUSE, NULL) \
	X(W, "get", CLAUSE, NULL) X(W, "gets", CLAUSE, NULL) \
	/* a title's last word, cut off: "... Premium" says it names a premium */ \
	X(W, "premium", TITLE_PREMIUM, NULL) X(W, "premiums", TITLE_PREMIUM, NULL) \
	X(W, "lever", TITLE_TAIL, NULL) X(W, "request", TITLE_TAIL, NULL) X(W, "ask", TITLE_TAIL, NULL) \
	X(W, "push", TITLE_TAIL, NULL) X(W, "play", TITLE_TAIL, NULL) X(W, "argument", TITLE_TAIL, NULL) \
	X(W, "leverage", TITLE_TAIL, NULL) \
	/* a title that opens with advice: "Negotiate the edge-compute premium" */ \
	X(W, "negotiate", TITLE_VERB, NULL) X(W, "frame", TITLE_VERB, NULL) X(W, "position", TITLE_VERB, NULL) \
	X(W, "leverage", TITLE_VERB, NULL) X(W, "emphasize", TITLE_VERB, NULL) X(W, "use", TITLE_VERB, NULL) \
	X(W, "push", TITLE_VERB, NULL) \
	/* "If you have experience shipping X, you command ...": the skill
	 * is the words after the last of these in the condition */ \
	X(W, "have", SKILL_LEAD, NULL) X(W, "bring", SKILL_LEAD, NULL) X(W, "shipping", SKILL_LEAD, NULL) \
	X(W, "building", SKILL_LEAD, NULL) X(W, "built", SKILL_LEAD, NULL) X(W, "shipped", SKILL_LEAD, NULL) \
	X(W, "with", SKILL_LEAD, NULL) X(W, "in", SKILL_LEAD, NULL) \
	/* a premium the text asks for ("I'd like a 10-15% premium"): an ask */ \
	X(P, "like", REQUEST, NULL) X(P, "want", REQUEST, NULL) X(P, "push", REQUEST, NULL) \
	X(P, "ask", REQUEST, NULL) X(P, "request", REQUEST, NULL) X(P, "need", REQUEST, NULL) \
	X(P, "negotiate", REQUEST, NULL) X(P, "seek", REQUEST, NULL) X(P, "propose", REQUEST, NULL)
/* what a premium goes on, and whose it is (premium.c) */
#define LEXICON_PREMIUM_PART(X) \
	/* the part of pay a premium goes on ("a premium on base") */ \
	X(P, "equity", TARGET_EQUITY, NULL) X(P, "stock", TARGET_EQUITY, NULL) X(P, "rsu", TARGET_EQUITY, NULL) \
	X(P, "grant", TARGET_EQUITY, NULL) X(P, "options", TARGET_EQUITY, NULL) X(P, "shares", TARGET_EQUITY, NULL) \
	X(W, "base", TARGET_BASE, NULL) X(W, "salary", TARGET_BASE, NULL) X(W, "salaries", TARGET_BASE, NULL) \
	X(W, "total", TARGET_TOTAL, NULL) X(W, "compensation", TARGET_TOTAL, NULL) X(W, "comp", TARGET_TOTAL, NULL) \
	X(W, "package", TARGET_TOTAL, NULL) X(W, "tc", TARGET_TOTAL, NULL) \
	X(P, "band", TARGET_TOTAL, NULL) X(W, "earnings", TARGET_TOTAL, NULL) X(W, "pay", TARGET_TOTAL, NULL) \
	X(W, "cash", TARGET_TOTAL, NULL) \
	/* an offer or a band's ranges hold every part: "15% above standard
	 * offers", "the ranges include the premium" */ \
	X(W, "offers", TARGET_TOTAL, NULL) X(W, "ranges", TARGET_TOTAL, NULL) \
	/* where a premium goes: "on top of base", "applied to the grant" */ \
	X(W, "on top of", PUT_ON, NULL) X(W, "on", PUT_ON, NULL) X(W, "applies to", PUT_ON, NULL) \
	X(W, "apply to", PUT_ON, NULL) X(W, "applied to", PUT_ON, NULL) X(W, "added to", PUT_ON, NULL) \
	X(W, "adds to", PUT_ON, NULL) X(W, "add to", PUT_ON, NULL) \
	X(W, "across", PUT_ON, NULL) X(W, "reflected in", PUT_ON, NULL) \
	/* a second part joined to the first: "equity as well as base" */ \
	X(W, "and", JOINS_PART, NULL) X(W, "as well as", JOINS_PART, NULL) X(W, "plus", JOINS_PART, NULL) \
	/* "the RSU grant should include the premium": the part before */ \
	X(P, "include", PUT_IN, NULL) X(W, "carry", PUT_IN, NULL) X(W, "carries", PUT_IN, NULL) \
	/* "*+25-35% X Premium applied — ...*" in a note under a band table,
	 * nothing after it saying to what: the table's ranges hold it */ \
	X(W, "applied", BAND_NOTE, NULL) \
	/* the pay it is measured on: "15% above standard comp" */ \
	X(W, "above", MEASURED_ON, NULL) X(W, "over", MEASURED_ON, NULL) X(W, "more", MEASURED_ON, NULL) \
	X(W, "higher in", MEASURED_ON, NULL) X(W, "higher", MEASURED_ON, NULL) X(W, "under", MEASURED_ON, NULL) \
	/* the pay that holds the premium, before its verb: "pay bands that
	 * provide a 15-20% premium", "base salaries that offer a 10% premium" */ \
	X(P, "provide", HOLDS, NULL) X(P, "give", HOLDS, NULL) X(W, "offer", HOLDS, NULL) \
	X(W, "offers", HOLDS, NULL) \
	/* "pay bands with a 15-20% premium": the pay holds it too */ \
	X(W, "with", HOLDS, NULL) \
	/* the pay that outgrows others' "by" a percent: "pay that exceeds peer
	 * roles by 15%" (the verb; the pay is among the words before it) */ \
	X(P, "exceed", EXCEEDS, NULL) X(P, "outpace", EXCEEDS, NULL) X(P, "surpass", EXCEEDS, NULL) \
	/* the candidate's own premium, not the role's: a request in the first
	 * person (unless a claim answers it: "..., which commands 15%"), a
	 * request made on a condition on the candidate ("If you have X, push
	 * for ...", "If working on X, ... Push for ..."); a premium the people
	 * with a skill are said to command is the role's (the rule of
	 * 2026-12-07) */ \
	X(W, "i'd like", OWN_ASK, NULL) X(W, "i would like", OWN_ASK, NULL) X(W, "i want", OWN_ASK, NULL) \
	X(W, "i'm asking", OWN_ASK, NULL) X(W, "i am asking", OWN_ASK, NULL) X(W, "i'm requesting", OWN_ASK, NULL) \
	X(W, "i am requesting", OWN_ASK, NULL) X(W, "my impact", OWN_ASK, NULL) \
	X(W, "i expect", OWN_ASK, NULL) \
	/* advice to the candidate to ask: "Candidates should argue for: (1)
	 * ..., (2) a Spin-Out Premium of 15-25% ..." */ \
	X(W, "should argue for", OWN_ASK, NULL) X(W, "should push for", OWN_ASK, NULL) \
	X(W, "should ask for", OWN_ASK, NULL) X(W, "should negotiate for", OWN_ASK, NULL) \
	X(P, "if you", OWN_IF, NULL) X(W, "if i", OWN_IF, NULL) X(P, "if work", OWN_IF, NULL) \
	X(P, "if manag", OWN_IF, NULL) X(P, "if own", OWN_IF, NULL) X(P, "if build", OWN_IF, NULL) \
	X(P, "if design", OWN_IF, NULL) X(P, "if hold", OWN_IF, NULL) \
	/* a sentence opening on the market's state: "In a market where
	 * platform engineers command 20% premiums, ..." says what others earn */ \
	X(W, "in a market where", MARKET_IF, NULL) X(W, "in markets where", MARKET_IF, NULL) \
	/* a premium over liquid equity makes up for illiquidity */ \
	X(W, "over liquid", ILLIQUID, NULL) X(W, "above liquid", ILLIQUID, NULL) X(W, "than liquid", ILLIQUID, NULL) \
	/* a premium 'under the firm's "Core Ledger" pay bands' is named after
	 * them */ \
	X(W, "under", NAMED_BANDS, NULL) X(W, "within", NAMED_BANDS, NULL) \
	/* what the premium "should be", said in the candidate's own quoted
	 * script ("My degree ... The premium should be 15-25% above ..."):
	 * the candidate's request */ \
	X(W, "should be", SCRIPT_ASK, NULL) X(W, "ought to be", SCRIPT_ASK, NULL) X(W, "needs to be", SCRIPT_ASK, NULL)
/* clang-format on */

#include <stdbool.h>
#include <stddef.h>

/* The roles of the tables the text matcher applies. */
enum lexicon_role {
	LEXR_NONE,
	LEXR_PLAIN,
	LEXR_JOINING,
	LEXR_CALENDAR,
	LEXR_TRADE,
	LEXR_EXCHANGE,
	LEXR_TICKER,
	LEXR_YARDSTICK,
	LEXR_THING,
	LEXR_PLACE,
	LEXR_OFFER,
	LEXR_COMPETING,
	LEXR_RIVAL,
	LEXR_GOES_ON,
	LEXR_NAME_NEXT,
	LEXR_OFFER_VERB,
	LEXR_OFFER_GRANT,
	LEXR_OFFER_PAYS,
	LEXR_BASE,
	LEXR_GRANT,
	LEXR_TOTAL,
	LEXR_SIGN_ON,
	LEXR_BONUS,
	LEXR_ONE_YEAR,
	LEXR_FOUR_YEARS,
	LEXR_GENERIC,
	LEXR_PRODUCT,
	LEXR_BREAKS,
	LEXR_CHANGE_BY,
	LEXR_FOR_END,
	LEXR_CLAIM,
	LEXR_CLAIM_SKIP,
	LEXR_RELATIVE,
	LEXR_LINK,
	LEXR_OPENS,
	LEXR_LEAD,
	LEXR_TRAIL,
	LEXR_TITLE_SKILL,
	LEXR_NOT_ROLE,
	LEXR_NO_NAME,
	LEXR_OPENER,
	LEXR_CLAUSE,
	LEXR_TITLE_PREMIUM,
	LEXR_TITLE_TAIL,
	LEXR_TITLE_VERB,
	LEXR_REQUEST,
	LEXR_TARGET_EQUITY,
	LEXR_TARGET_BASE,
	LEXR_TARGET_TOTAL,
	LEXR_AFTER, /* LEXICON_PER_YEAR's */
	LEXR_ANY,
	LEXR_PUT_ON,
	LEXR_PUT_IN,
	LEXR_MEASURED_ON,
	LEXR_OWN_ASK,
	LEXR_OWN_IF,
	LEXR_MARKET_IF,
	LEXR_PCT_LINK,
	LEXR_STANDS,
	LEXR_STANDS_SKIP,
	LEXR_ILLIQUID,
	LEXR_NAMED_BANDS,
	LEXR_EXCEEDS,
	LEXR_STANDARD,
	LEXR_PREMIUM_OF,
	LEXR_JOINS_PART,
	LEXR_HOLDS,
	LEXR_SCRIPT_ASK,
	LEXR_BAND_NOTE,
	LEXR_SKILL_LEAD
};

/* A row as the text matcher holds it. */
struct lexicon_row {
	bool prefix; /* P */
	const char *text;
	int role;
};

/* A table's rows: static const struct lexicon_row t[] =
 * {LEXICON_OFFER(LEXICON_ROW)}; */
#define LEXICON_ROW(match, text, role, guard)                                  \
	{(#match)[0] == 'P', text, LEXR_##role},
#define LEXICON_COUNT(rows) (sizeof(rows) / sizeof *(rows))

/* The end of phrase p's words at s[i] (0: they are not there): whole
 * words, case aside (with prefix, the last need only start the text's
 * word), s[i] a word's start, blanks between the words.  The one
 * comparison of a row's words with a text: the rows below, and the
 * tokens of figures.c's rows. */
size_t lexicon_phrase_end(const char *s, size_t len, size_t i, const char *p,
                          bool prefix);

/* Any role, for the matcher's role argument. */
#define LEXICON_ANY_ROLE (-1)

/* The first row of rows[0, n) of role (LEXICON_ANY_ROLE: any) whose words
 * stand at s[i], case aside: whole words (a P row's last word need only
 * start the text's), s[i] a word's start, blanks between the words.  Its
 * role and in *end the end of the match; LEXR_NONE when none. */
int lexicon_at(const struct lexicon_row *rows, size_t n, int role,
               const char *s, size_t len, size_t i, size_t *end);
/* The first place in s[from, to) where a row of role stands (and ends by
 * to); its role in *found.  (size_t)-1 when none does. */
size_t lexicon_find(const struct lexicon_row *rows, size_t n, int role,
                    const char *s, size_t from, size_t to, int *found);
/* Whether the whole of w[0, wn) is a row of role ("Staff", "March"). */
bool lexicon_word(const struct lexicon_row *rows, size_t n, int role,
                  const char *w, size_t wn);

#endif
