/* premium.c - the agentic AI premium: how much, on what, and whether
 * the target ask already includes it.
 *
 * The tag is a percentage (or a range of them) next to the word
 * "premium": "+20--35% AGENTIC AI PREMIUM", "a 20 to 35% premium",
 * "Premium (20–35%)".  The negotiation DNA summary is read first, then
 * the body.  What it applies to comes from a sentence about the premium
 * (one naming it or its percentages) that says where it goes: "on top of
 * base equity grants", "applied to the equity grant", "on base salary".
 */
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "premium.h"
#include "prose.h"
#include "prose_scan.h"
#include "negotiator/text.h"

/* Words allowed between the percentage and "premium" ("AGENTIC AI"). */
#define PREMIUM_MAX_GAP_WORDS 4
/* Words looked at after "on top of" / "applies to". */
#define TARGET_MAX_WORDS 4
/* Words looked at after "above" / "over" ("over standard Staff/Principal
 * engineering compensation", "over the parent's baseline Staff/Principal
 * Engineer compensation"). */
#define MEASURE_MAX_WORDS 7
/* Words looked at after "base" for "and equity" or "comp". */
#define BASE_MORE_WORDS 3
/* How near a premium word a percent makes it a premium with a figure. */
#define NEAR_PERCENT 24
/* How many words back from "by N%" the verb EXCEEDS may stand. */
#define EXCEED_MAX_WORDS 8
/* How many words back from a percent "premium" may stand ("premium —
 * typically 15%", "premium compensation (15%"). */
#define PREMIUM_BEFORE_WORDS 3
/* "premium in Cloudflare's engineering organization —": the words of a
 * premium and the place it holds, before a dash. */
#define PREMIUM_WHERE_WORDS 8
/* How many words after a premium's percent "over <firm>'s" may start. */
#define OTHER_FIRM_WORDS 6
/* How many words before "offers" a standard ("standard data engineering
 * offers") may stand. */
#define STANDARD_OFFER_WORDS 4
/* How many words after "for" the people a premium is for may end
 * ("for Edge Inference Platform Engineers"). */
#define PREMIUM_FOR_WORDS 5
/* How many words back a subject "the premium for ..." may start. */
#define SUBJECT_MAX_WORDS 8

/* The premium's words, rows of the lexicon (lexicon.h). */
static const struct lexicon_row premium_rows[] = {LEXICON_PREMIUM(LEXICON_ROW)};
/* What it goes on, and whose it is: a small table of its own, looked up at
 * every word of a sentence. */
static const struct lexicon_row part_rows[] = {
	LEXICON_PREMIUM_PART(LEXICON_ROW)};

/* A row of role is the whole of w[0, n). */
static bool is_row(int role, const char *w, size_t n)
{
	return lexicon_word(premium_rows, LEXICON_COUNT(premium_rows), role, w,
	                    n);
}

/* A row of role stands at s[i] (whole words). */
static bool row_at(int role, const char *s, size_t len, size_t i)
{
	size_t end;

	return lexicon_at(premium_rows, LEXICON_COUNT(premium_rows), role, s,
	                  len, i, &end) != LEXR_NONE;
}

/* A row of part_rows of role at s[i]: its end, or 0. */
static size_t premium_part_at(int role, const char *s, size_t len, size_t i)
{
	size_t end;

	return lexicon_at(part_rows, LEXICON_COUNT(part_rows), role, s, len, i,
	                  &end) != LEXR_NONE
	               ? end
	               : 0;
}

/* A word starts at s[i]. */
static bool word_start(const char *s, size_t i)
{
	return prose_word_char(s[i]) && (i == 0 || !prose_word_char(s[i - 1]));
}

/* At s[pct] == '%': the percentage or range it ends, as the lexer reads
 * it ("20–35%", "+20--35%", "20 to 35%", "20%–35%").  Sets lo, hi and the start
 * of the whole phrase (a leading '+' included). */
static bool percent_at(const char *s, size_t len, size_t pct, double *lo,
                       double *hi, size_t *start)
{
	size_t from = pct, reach = pct > 64 ? pct - 64 : 0;

	/* A token's start: the line's, or after a blank a few words back
	 * ("20 to 35%" fits; a whole paragraph is not read again). */
	while (from > reach && s[from - 1] != '\n')
		from--;
	if (from == reach && reach > 0) {
		while (from < pct && s[from] != ' ')
			from++;
		from += from < pct;
	}
	if (!prose_scan_percent(s, len, from, pct, lo, hi, start))
		return false;
	if (*start > 0 && s[*start - 1] == '+')
		(*start)--;
	return *lo > 0 && *lo <= *hi && *hi <= 1000;
}

/* Separators allowed between the words of a tag: spaces and emphasis. */
static bool tag_gap(char c)
{
	return c == ' ' || c == '*' || c == '_' || c == '-' || c == '`';
}

/* A premium tag: its percents, its name ("agentic ai"), and where the
 * phrase starts in the text. */
struct tag {
	double lo, hi;
	char name[64];
	char for_name[64]; /* "premium for X skills": X */
	bool from_title;   /* the name is its block's title's */
	bool from_subject; /* the name is the subject that commands it */
	size_t start;
};

/* Copy s[a, z) lower-cased into name, emphasis and backquotes left out,
 * runs of blanks squeezed. */
static void set_name(char name[64], const char *s, size_t a, size_t z)
{
	size_t n = 0, i;

	for (i = a; i < z && n + 1 < 64; i++) {
		char c = s[i];

		if (c == '*' || c == '_' || c == '`' || c == '"')
			continue;
		if (c == ' ' && (n == 0 || name[n - 1] == ' '))
			continue;
		name[n++] = text_ascii_lower(c);
	}
	while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '-'))
		n--;
	name[n] = '\0';
}

/* Words a name never ends with: who the premium is for, not what. */
static bool generic_word(const char *s, size_t a, size_t z)
{
	return is_row(LEXR_GENERIC, s + a, z - a);
}

/* The word "premium" or "premiums" at s[i]; its length, or 0. */
static size_t premium_word(const char *s, size_t len, size_t i)
{
	if (prose_word_is(s, len, i, "premium"))
		return 7;
	return prose_word_is(s, len, i, "premiums") ? 8 : 0;
}

/* "premium" used as an adjective: "premium subscribers", "a 5% lift in
 * premium conversion" speak of a product, not of pay. */
static bool premium_adjective(const char *s, size_t len, size_t end)
{
	size_t a = end, z;

	if (!prose_next_word(s, len, &a, &z) || a > end + 2)
		return false;
	return row_at(LEXR_PRODUCT, s, len, a);
}

/* Words that, between a percent and "premium", make them two things:
 * "a 5% increase in premium ...", "10% of premium ...". */
static bool breaks_tag(const char *s, size_t len, size_t i)
{
	return row_at(LEXR_BREAKS, s, len, i);
}

/* "premium for Rust and WebAssembly skills": what it is for, before a
 * word such as "skills"; the name is the words in between. */
static void name_after_for(const char *s, size_t len, size_t from,
                           char name[64])
{
	size_t a = from, z, first = PROSE_NONE, last = PROSE_NONE;

	if (!prose_next_word(s, len, &a, &z) || a > from + 2 ||
	    !prose_word_is(s, len, a, "for"))
		return;
	for (int words = 0; words < 5; words++) {
		a = z;
		if (!prose_next_word(s, len, &a, &z))
			return;
		if (row_at(LEXR_FOR_END, s, len, a)) {
			if (first != PROSE_NONE)
				set_name(name, s, first, last);
			return;
		}
		if (first == PROSE_NONE)
			first = a;
		last = z;
	}
}

/* "premium" within a few words after s[from]; the name is the words in
 * between ("+20–35% AGENTIC AI PREMIUM").  An "equity" premium is a share
 * bump unless the role is said to command it (claimed: "this pairing
 * commands a 15-20% equity premium"), where the word says only what it
 * goes on. */
static bool premium_after(const char *s, size_t len, size_t from, struct tag *t,
                          bool claimed)
{
	size_t i = from, words, name_start = PROSE_NONE, name_end = from, pw;

	for (words = 0; words <= PREMIUM_MAX_GAP_WORDS; words++) {
		while (i < len && (tag_gap(s[i]) || s[i] == '&' || s[i] == '/'))
			i++;
		if (i >= len || !prose_word_char(s[i]))
			return false;
		if ((pw = premium_word(s, len, i))) {
			if (premium_adjective(s, len, i + pw))
				return false;
			t->name[0] = '\0';
			if (name_start != PROSE_NONE)
				set_name(t->name, s, name_start, name_end);
			name_after_for(s, len, i + pw, t->for_name);
			return true;
		}
		/* "30% share premium" is equity in a floor, "on carry" not
		 * pay: not the role's premium. */
		if (claimed && name_start == PROSE_NONE &&
		    prose_word_is(s, len, i, "equity")) {
			i += strlen("equity");
			name_end = i;
			continue;
		}
		if (prose_word_starts(s, len, i, "share") ||
		    prose_word_is(s, len, i, "equity") ||
		    prose_word_is(s, len, i, "bonus") ||
		    prose_word_is(s, len, i, "above") ||
		    prose_word_is(s, len, i, "over") ||
		    prose_word_is(s, len, i, "on") || breaks_tag(s, len, i))
			return false;
		if (name_start == PROSE_NONE && !prose_word_is(s, len, i, "a"))
			name_start = i;
		while (i < len && (prose_word_char(s[i]) || s[i] == '/' ||
		                   s[i] == '&' || s[i] == '\'' ||
		                   (s[i] == '-' && i + 1 < len &&
		                    prose_word_char(s[i + 1]))))
			i++;
		name_end = i;
	}
	return false;
}

/* Words that link a premium to its name ("commands a", "which earns",
 * "typically carries"); "command" also as the start of a word. */
static bool premium_link_word(const char *s, size_t len, size_t i)
{
	return row_at(LEXR_LINK, s, len, i);
}

/* An em or en dash (a title's or an aside's, not a range's) starts at
 * s[i], within s[0, len). */
static bool wide_dash_at(const char *s, size_t len, size_t i)
{
	return i + 3 <= len && (memcmp(s + i, "\xE2\x80\x94", 3) == 0 ||
	                        memcmp(s + i, "\xE2\x80\x93", 3) == 0);
}

/* An em dash ends at s[i]: the start of the one that opens its aside
 * ("engineers with OT knowledge — protocols, field constraints —
 * command"), in the same sentence and within APPOSITIVE_MAX bytes; else
 * i. */
#define APPOSITIVE_MAX 300
static size_t before_aside(const char *s, size_t i)
{
	static const char dash[] = "\xE2\x80\x94";

	if (i < 3 || memcmp(s + i - 3, dash, 3) != 0)
		return i;
	for (size_t k = i - 3; k >= 3 && i - k < APPOSITIVE_MAX; k--) {
		if (s[k - 1] == '.' || s[k - 1] == '\n')
			break;
		if (memcmp(s + k - 3, dash, 3) == 0)
			return k - 3;
	}
	return i;
}

/* Step back from s[i] over the link words (and an aside between dashes
 * before them); where the name may end, or PROSE_NONE when no word
 * stands before. */
static size_t back_over_links(const char *s, size_t len, size_t i)
{
	for (;;) {
		size_t e;

		while (i > 0 && (tag_gap(s[i - 1]) || s[i - 1] == '(' ||
		                 s[i - 1] == ':'))
			i--;
		if (before_aside(s, i) != i) {
			i = before_aside(s, i);
			continue;
		}
		e = i;
		while (i > 0 && (prose_word_char(s[i - 1]) || s[i - 1] == '/' ||
		                 s[i - 1] == '&'))
			i--;
		if (i == e)
			return PROSE_NONE;
		/* "this expertise, which commands": the phrase before. */
		if (prose_word_is(s, len, i, "which") ||
		    prose_word_is(s, len, i, "that")) {
			while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == ','))
				i--;
			continue;
		}
		if (!premium_link_word(s, len, i))
			return e;
	}
}

/* A noun phrase starts at "with", "this", "these", "the", "that", "who",
 * after a sentence's period, a quote, a table bar, a line break or a
 * "(". */
static bool phrase_opens(const char *s, size_t len, size_t i)
{
	return row_at(LEXR_OPENS, s, len, i) || (i > 1 && s[i - 2] == '.') ||
	       (i > 0 && (s[i - 1] == '\'' || s[i - 1] == '|' ||
	                  s[i - 1] == '\n' || s[i - 1] == '('));
}

/* Up to six words of the noun phrase that ends at s[i], last first:
 * word k is s[starts_[k], ends[k]).  Returns their count. */
static size_t phrase_back(const char *s, size_t len, size_t i,
                          size_t starts_[6], size_t ends[6])
{
	size_t n = 0;

	while (n < 6) {
		size_t e;

		while (i > 0 &&
		       (s[i - 1] == ' ' || s[i - 1] == '*' || s[i - 1] == '_'))
			i--;
		/* A dash or a backquote ends the phrase. */
		if (i >= 3 && (unsigned char)s[i - 3] == 0xE2 &&
		    (unsigned char)s[i - 2] == 0x80)
			break;
		if (i > 0 && s[i - 1] == '`')
			break;
		e = i;
		while (i > 0 && (prose_word_char(s[i - 1]) || s[i - 1] == '/' ||
		                 s[i - 1] == '&' ||
		                 (s[i - 1] == '-' && i > 1 &&
		                  prose_word_char(s[i - 2]))))
			i--;
		/* "Apple's Analytics Premium": the possessive's 's' ends
		 * the phrase, it is no word of the name. */
		if (i == e ||
		    (e - i == 1 && i > 0 && s[i] == 's' && s[i - 1] == '\''))
			break;
		starts_[n] = i;
		ends[n] = e;
		n++;
		if (phrase_opens(s, len, i))
			break;
	}
	return n;
}

/* The words before s[to] that name what a premium is for: "ML/AI roles
 * command 5-10%", "This distributed leadership complexity commands a
 * 10-15%", "Agentic AI Premium (20–35%)", "Data Scientists with PhD and
 * ML expertise command 10-15%". */
static void name_before(const char *s, size_t len, size_t to, char name[64])
{
	size_t i, ends[6], starts_[6], n, a, z = 0, k;

	name[0] = '\0';
	i = back_over_links(s, len, to);
	if (i == PROSE_NONE)
		return;
	n = phrase_back(s, len, i, starts_, ends);
	/* Words in order: starts_[n-1] .. ends[0]; trim generic ones. */
	a = n;
	while (a > 0 && generic_word(s, starts_[a - 1], ends[a - 1]))
		a--;
	while (z < a && generic_word(s, starts_[z], ends[z]))
		z++;
	if (a <= z)
		return;
	/* "Data Scientists with PhD and ML expertise": what follows
	 * "with" is the name. */
	for (k = a; k > z; k--)
		if (prose_word_is(s, len, starts_[k - 1], "with")) {
			a = k - 1;
			break;
		}
	while (a > z && generic_word(s, starts_[a - 1], ends[a - 1]))
		a--;
	/* "This rare ledger reconciliation capability": the words in front
	 * of a name and those after it that say what kind of thing it is
	 * are not counted in its length. */
	while (a > z + 1 && is_row(LEXR_LEAD, s + starts_[a - 1],
	                           ends[a - 1] - starts_[a - 1]))
		a--;
	while (a > z + 1 &&
	       is_row(LEXR_TRAIL, s + starts_[z], ends[z] - starts_[z]))
		z++;
	/* A long phrase is a clause, not a name. */
	if (a <= z || a - z > 3)
		return;
	set_name(name, s, starts_[a - 1], ends[z]);
}

/* What a name says of its premium: a name (NAME_GOOD); nothing that
 * names it, so that another place must (a pronoun, a part of pay, a
 * word of the guide's layout, a clause: NAME_NONE); or that the premium
 * is not one the role commands but a bump for illiquid equity, travel,
 * on-call or a place (NAME_NOT_ROLE). */
enum name_kind { NAME_GOOD, NAME_NONE, NAME_NOT_ROLE };

/* The whole of name is a row of role. */
static bool is_name(int role, const char *name)
{
	return is_row(role, name, strlen(name));
}

/* The first word of name, cut to fit w. */
static void first_word(const char *name, char w[24])
{
	size_t n = strcspn(name, " ");

	if (n > 23)
		n = 23;
	memcpy(w, name, n);
	w[n] = '\0';
}

/* A multiplier ("4x", "10x"): how much, never part of a name. */
static bool multiplier(const char *w)
{
	size_t d = strspn(w, "0123456789");

	return d > 0 && (w[d] == 'x' || w[d] == 'X') && w[d + 1] == '\0';
}

static enum name_kind name_judge(char name[64])
{
	size_t n, words = 1, k;
	char first[24];

	for (;;) {
		char *sp = strchr(name, ' ');

		first_word(name, first);
		if (!sp || !(is_name(LEXR_LEAD, first) || multiplier(first)))
			break;
		memmove(name, sp + 1, strlen(sp + 1) + 1);
	}
	/* "regulatory compliance depth": "regulatory compliance". */
	for (char *sp;
	     (sp = strrchr(name, ' ')) && is_name(LEXR_TRAIL, sp + 1);)
		*sp = '\0';
	n = strlen(name);
	if (n && is_name(LEXR_LEAD, name))
		name[0] = '\0', n = 0;
	if (n == 0)
		return NAME_NONE;
	for (k = 0; k < n; k++) {
		words += name[k] == ' ';
		/* A clause or a title with its ornaments is no name. */
		if (name[k] == '=' || name[k] == ':' || name[k] == '|' ||
		    name[k] == '%' || name[k] == '(' || name[k] == '$' ||
		    (unsigned char)name[k] == 0xE2)
			break;
	}
	if (is_name(LEXR_NOT_ROLE, name))
		return NAME_NOT_ROLE;
	first_word(name, first);
	if (k < n || words > 4 || is_name(LEXR_NO_NAME, name) ||
	    is_name(LEXR_OPENER, first)) {
		name[0] = '\0';
		return NAME_NONE;
	}
	for (const char *w = name; *w; w += strcspn(w, " "), w += *w == ' ') {
		first_word(w, first);
		if (is_name(LEXR_CLAUSE, first)) {
			name[0] = '\0';
			return NAME_NONE;
		}
	}
	return NAME_GOOD;
}

/* The word that ends before s[i], tag gaps, '(' and ':' skipped: its
 * bounds in [*a, *z); false when there is none. */
static bool word_before(const char *s, size_t i, size_t *a, size_t *z)
{
	while (i > 0 &&
	       (tag_gap(s[i - 1]) || s[i - 1] == '(' || s[i - 1] == ':'))
		i--;
	*z = i;
	while (i > 0 && prose_word_char(s[i - 1]))
		i--;
	*a = i;
	return *a < *z;
}

/* "premium", perhaps with rows PCT_LINK, just before s[to]: "Premium
 * (20–35%)", "a premium of 20%", "this access premium is 15-20%", "the
 * talent market premium, which is 10-20%"; the name is the words before
 * it. */
static bool premium_before(const char *s, size_t len, size_t to, struct tag *t)
{
	size_t i = to, end, words;

	for (words = 0; words < 3; words++) {
		/* "the talent market premium, which is 10-20%" */
		if (words > 0 && i > 1 && s[i - 1] == ' ' && s[i - 2] == ',' &&
		    prose_word_is(s, len, i, "which"))
			i -= 2;
		if (!word_before(s, i, &i, &end))
			return false;
		if (premium_word(s, len, i)) {
			name_before(s, len, end, t->name);
			return true;
		}
		if (!row_at(LEXR_PCT_LINK, s, len, i))
			return false;
	}
	return false;
}

/* "... premium on my base", "... added to my grant": the candidate's own
 * request in s[from, to), not the role's premium. */
static bool own_request(const char *s, size_t len, size_t from, size_t to)
{
	for (size_t i = prose_find_whole_word(s, from, to, "my");
	     i != PROSE_NONE; i = prose_find_whole_word(s, i + 2, to, "my")) {
		size_t a, e;

		if (word_before(s, i, &a, &e) &&
		    (prose_word_is(s, len, a, "on") ||
		     prose_word_is(s, len, a, "to") ||
		     prose_word_is(s, len, a, "onto")))
			return true;
	}
	return false;
}

static size_t premium_claim_verb(const char *s, size_t len, size_t start);

/* Carried interest named in s[a, z), near the percent at s[start]: a word
 * "carry..." that is not the verb claiming the percent for the people or
 * the roles its subject names ("Security roles often carry a 5-10%
 * premium": rows CLAIM, "a" between; not "Offers I hold carry ..."). */
static bool premium_carry_at(const char *s, size_t len, size_t a, size_t z,
                             size_t start)
{
	size_t verb = premium_claim_verb(s, len, start);
	char subject[64] = "";

	if (verb != PROSE_NONE) {
		name_before(s, len, start, subject);
		if (name_judge(subject) != NAME_GOOD)
			verb = PROSE_NONE;
	}
	for (size_t c = prose_find_word(s, a, z, "carry"); c != PROSE_NONE;
	     c = prose_find_word(s, c + 1, z, "carry"))
		if (c != verb)
			return true;
	return false;
}

/* Is the percent at s[start, pct] about something else than the role's
 * pay: a bonus target, carry, a stake, a percentile, the candidate's own
 * request? */
static bool not_role_pay(const char *s, size_t len, size_t start, size_t pct,
                         const struct tag *t)
{
	size_t a = start > 30 ? start - 30 : 0,
	       z = pct + 30 < len ? pct + 30 : len;

	if (t->lo < 1 || t->hi > 100)
		return true;
	while (a > 0 && (s[a] & 0xC0) == 0x80)
		a--;
	while (z < len && (s[z] & 0xC0) == 0x80)
		z++;
	return premium_carry_at(s, len, a, z, start) ||
	       prose_find_word(s, a, z, "percentile") != PROSE_NONE ||
	       prose_find_word(s, a, z, "stake") != PROSE_NONE ||
	       prose_find_whole_word(s, pct, z, "bonus") != PROSE_NONE ||
	       own_request(s, len, pct, z);
}

/* A verb that says the role commands the premium, just before s[start]
 * ("commands a", "command", "earns", "warrants a", "are worth a"): rows
 * CLAIM, with the words CLAIM_SKIP between; where it starts, or
 * PROSE_NONE. */
static size_t premium_claim_verb(const char *s, size_t len, size_t start)
{
	size_t i = start, e, words;

	for (words = 0; words < 3; words++) {
		if (!word_before(s, i, &i, &e))
			return PROSE_NONE;
		if (row_at(LEXR_CLAIM, s, len, i))
			return i;
		if (!row_at(LEXR_CLAIM_SKIP, s, len, i))
			return PROSE_NONE;
	}
	return PROSE_NONE;
}

/* Does a verb claim the percent at s[start] for the role
 * (premium_claim_verb)? */
static bool claimed_before(const char *s, size_t len, size_t start)
{
	return premium_claim_verb(s, len, start) != PROSE_NONE;
}

/* "above standard" (or "over standard", with above "over"; "general",
 * "typical": rows STANDARD) just after the percent's '%' at s[pct]. */
static bool standard_after(const char *s, size_t len, size_t pct,
                           const char *above)
{
	size_t i = pct + 1;

	while (i < len && s[i] == ' ')
		i++;
	if (!prose_word_is(s, len, i, above))
		return false;
	i += strlen(above);
	while (i < len && s[i] == ' ')
		i++;
	return row_at(LEXR_STANDARD, s, len, i);
}

/* "<Name> bands sit 10-18% above standard ...": a premium by another
 * word; the name is what comes before "bands". */
static bool above_standard(const char *s, size_t len, size_t pct, size_t start,
                           char name[64])
{
	size_t i, e;

	if (!standard_after(s, len, pct, "above"))
		return false;
	/* Back over "sit", "run", "are" to "bands". */
	i = start;
	for (int words = 0; words < 3; words++) {
		while (i > 0 && s[i - 1] == ' ')
			i--;
		e = i;
		while (i > 0 && prose_word_char(s[i - 1]))
			i--;
		if (i == e)
			return false;
		if (prose_word_is(s, len, i, "bands") ||
		    prose_word_is(s, len, i, "band")) {
			name_before(s, len, e, name);
			return name[0] != '\0';
		}
	}
	return false;
}

/* Does the word at s[i] start with a capital (or a digit)? */
static bool capital_at(const char *s, size_t i)
{
	return (s[i] >= 'A' && s[i] <= 'Z') || text_is_digit(s[i]) ||
	       (unsigned char)s[i] >= 0xC0;
}

/* Where the words of a title s[a, z) start, its list number skipped:
 * a number that is the title's own stays ("24/7 Operations"), and of
 * "Exchange Licence = Two-Venue Premium" what the title equates with the
 * premium, after the last '='. */
static size_t title_opening(const char *s, size_t a, size_t z)
{
	if (a < z && s[a] == '/')
		while (a > 0 && text_is_digit(s[a - 1]))
			a--;
	for (size_t i = a; i < z; i++)
		if (s[i] == '=')
			a = i + 1;
	while (a < z && s[a] == ' ')
		a++;
	return a;
}

/* "Ledger Domain Expertise:": a title names the skill whole, its word
 * saying it is a skill (rows TITLE_SKILL, TRAIL words that name_judge
 * leaves off a name) included: name (judged) takes it back from the
 * title's full words, unless the block's text s[from, to) writes the skill
 * by the name alone ("my experience in ledger domain commands ..."). */
static void premium_title_trail(char name[64], const char *full, const char *s,
                                size_t from, size_t to)
{
	const char *at = name[0] ? strstr(full, name) : NULL, *w;
	size_t n;

	if (!at || !at[n = strlen(name)] ||
	    prose_find_whole_word(s, from, to, name) != PROSE_NONE)
		return;
	for (w = at + n; *w == ' ';) {
		size_t e = strcspn(w + 1, " ");

		if (!is_row(LEXR_TITLE_SKILL, w + 1, e))
			return;
		w += 1 + e;
	}
	if (*w)
		return;
	memmove(name, at, strlen(at) + 1);
}

/* The title of a block that opens "Title: ..." ("2. AI Release Premium:",
 * "Lever 3 — Edge Skills Premium:"), lower-cased, without its number, a
 * "Lever" and a trailing "Premium" or "Request": a name when it is a
 * short title in capitals.  *premium says whether the title names a
 * premium. */
static void title_name(const char *s, size_t len, char name[64], bool *premium)
{
	const char *colon = memchr(s, ':', len < 80 ? len : 80);
	size_t a = 0, z, i;
	int words = 0;
	bool again = true, lowered = false;
	char full[64];

	name[0] = '\0';
	*premium = false;
	if (!colon)
		return;
	z = (size_t)(colon - s);
	/* The number and "Lever 3 —" in front. */
	while (again && a < z) {
		again = false;
		while (a < z && (s[a] == ' ' || s[a] == '*' || s[a] == '#' ||
		                 s[a] == '.' || s[a] == ')' || s[a] == '-' ||
		                 text_is_digit(s[a])))
			a++, again = true;
		if (wide_dash_at(s, z, a))
			a += 3, again = true;
		if (prose_word_is(s, z, a, "lever"))
			a += 5, again = true;
	}
	a = title_opening(s, a, z);
	/* "Alpha Premium for Designers": the title up to "Premium"; of
	 * "Launch Team — Ledger Data Premium", the premium after the dash. */
	for (i = a; i < z; i++)
		if ((i == a || !prose_word_char(s[i - 1])) &&
		    premium_word(s, z, i)) {
			z = i + premium_word(s, z, i);
			for (size_t d = a; d + 3 <= i; d++)
				if (wide_dash_at(s, i, d))
					a = d + 3;
			while (a < z && s[a] == ' ')
				a++;
			break;
		}
	/* "Negotiate the edge-compute premium": what follows the last
	 * "the" ("Frame your talk around the night-desk premium"). */
	if (row_at(LEXR_TITLE_VERB, s, z, a)) {
		size_t the = PROSE_NONE;

		for (i = a; i + 4 < z; i++)
			if ((prose_word_is(s, z, i, "the") ||
			     prose_word_is(s, z, i, "your")) &&
			    !prose_word_char(s[i - 1]))
				the = i;
		if (the == PROSE_NONE)
			return;
		a = the + (prose_word_is(s, z, the, "the") ? 4 : 5);
		lowered = true;
	}
	/* "Premium", "Lever", "Request" at the end. */
	for (again = true; again;) {
		size_t e, w;

		again = false;
		while (z > a && (s[z - 1] == ' ' || s[z - 1] == '*'))
			z--;
		for (w = z; w > a && prose_word_char(s[w - 1]); w--)
			;
		e = w < z ? row_at(LEXR_TITLE_PREMIUM, s, z, w) : 0;
		if (e || (w < z && row_at(LEXR_TITLE_TAIL, s, z, w))) {
			*premium = *premium || e;
			z = w;
			again = true;
		}
	}
	/* A short title, its words in capitals ("and", "of" aside). */
	for (i = a; i < z; i++) {
		if (!prose_word_char(s[i]) ||
		    (i > a && prose_word_char(s[i - 1])))
			continue;
		words++;
		if (!lowered && !capital_at(s, i) &&
		    !prose_word_is(s, z, i, "and") &&
		    !prose_word_is(s, z, i, "of") &&
		    !prose_word_is(s, z, i, "for"))
			return;
	}
	if (words == 0 || words > 5 || (lowered && !*premium))
		return;
	set_name(name, s, a, z);
	memcpy(full, name, sizeof full);
	if (name_judge(name) != NAME_GOOD)
		name[0] = '\0';
	premium_title_trail(name, full, s, (size_t)(colon - s) + 1, len);
}

/* A request (a row REQUEST: "push for", "ask", "I'd like") before the
 * percent at s[start] in its sentence, or just before it. */
static bool premium_request_before(const char *s, size_t len, size_t start)
{
	size_t a = start > 40 ? start - 40 : 0,
	       head = prose_sentence_start(s, len, start);
	int found;

	if (head < a)
		a = head;
	while (a > 0 && (s[a] & 0xC0) == 0x80)
		a--;
	return lexicon_find(premium_rows, LEXICON_COUNT(premium_rows),
	                    LEXR_REQUEST, s, a, start, &found) != (size_t)-1;
}

/* The sentence of the percent at s[start] tells the candidate to ask
 * for it: it opens on a request (a row REQUEST: "Push for 15-25% above
 * standard engineer comp") or asks in the first person before it (a row
 * OWN_ASK: "I'm asking for a 15% on-call premium"), advice, not what the
 * role is said to command ("candidates with X can negotiate 15-25%
 * above ..." is). */
static bool row_in(int role, const char *s, size_t from, size_t to);

static bool premium_told_to_ask(const char *s, size_t len, size_t start)
{
	size_t w = prose_sentence_start(s, len, start);

	size_t a = w;

	while (w < start && !prose_word_char(s[w]))
		w++;
	return w < start && (row_at(LEXR_REQUEST, s, len, w) ||
	                     row_in(LEXR_OWN_ASK, s, a, start));
}

/* A premium the text asks for ("I'd like a 10-15% premium over your
 * standard offer", "push for on-call pay or a dedicated SRE premium of
 * 10-15%": a REQUEST row before it in its sentence, or just before),
 * or one over another offer: an ask, not the role's premium. */
static bool asked_for(const char *s, size_t len, size_t start, size_t pct)
{
	size_t z = pct + 60 < len ? pct + 60 : len;

	while (z < len && (s[z] & 0xC0) == 0x80)
		z++;
	if (premium_request_before(s, len, start))
		return true;
	/* "over standard data engineering offers" is a yardstick (a row
	 * STANDARD a few words before), not the offer a raise is asked on */
	for (size_t o = prose_find_word(s, pct, z, "offer"); o != PROSE_NONE;
	     o = prose_find_word(s, o + 5, z, "offer")) {
		size_t i = o, w, e;
		bool standard = false;

		for (int n = 0; n < STANDARD_OFFER_WORDS && !standard &&
		                word_before(s, i, &w, &e);
		     n++, i = w)
			standard = row_at(LEXR_STANDARD, s, len, w);
		if (!standard)
			return true;
	}
	return false;
}

/* The words of s[a, c) as a skill's name ("AI Ops experience", "proven
 * ML expertise"): words that say what kind of thing (TRAIL) left off its
 * end, those in front of a name (LEAD) off its start, at most three words
 * (true: a name). */
static bool premium_skill_words(const char *s, size_t a, size_t c,
                                char name[64])
{
	size_t z, w, e, words = 0;

	for (z = c; word_before(s, z, &w, &e) && w > a &&
	            is_row(LEXR_TRAIL, s + w, e - w);)
		z = w;
	for (;;) {
		while (a < z && s[a] == ' ')
			a++;
		for (e = a; e < z && prose_word_char(s[e]); e++)
			;
		if (e >= z || !is_row(LEXR_LEAD, s + a, e - a))
			break;
		a = e;
	}
	/* words as a name counts them: "ML-integrated" is one */
	for (size_t i = a; i < z; i++)
		words += s[i] != ' ' && (i == a || s[i - 1] == ' ');
	if (words == 0 || words > 3)
		return false;
	set_name(name, s, a, z);
	if (name_judge(name) != NAME_GOOD)
		name[0] = '\0';
	return name[0] != '\0';
}

/* "If you have experience shipping X, you command a 15-20% premium": a
 * claim whose subject names nothing ("you"), in a sentence that opens on
 * a condition on the candidate (a row OWN_IF): the words of the condition
 * after its last row SKILL_LEAD ("have", "bring", "shipping") up to its
 * comma, those saying what kind of thing (TRAIL: "experience") left off,
 * are the skill, the premium's name (true: named so). */
static bool premium_condition_name(const char *s, size_t len, size_t start,
                                   char name[64])
{
	size_t w = prose_sentence_start(s, len, start), c, a = PROSE_NONE;

	while (w < start && !prose_word_char(s[w]))
		w++;
	if (!premium_part_at(LEXR_OWN_IF, s, start, w))
		return false;
	for (c = w; c < start && s[c] != ','; c++)
		if (word_start(s, c) && row_at(LEXR_SKILL_LEAD, s, len, c))
			a = c;
	/* one condition: "If you've built X, shipped Y, or ..." is a list */
	if (c >= start || a == PROSE_NONE || memchr(s + c + 1, ',', start - c))
		return false;
	while (a < c && prose_word_char(s[a]))
		a++;
	return premium_skill_words(s, a, c, name);
}

/* "... 20-30% above standard SWE ranges for candidates with proven ML
 * expertise": a premium whose sentence names no one commanding it, said
 * to be for people (a row GENERIC) "with" a skill in the words after its
 * percent at s[pct] (its clause): the skill names it (true). */
static bool clause_break(const char *s, size_t from, size_t to);

static bool premium_for_skill(const char *s, size_t len, size_t pct,
                              char name[64])
{
	size_t i = pct + 1, a, z, w, e;

	for (int n = 0; n < MEASURE_MAX_WORDS + 4; n++, i = z) {
		a = i;
		if (!prose_next_word(s, len, &a, &z) || clause_break(s, i, a))
			return false;
		if (!prose_word_is(s, len, a, "with") ||
		    !word_before(s, a, &w, &e) ||
		    !is_row(LEXR_GENERIC, s + w, e - w))
			continue;
		for (e = z; e < len && !clause_break(s, e, e + 1) &&
		            s[e] != '.' && s[e] != '\n';
		     e++)
			;
		return premium_skill_words(s, z, e, name);
	}
	return false;
}

/* Does a row of part_rows of role start a word of s[from, to)? */
static bool row_in(int role, const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (word_start(s, i) && premium_part_at(role, s, to, i))
			return true;
	return false;
}

/* A sentence s[w, z) that opens with a block's title ("Team Retention:
 * \"In a market where ..."): where the words after the title start, else
 * w. */
static size_t after_title(const char *s, size_t w, size_t z)
{
	const char *colon = memchr(s + w, ':', z - w < 80 ? z - w : 80);
	size_t i;

	if (!colon)
		return w;
	for (i = (size_t)(colon - s); i < z && !prose_word_char(s[i]); i++)
		;
	return i < z ? i : w;
}

/* Does a row of part_rows of role open s[w, z), or the words after its
 * block's title there? */
static bool opens_on(int role, const char *s, size_t w, size_t z)
{
	return premium_part_at(role, s, z, w) ||
	       premium_part_at(role, s, z, after_title(s, w, z));
}

/* A clause ends in s[from, to): a comma, a colon, a parenthesis, a dash
 * ("over four years) the most ..." measures nothing). */
static bool clause_break(const char *s, size_t from, size_t to)
{
	static const char marks[] = ",;:()", dash[] = "\xE2\x80\x94";

	for (size_t i = from; i < to; i++)
		if (memchr(marks, s[i], sizeof marks - 1) ||
		    (i + 3 <= to && memcmp(s + i, dash, 3) == 0))
			return true;
	return false;
}

/* Is s[start] inside the condition that opens s[w, z) ("If your
 * platform lets the firm charge a 20% premium over rivals, ..."): before
 * the condition's clause ends?  What a condition supposes is no claim. */
static bool in_condition(const char *s, size_t w, size_t z, size_t start)
{
	size_t c = premium_part_at(LEXR_OWN_IF, s, z, w) ? w
	                                                 : after_title(s, w, z);

	return c < start && premium_part_at(LEXR_OWN_IF, s, z, c) &&
	       !clause_break(s, c, start);
}

/* The pass "the candidate's own premium" (under the skill-premium rule of
 * 2026-12-07: a premium the guide says the people of the role with a
 * skill command is the role's, "Engineers with OT knowledge command ...",
 * "My experience with ... This expertise commands ...", "If you have
 * shipped X, you can command ...").  The percent at s[start] is the
 * candidate's or another's, not the role's, in a sentence that opens
 * (after its block's title) on the market ("In a market where ...": what
 * others earn), after a request in the first person in that sentence
 * that no claim answers ("I'd like a 10% premium", but not "I'd like the
 * comp to reflect this pairing, which commands ..."), after a request
 * (rows REQUEST) in a sentence or block that opens on a condition on the
 * candidate ("If you have streaming experience, push for ...", "If
 * working on X, ... Push for the 20% premium"), or for illiquid equity. */
static bool candidates_own(const char *s, size_t len, size_t start)
{
	size_t a = prose_sentence_start(s, len, start),
	       z = prose_sentence_end(s, len, a), w, b;
	int found;

	for (w = a; w < z && !prose_word_char(s[w]); w++)
		;
	for (b = 0; b < len && !prose_word_char(s[b]); b++)
		;
	if (opens_on(LEXR_MARKET_IF, s, w, z) ||
	    row_in(LEXR_ILLIQUID, s, start, z) ||
	    in_condition(s, w, z, start) ||
	    (row_in(LEXR_OWN_ASK, s, a, start) &&
	     !claimed_before(s, len, start)))
		return true;
	return (opens_on(LEXR_OWN_IF, s, w, z) ||
	        opens_on(LEXR_OWN_IF, s, b, prose_sentence_end(s, len, b))) &&
	       lexicon_find(premium_rows, LEXICON_COUNT(premium_rows),
	                    LEXR_REQUEST, s, a, start, &found) != (size_t)-1;
}

/* A quote mark at s[i] (straight or curly): its length, or 0. */
static size_t quote_at(const char *s, size_t len, size_t i)
{
	if (s[i] == '"')
		return 1;
	return i + 3 <= len && (memcmp(s + i, "\xE2\x80\x9C", 3) == 0 ||
	                        memcmp(s + i, "\xE2\x80\x9D", 3) == 0)
	               ? 3
	               : 0;
}

/* Is s[at] inside a quoted script the candidate says: after an opening
 * quote on its line that "I" or "my" follows before s[at]? */
static bool in_own_script(const char *s, size_t len, size_t at)
{
	size_t line = at, open = PROSE_NONE, q;

	while (line > 0 && s[line - 1] != '\n')
		line--;
	for (size_t i = line; i < at; i += q ? q : 1)
		if ((q = quote_at(s, len, i)) != 0)
			open = open == PROSE_NONE ? i + q : PROSE_NONE;
	return open != PROSE_NONE &&
	       (prose_find_whole_word(s, open, at, "my") != PROSE_NONE ||
	        prose_find_whole_word(s, open, at, "i") != PROSE_NONE);
}

/* The candidate's request in the clause of the percent at s[start]: a row
 * SCRIPT_ASK before it inside the candidate's quoted script ("... my
 * degree. The premium for it should be 15-25% above standard comp."). */
static bool requested(const char *s, size_t len, size_t start)
{
	if (!in_own_script(s, len, start))
		return false;
	for (size_t i = prose_sentence_start(s, len, start); i < start; i++)
		if (word_start(s, i) &&
		    premium_part_at(LEXR_SCRIPT_ASK, s, start, i) &&
		    !clause_break(s, i, start))
			return true;
	return false;
}

/* A premium with no name of its own, said to be paid 'under the firm's
 * "Core Ledger" pay bands' in the words after s[from] (its clause): the
 * bands' quoted name is the premium's. */
static void name_of_bands(const char *s, size_t len, size_t from, char name[64])
{
	size_t i, end, q, a, z, w, e;

	for (i = from; i < len && i < from + 80 && !clause_break(s, i, i + 1);
	     i++)
		if (word_start(s, i) &&
		    premium_part_at(LEXR_NAMED_BANDS, s, len, i))
			break;
	if (i >= len || !(end = premium_part_at(LEXR_NAMED_BANDS, s, len, i)))
		return;
	for (a = end; a < len && a < end + 24 && !quote_at(s, len, a); a++)
		;
	if (a >= len || !(q = quote_at(s, len, a)))
		return;
	for (z = a + q; z < len && z < a + 64 && !quote_at(s, len, z); z++)
		;
	if (z >= len || !quote_at(s, len, z))
		return;
	w = z + quote_at(s, len, z);
	if (prose_next_word(s, len, &w, &e) && prose_word_is(s, len, w, "pay"))
		w = e, prose_next_word(s, len, &w, &e);
	if (prose_word_starts(s, len, w, "band"))
		set_name(name, s, a + q, z);
}

/* "Engineers who can build and enforce these standards are worth a 12%
 * premium": the words before the percent are a relative clause (a row
 * RELATIVE in its sentence before s[start]), and its last noun phrase
 * ("these standards") is no name for the premium. */
static bool relative_subject(const char *s, size_t len, size_t start)
{
	size_t a = 0, z;

	for (;;) {
		z = prose_sentence_end(s, len, a);
		if (z > start || z >= len || z <= a)
			break;
		a = z;
	}
	for (size_t i = a; i < start; i++)
		if (word_start(s, i) && row_at(LEXR_RELATIVE, s, len, i))
			return true;
	return false;
}

/* "compensation that exceeds peer roles by 15-20%": the percent at
 * s[start] follows "by", and a row EXCEEDS is the verb of its clause, a
 * pay word (a row TARGET_*) among the words before it; *verb: where the
 * verb starts. */
static bool exceeds_by(const char *s, size_t len, size_t start, size_t *verb)
{
	size_t a, z, i;

	if (!word_before(s, start, &a, &z) || !prose_word_is(s, len, a, "by"))
		return false;
	for (int n = 0; n < EXCEED_MAX_WORDS; n++) {
		i = a;
		if (!word_before(s, i, &a, &z) || clause_break(s, z, i))
			return false;
		if (premium_part_at(LEXR_EXCEEDS, s, len, a)) {
			*verb = a;
			for (n = 0; n < 3 && word_before(s, a, &a, &z); n++)
				if (premium_part_at(LEXR_TARGET_TOTAL, s, len,
				                    a) ||
				    premium_part_at(LEXR_TARGET_BASE, s, len,
				                    a) ||
				    premium_part_at(LEXR_TARGET_EQUITY, s, len,
				                    a))
					return true;
			return false;
		}
	}
	return false;
}

/* "engineers with edge and AI experience can command 15-25% above
 * standard senior offers": a premium by another word, the role said to
 * command the percent above a standard (a claim before it, rows CLAIM);
 * named as a subject that commands one is. */
static bool claimed_above_standard(const char *s, size_t len, size_t pct,
                                   size_t start, char name[64])
{
	if (!claimed_before(s, len, start) ||
	    !(standard_after(s, len, pct, "above") ||
	      standard_after(s, len, pct, "over")))
		return false;
	name_before(s, len, start, name);
	if (relative_subject(s, len, start) || name_judge(name) != NAME_GOOD)
		name[0] = '\0';
	return true;
}

static const char *target_after(const char *s, size_t len, size_t from,
                                int words);
static const char *word_target(const char *s, size_t len, size_t a);

/* The subject that ends at s[to] is the premium itself, with the place
 * or the people it is for after it ("The premium for this capability",
 * "the technical EM premium in the Toronto AI market"): where the word
 * "premium" ends, else 0.  Rows PREMIUM_OF are the words after it. */
static size_t premium_subject(const char *s, size_t len, size_t to)
{
	size_t i = to, a, z, after = PROSE_NONE;

	for (int n = 0; n < SUBJECT_MAX_WORDS && word_before(s, i, &a, &z);
	     n++, i = a) {
		if (clause_break(s, z, i) || s[z] == '.')
			return 0;
		if (premium_word(s, len, a))
			return after != PROSE_NONE && row_at(LEXR_PREMIUM_OF, s,
			                                     len, after)
			               ? z
			               : 0;
		after = a;
	}
	return 0;
}

/* "ML engineers are 10-20% above standard software engineering ranges",
 * "this expertise should be 15-25% above standard engineering comp",
 * "bands that can stretch 20-30% above standard SWE ranges", "base
 * salaries run 5-15% above general engineering roles": the role's pay
 * said to stand (rows STANDS, with STANDS_SKIP between) a percent above
 * a standard (rows STANDARD), the pay named after it (a row TARGET_*
 * within a few words) or as the subject; named by the subject before the
 * verb, unless that is the pay itself. */
static bool stands_above_standard(const char *s, size_t len, size_t pct,
                                  size_t start, char name[64])
{
	size_t i = start, a, z, verb = PROSE_NONE, e, premium_end;
	bool pay_subject;

	if (!standard_after(s, len, pct, "above"))
		return false;
	for (int n = 0; n < 3 && word_before(s, i, &a, &z); n++, i = a) {
		if (row_at(LEXR_STANDS, s, len, a))
			verb = a;
		else if (!row_at(LEXR_STANDS_SKIP, s, len, a))
			break;
	}
	if (verb == PROSE_NONE)
		return false;
	/* back over the skipped words before the verb to the subject */
	for (i = verb;
	     word_before(s, i, &a, &z) && row_at(LEXR_STANDS_SKIP, s, len, a);)
		i = a;
	pay_subject = word_before(s, i, &a, &z) && word_target(s, len, a);
	premium_end = premium_subject(s, len, i);
	e = pct + 1;
	if (!prose_next_word(s, len, &e, &z) ||
	    !prose_next_word(s, len, &z, &e) ||
	    !(pay_subject || premium_end ||
	      target_after(s, len, e, MEASURE_MAX_WORDS)))
		return false;
	/* "The technical EM premium in the Toronto market is 15-20%
	 * above": named before "premium", not by the words after it */
	name_before(s, len, premium_end ? premium_end : i, name);
	if (pay_subject || relative_subject(s, len, start) ||
	    name_judge(name) != NAME_GOOD)
		name[0] = '\0';
	return true;
}

/* "at a premium over standard engineering roles (10-15% higher)": the
 * percent alone in a parenthesis, said to be higher (a row MEASURED_ON
 * after it, then ')'), just after "premium over / above" a standard
 * (rows STANDARD) and the few words naming it. */
static bool premium_paren_after(const char *s, size_t len, size_t pct,
                                size_t start)
{
	size_t i = start, a, z = pct + 1, e;

	if (start == 0 || s[start - 1] != '(' ||
	    !prose_next_word(s, len, &z, &e) ||
	    !premium_part_at(LEXR_MEASURED_ON, s, len, z) || e >= len ||
	    s[e] != ')')
		return false;
	i = start - 1;
	for (int n = 0; n < MEASURE_MAX_WORDS && word_before(s, i, &a, &z);
	     n++, i = a) {
		if (clause_break(s, z, i))
			return false;
		if (premium_word(s, len, a))
			return (standard_after(s, len, z - 1, "over") ||
			        standard_after(s, len, z - 1, "above"));
	}
	return false;
}

/* "the highest premium in the engineering organization — typically
 * 15-25% above ...": the word "premium" and the place it holds (a word
 * "in", "at", "across", "among" or "within" after it, a few words in
 * all) end at s[i], before the dash. */
static bool premium_where_before(const char *s, size_t len, size_t i)
{
	static const char *const where[] = {"in",    "at",     "across",
	                                    "among", "within", NULL};
	size_t a, z, after = PROSE_NONE;

	for (int n = 0; n < PREMIUM_WHERE_WORDS && word_before(s, i, &a, &z);
	     n++, i = a) {
		if (clause_break(s, z, i) || s[z] == '.')
			return false;
		if (premium_word(s, len, a))
			return after != PROSE_NONE &&
			       prose_word_in(s, len, after, where);
		after = a;
		/* "Cloudflare's": over the apostrophe to the name */
		if (a >= 1 && s[a - 1] == '\'')
			a -= 1;
		else if (a >= 3 && memcmp(s + a - 3, "\xE2\x80\x99", 3) == 0)
			a -= 3;
	}
	return false;
}

/* "paid at a meaningful premium — typically 15-20% above standard SWE
 * bands", "premium compensation (15-25% above standard engineering
 * bands)": the word "premium" (a word of pay after it allowed) stands
 * just before the percent, with a dash, a '(' or a row STANDS_SKIP
 * between, and the percent is above a standard: the premium's size,
 * said after the word.  No name of its own. */
static bool premium_then_above(const char *s, size_t len, size_t pct,
                               size_t start)
{
	size_t i = start, a;

	if (premium_paren_after(s, len, pct, start))
		return true;
	if (!standard_after(s, len, pct, "above") &&
	    !standard_after(s, len, pct, "over"))
		return false;
	for (int n = 0; n < PREMIUM_BEFORE_WORDS; n++) {
		while (i > 0 &&
		       (s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '*'))
			i--;
		if (i >= 3 && wide_dash_at(s, i, i - 3)) {
			i -= 3;
			if (premium_where_before(s, len, i))
				return true;
			n--;
			continue;
		}
		for (a = i; a > 0 && prose_word_char(s[a - 1]); a--)
			;
		if (a == i)
			return false;
		if (premium_word(s, len, a))
			return true;
		if (!row_at(LEXR_STANDS_SKIP, s, len, a) &&
		    !premium_part_at(LEXR_TARGET_TOTAL, s, len, a))
			return false;
		i = a;
	}
	return false;
}

/* The possessive that starts at s[i] ("Gemini's", "Big Tech’s": up to two
 * words in capitals before an apostrophe and 's'): where its last word
 * starts and ends (without the apostrophe); false when none does. */
static bool possessive_at(const char *s, size_t len, size_t i, size_t *a,
                          size_t *z)
{
	static const char curly[] = "\xE2\x80\x99";

	for (int words = 0; words < 2 && i < len && capital_at(s, i); words++) {
		*a = i;
		while (i < len && (prose_word_char(s[i]) || s[i] == '&') &&
		       !(i + 3 < len && memcmp(s + i, curly, 3) == 0))
			i++;
		*z = i;
		if (i + 1 < len && s[i] == '\'' && s[i + 1] == 's')
			return true;
		if (i + 3 < len && memcmp(s + i, curly, 3) == 0 &&
		    s[i + 3] == 's')
			return true;
		while (i < len && s[i] == ' ')
			i++;
	}
	return false;
}

/* One word in capitals at s[a] that ends its clause ("over Redmond",
 * "over Gemini." ): its end in *z. */
static bool name_ends_clause(const char *s, size_t len, size_t a, size_t *z)
{
	size_t e = a;

	if (a >= len || !capital_at(s, a))
		return false;
	while (e < len && (prose_word_char(s[e]) || s[e] == '-'))
		e++;
	*z = e;
	return e == len || memchr(".,;:)\"\n", s[e], 7) ||
	       (s[e] == ' ' && e + 1 < len && s[e + 1] == '-') ||
	       (s[e] == ' ' && e + 3 < len &&
	        memcmp(s + e + 1, "\xE2\x80\x94", 3) == 0);
}

/* "a 15-20% premium over Gemini's equity packages", "15-20% premium over
 * Redmond": a premium over the pay of another firm or place (a possessive,
 * or one word in capitals that ends the clause, after "over" / "above" in
 * the words after s[from], its last word none of the guide's own firm's
 * name) compares two firms or places; it is not the role's premium. */
static bool over_other_firm(const char *s, size_t len, size_t from,
                            const char *firm)
{
	size_t a = from, z, pa, pz;
	char word[48];

	for (int n = 0; n < OTHER_FIRM_WORDS; n++, a = z) {
		if (!prose_next_word(s, len, &a, &z) ||
		    clause_break(s, from, a))
			return false;
		if (!prose_word_is(s, len, a, "over") &&
		    !prose_word_is(s, len, a, "above"))
			continue;
		for (pa = z; pa < len && s[pa] == ' '; pa++)
			;
		if (!possessive_at(s, len, pa, &pa, &pz) &&
		    !name_ends_clause(s, len, pa, &pz))
			return false;
		if (pz - pa >= sizeof word)
			return false;
		for (size_t k = 0; k < pz - pa; k++)
			word[k] = text_ascii_lower(s[pa + k]);
		word[pz - pa] = '\0';
		return !firm || prose_find_whole_word(firm, 0, strlen(firm),
		                                      word) == PROSE_NONE;
	}
	return false;
}

/* A premium read by another word ("commands 15% above standard ..."):
 * with no name of its own it takes its block's title, as a claimed one
 * does.  Always true. */
static bool untitled_name(const char *s, size_t len, struct tag *t)
{
	bool titled;

	t->from_title = !t->name[0];
	if (t->from_title)
		title_name(s, len, t->name, &titled);
	return true;
}

/* "**Agentic Premium (15-30%):** ... apply the 15-30% Agentic AI
 * premium": a name that the same line writes in full with the same
 * percent further on (its words and more after them) is the fuller name. */
static void premium_fuller_name(const char *s, size_t len, struct tag *t)
{
	size_t n = strlen(t->name), start;

	for (size_t i = t->start; i < len && n; i++) {
		struct tag u;

		memset(&u, 0, sizeof u);
		if (s[i] != '%' ||
		    !percent_at(s, len, i, &u.lo, &u.hi, &start) ||
		    u.lo != t->lo || u.hi != t->hi ||
		    !premium_after(s, len, i + 1, &u, false) ||
		    strncmp(u.name, t->name, n) != 0 || u.name[n] != ' ' ||
		    name_judge(u.name) != NAME_GOOD)
			continue;
		memcpy(t->name, u.name, sizeof t->name);
		return;
	}
}

/* The first premium tag in s[0, len) that is about the role's pay.  In
 * the DNA line any tag counts; in the body, one with a name ("a 10-15%
 * complexity premium", "Agentic AI Premium (20-35%)"), one the role is
 * said to command, one in a block titled as a premium ("AI Release
 * Premium: push for a 10-15% premium"), or one that is not asked for.
 * A premium for illiquid equity, travel or a place is not the role's. */
static bool find_tag(const char *s, size_t len, struct tag *t, bool dna,
                     const char *firm)
{
	size_t i, start;

	for (i = 0; i < len; i++) {
		bool claimed, titled, subject, skill = false;
		size_t verb;
		char title[64];

		if (s[i] != '%' ||
		    !percent_at(s, len, i, &t->lo, &t->hi, &start))
			continue;
		if (!dna && requested(s, len, start))
			continue;
		t->start = start;
		t->name[0] = t->for_name[0] = '\0';
		t->from_title = t->from_subject = false;
		if (!dna && above_standard(s, len, i, start, t->name) &&
		    !not_role_pay(s, len, start, i, t) &&
		    name_judge(t->name) != NAME_NOT_ROLE)
			return true;
		t->name[0] = '\0';
		if (!dna && claimed_above_standard(s, len, i, start, t->name) &&
		    !not_role_pay(s, len, start, i, t) &&
		    !candidates_own(s, len, start))
			return untitled_name(s, len, t);
		t->name[0] = '\0';
		if (!dna && stands_above_standard(s, len, i, start, t->name) &&
		    !not_role_pay(s, len, start, i, t) &&
		    !candidates_own(s, len, start)) {
			if (!t->name[0])
				premium_for_skill(s, len, i, t->name);
			return untitled_name(s, len, t);
		}
		t->name[0] = '\0';
		if (!dna && premium_then_above(s, len, i, start) &&
		    !not_role_pay(s, len, start, i, t) &&
		    !candidates_own(s, len, start))
			return untitled_name(s, len, t);
		if (!dna && exceeds_by(s, len, start, &verb) &&
		    !not_role_pay(s, len, start, i, t) &&
		    !candidates_own(s, len, start))
			return true;
		if (!premium_after(s, len, i + 1, t,
		                   claimed_before(s, len, start)) &&
		    !premium_before(s, len, start, t))
			continue;
		if (not_role_pay(s, len, start, i, t) ||
		    name_judge(t->name) == NAME_NOT_ROLE ||
		    over_other_firm(s, len, i + 1, firm) ||
		    (!dna && candidates_own(s, len, start)))
			continue;
		if (!t->name[0] && name_judge(t->for_name) == NAME_GOOD)
			memcpy(t->name, t->for_name, sizeof t->name);
		if (!t->name[0] && !dna)
			name_of_bands(s, len, i + 1, t->name);
		claimed = claimed_before(s, len, start);
		subject = !t->name[0] && claimed;
		if (subject) {
			name_before(s, len, start, t->name);
			if (relative_subject(s, len, start))
				t->name[0] = '\0';
			if (name_judge(t->name) == NAME_NOT_ROLE)
				continue;
			skill = name_judge(t->name) != NAME_GOOD &&
			        premium_condition_name(s, len, start, t->name);
		}
		title_name(s, len, title, &titled);
		/* The block's title naming a premium is the guide's name for
		 * it, over the subject of the sentence that claims it. */
		t->from_title = (!t->name[0] && (claimed || titled)) ||
		                (subject && titled && title[0]);
		if (t->from_title)
			memcpy(t->name, title, sizeof t->name);
		premium_fuller_name(s, len, t);
		t->from_subject = subject && !t->from_title && !skill;
		if (dna || t->name[0] || claimed || titled ||
		    !asked_for(s, len, start, i))
			return true;
	}
	return false;
}

/* The name of a premium the line names without a percent ("Researcher
 * Premium"), away from s[avoid, avoid + 24) where a tag stands; for a
 * tag that has none of its own. */
static void name_from_line(const char *s, size_t len, size_t avoid,
                           char name[64])
{
	name[0] = '\0';
	for (size_t i = 0; i + 7 <= len && !name[0]; i++)
		if (premium_word(s, len, i) && (s[i] == 'P') &&
		    (i == 0 || s[i - 1] != '-') &&
		    (avoid == PROSE_NONE || i < avoid || i > avoid + 24)) {
			name_before(s, len, i, name);
			if (name_judge(name) != NAME_GOOD)
				name[0] = '\0';
		}
}

/* "3. **Lever 3 — Ledger Impact Premium:** \"The +15-25% premium for
 * staff engineers ...\"": the title of the block on the line of s[i],
 * when it names a premium; else name is left as it is. */
static void premium_line_title(const char *s, size_t i, char name[64])
{
	size_t a = i, z = i;
	char title[64];
	bool titled;

	while (a > 0 && s[a - 1] != '\n')
		a--;
	while (s[z] && s[z] != '\n')
		z++;
	title_name(s + a, z - a, title, &titled);
	if (titled && title[0])
		memcpy(name, title, 64);
}

/* The name the body gives a percent the DNA line tags with none: "the
 * +15-25% Staff premium" names a DNA's "+15-25% Premium", and so does
 * the title of the block that says "the +15-25% premium" with no name.  The
 * first such name in s[0, len) that is one, else nothing. */
static void name_in_body(const char *s, size_t len, const struct tag *dna,
                         char name[64])
{
	name[0] = '\0';
	for (size_t i = 0; i < len && !name[0]; i++) {
		struct tag t;
		size_t start;

		memset(&t, 0, sizeof t);
		if (s[i] != '%' ||
		    !percent_at(s, len, i, &t.lo, &t.hi, &start) ||
		    t.lo != dna->lo || t.hi != dna->hi ||
		    !premium_after(s, len, i + 1, &t, false))
			continue;
		if (!t.name[0])
			premium_line_title(s, i, t.name);
		if (t.name[0] && name_judge(t.name) == NAME_GOOD)
			memcpy(name, t.name, 64);
	}
}

/* Does the line s[0, len) hold name (lower case), case aside? */
static bool line_names(const char *s, size_t len, const char *name)
{
	size_t n = strlen(name);

	for (size_t i = 0; i + n <= len; i++) {
		size_t k;

		for (k = 0; k < n && text_ascii_lower(s[i + k]) == name[k]; k++)
			;
		if (k == n)
			return true;
	}
	return false;
}

/* A name copied from s[i], where a sentence starts: its first word loses
 * the capital the sentence gave it ("Ledger tooling, which ..." names
 * "ledger tooling"), unless the words after it are capitalised too (a
 * title: "Quantum Routing"). */
static void sentence_case(char *name, const char *s, size_t i)
{
	size_t k = i;
	const char *sp = strchr(name, ' ');

	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '*' ||
	                 s[k - 1] == '_' || s[k - 1] == '"'))
		k--;
	if (k > 0 && s[k - 1] != '.' && s[k - 1] != '\n' && s[k - 1] != '|' &&
	    s[k - 1] != ':')
		return;
	if (!sp || !(name[0] >= 'A' && name[0] <= 'Z') ||
	    !(name[1] >= 'a' && name[1] <= 'z') ||
	    !(sp[1] >= 'a' && sp[1] <= 'z'))
		return;
	name[0] = text_ascii_lower(name[0]);
}

/* The name (lower case, as the reader keeps it) with the case the guide
 * writes it in: in the sentence the premium was read from, else its first
 * place in the body, else in the summary.  A name
 * written in capitals throughout ("AGENTIC AI PREMIUM") keeps them only
 * on its short words, the acronyms ("agentic AI"). */
static char *name_as_written(const char *name, const char *sentence,
                             const char *body, const char *summary)
{
	const char *texts[] = {sentence, body, summary};
	size_t n = strlen(name);
	char *out = xstrdup(name);

	for (size_t t = 0; t < 3; t++) {
		const char *s = texts[t];
		size_t len = s ? strlen(s) : 0;

		for (size_t i = 0; i + n <= len; i++) {
			size_t k;

			for (k = 0;
			     k < n && text_ascii_lower(s[i + k]) == name[k];
			     k++)
				;
			if (k < n || (i > 0 && prose_word_char(s[i - 1])))
				continue;
			memcpy(out, s + i, n);
			sentence_case(out, s, i);
			t = 3;
			break;
		}
	}
	if (strpbrk(out, "abcdefghijklmnopqrstuvwxyz"))
		return out;
	for (char *w = out; *w; w += strspn(w, " ")) {
		size_t wl = strcspn(w, " ");

		for (size_t k = 0; wl > 3 && k < wl; k++)
			w[k] = text_ascii_lower(w[k]);
		w += wl;
	}
	return out;
}

static const char *word_target(const char *s, size_t len, size_t a)
{
	size_t e = a;

	/* "equity-dense compensation": a part joined to the word after it
	 * by a hyphen describes that word, it names no part */
	while (e < len && prose_word_char(s[e]))
		e++;
	if (e + 1 < len && s[e] == '-' && prose_word_char(s[e + 1]))
		return NULL;
	if (premium_part_at(LEXR_TARGET_EQUITY, s, len, a))
		return "equity";
	if (premium_part_at(LEXR_TARGET_BASE, s, len, a))
		return "base";
	return premium_part_at(LEXR_TARGET_TOTAL, s, len, a) ? "total" : NULL;
}

/* "equity as well as base", "equity and base": another part than t
 * joined (rows JOINS_PART) in the few words after s[from], its clause. */
static bool joined_part(const char *s, size_t len, size_t from, const char *t)
{
	size_t a = from, z;
	bool joined = false;
	const char *u;

	for (int n = 0; n < BASE_MORE_WORDS + 1; n++, a = z) {
		if (!prose_next_word(s, len, &a, &z) ||
		    clause_break(s, from, a))
			return false;
		if (premium_part_at(LEXR_JOINS_PART, s, len, a))
			joined = true;
		else if ((u = word_target(s, len, a)))
			return joined && strcmp(u, t) != 0;
	}
	return false;
}

/* What the words after s[from] name, within words of them: "base equity
 * grants" is equity, "base salary" is base, "base and equity", "both base
 * ($300K+) and equity" and "base engineering comp" the pay as a whole. */
static const char *target_after(const char *s, size_t len, size_t from,
                                int words)
{
	size_t a = from, z = from;
	const char *t, *first = NULL;

	/* "reflected in both base (this year) and equity": two parts, the pay
	 * as a whole */
	if (prose_next_word(s, len, &a, &z) &&
	    prose_word_is(s, len, a, "both")) {
		for (int n = 0; n < 2 && prose_next_word(s, len, &z, &a);
		     n++, z = a)
			if (word_target(s, len, z))
				return "total";
	}
	z = from;
	for (int n = 0; n < words; n++) {
		a = z;
		/* The lexer's words hold a dash written without spaces
		 * ("roles—my comp") and a dash alone ("roles — my comp"): the
		 * word itself may end the clause. */
		if (!prose_next_word(s, len, &a, &z) ||
		    clause_break(s, from, z))
			break;
		from = z;
		if (!(t = word_target(s, len, a)))
			continue;
		if (first)
			return strcmp(t, "base") != 0 ? "total" : first;
		if (strcmp(t, "base") != 0)
			return joined_part(s, len, z, t) ? "total" : t;
		/* "base equity grants", "base compensation"; after "base", a
		 * few words more for "base and equity", "base engineering
		 * comp" */
		first = t;
		n = words - BASE_MORE_WORDS - 1;
		a = z;
		if (prose_next_word(s, len, &a, &z) &&
		    (t = word_target(s, len, a)))
			return strcmp(t, "equity") == 0 ? t : first;
		z = from;
	}
	return first;
}

/* What the few words before s[to] name ("the RSU grant should include"). */
static const char *target_before(const char *s, size_t len, size_t to,
                                 int words)
{
	size_t a, z, i = to;
	const char *t;

	for (int n = 0; n < words && word_before(s, i, &a, &z); n++, i = a)
		if ((t = word_target(s, len, a)))
			return t;
	return NULL;
}

/* Where the premium's own percent stands in s[a, z): its start and its
 * '%'. */
static bool holds_percent(const struct premium *p, const char *s, size_t a,
                          size_t z, size_t *start, size_t *pct)
{
	double lo, hi;

	for (size_t i = a; i < z; i++)
		if (s[i] == '%' && percent_at(s, z, i, &lo, &hi, start) &&
		    lo == p->low_pct && hi == p->high_pct) {
			*pct = i;
			return true;
		}
	return false;
}

/* Is s[a, z) about this premium: does it hold its percent, or its name
 * before "premium" ("The Agentic AI Premium applies on top of ...")?  A
 * sentence about another premium ("a management premium on base") says
 * nothing of this one.  *at: where it is named. */
static bool about_this_premium(const struct premium *p, const char *s, size_t a,
                               size_t z, size_t *at)
{
	size_t pct, n, e;
	char kw[64];

	if (holds_percent(p, s, a, z, at, &pct))
		return true;
	if (!p->name || !p->name[0])
		return false;
	for (n = 0; p->name[n] && n + 1 < sizeof kw; n++)
		kw[n] = text_ascii_lower(p->name[n]);
	kw[n] = '\0';
	for (*at = prose_find_whole_word(s, a, z, kw); *at != PROSE_NONE;
	     *at = prose_find_whole_word(s, *at + 1, z, kw)) {
		for (e = *at + n; e < z && tag_gap(s[e]); e++)
			;
		if (premium_word(s, z, e))
			return true;
	}
	return false;
}

/* "*+25-35% Vertical AI Premium applied — ...*", "Note: +20% X Premium
 * applied.": a note (s[a, z), after its title) that opens on the
 * premium's percent at s[at], a row BAND_NOTE at s[i] ending its clause
 * (nothing after it says to what): a note on the bands, whose ranges hold
 * the premium. */
static bool premium_band_note(const char *s, size_t a, size_t z, size_t at,
                              size_t i)
{
	size_t end = premium_part_at(LEXR_BAND_NOTE, s, z, i), w;

	if (!end)
		return false;
	while (end < z && (s[end] == ' ' || s[end] == '*'))
		end++;
	for (w = a; w < z && !prose_word_char(s[w]); w++)
		;
	w = after_title(s, w, z);
	while (w > a && (s[w - 1] == '+'))
		w--;
	return w == at && (end == z || !prose_word_char(s[end]) ||
	                   wide_dash_at(s, z, end));
}

/* Where one sentence s[a, z) about the premium says it goes: after "on
 * top of", "applied to" (rows PUT_ON), or before "should include" (PUT_IN);
 * NULL when it does not say. */
static const char *sentence_target(const struct premium *p, const char *s,
                                   size_t a, size_t z)
{
	size_t at, end;
	const char *t;

	if (!about_this_premium(p, s, a, z, &at))
		return NULL;
	for (size_t i = a; i < z; i++) {
		if (!word_start(s, i))
			continue;
		if (i >= at && (end = premium_part_at(LEXR_PUT_ON, s, z, i)) &&
		    (t = target_after(s, z, end, TARGET_MAX_WORDS)))
			return t;
		if (i < at && premium_part_at(LEXR_PUT_IN, s, z, i) &&
		    (t = target_before(s, z, i, TARGET_MAX_WORDS)))
			return t;
		if (i > at && premium_band_note(s, a, z, at, i))
			return "total";
	}
	return NULL;
}

/* How far a phrase after "of" may run before the pay that holds a premium
 * (bytes), and how many words before "of" may name the pay it describes. */
#define HOLDER_PHRASE_BYTES 40
#define HOLDER_PHRASE_WORDS 4

/* The pay named by the word at s[h] that holds a premium, or, when that
 * word ends a phrase after "of" ("grants at the top of the firm's bands
 * with a 15% premium"), the pay named before the phrase: the bands only
 * say where the grants sit. */
static const char *holder_of_phrase(const char *s, size_t len, size_t h)
{
	size_t from = h > HOLDER_PHRASE_BYTES ? h - HOLDER_PHRASE_BYTES : 0,
	       of = PROSE_NONE, a, z;
	const char *t;

	while (from > 0 && (s[from] & 0xC0) == 0x80)
		from--;
	for (size_t i = prose_find_whole_word(s, from, h, "of");
	     i != PROSE_NONE; i = prose_find_whole_word(s, i + 2, h, "of"))
		of = i;
	if (of == PROSE_NONE || clause_break(s, of, h))
		return word_target(s, len, h);
	for (int m = 0; m < HOLDER_PHRASE_WORDS && word_before(s, of, &a, &z) &&
	                !clause_break(s, z, of);
	     m++, of = a)
		if ((t = word_target(s, len, a)))
			return t;
	return word_target(s, len, h);
}

/* "pay bands that provide a 15-20% premium", "base salaries that offer a
 * 10% premium": the pay that holds the premium whose percent starts at
 * s[start], named before the verb (rows HOLDS, "a" between, "that" or
 * "which" before); NULL when none does. */
static const char *holder_before(const char *s, size_t len, size_t start)
{
	size_t i = start, a, z;

	for (int n = 0; n < 3; n++, i = a) {
		if (!word_before(s, i, &a, &z))
			return NULL;
		if (premium_part_at(LEXR_HOLDS, s, len, a))
			break;
		if (!row_at(LEXR_CLAIM_SKIP, s, len, a))
			return NULL;
	}
	if (!premium_part_at(LEXR_HOLDS, s, len, a) ||
	    !word_before(s, a, &a, &z))
		return NULL;
	if ((prose_word_is(s, len, a, "that") ||
	     prose_word_is(s, len, a, "which")) &&
	    !word_before(s, a, &a, &z))
		return NULL;
	return holder_of_phrase(s, len, a);
}

/* The pay one sentence s[a, z) that holds the premium's percent measures
 * it on, when none says where it goes: "base salaries 15-25% above ...",
 * "a 15-20% compensation premium", "15-25% above standard comp" (rows
 * MEASURED_ON), "pay bands that provide a 15-20% premium"; NULL when it
 * names none. */
static const char *sentence_measure(const struct premium *p, const char *s,
                                    size_t a, size_t z)
{
	size_t start, pct, w, e, end;
	const char *t;

	if (!holds_percent(p, s, a, z, &start, &pct))
		return NULL;
	/* "pay that exceeds peer roles by 15%" */
	if (exceeds_by(s, z, start, &w))
		return target_before(s, z, w, 3);
	if ((t = holder_before(s, z, start)))
		return t;
	w = pct + 1;
	if (prose_next_word(s, z, &w, &e)) {
		size_t after = e;

		while (after < z && tag_gap(s[after]))
			after++;
		/* "a 15-20% compensation premium" */
		if ((t = word_target(s, z, w)) && premium_word(s, z, after))
			return t;
		/* "base salaries 15-25% above" */
		if (premium_part_at(LEXR_MEASURED_ON, s, z, w) &&
		    (t = target_before(s, z, start, 2)))
			return t;
	}
	for (size_t i = a; i < z; i++)
		if (word_start(s, i) &&
		    (end = premium_part_at(LEXR_MEASURED_ON, s, z, i)) &&
		    (t = target_after(s, z, end, MEASURE_MAX_WORDS)))
			return t;
	return NULL;
}

/* The first sentence of s that says what the premium goes on (measured
 * false: where it goes; true: the pay it is measured on). */
static const char *find_target(const struct premium *p, const char *s,
                               bool measured)
{
	size_t len = s ? strlen(s) : 0, a, z;
	const char *t;

	for (a = 0; a < len; a = z) {
		z = prose_sentence_end(s, len, a);
		t = measured ? sentence_measure(p, s, a, z)
		             : sentence_target(p, s, a, z);
		if (t)
			return t;
	}
	return NULL;
}

/* No band states an equity figure, and one states a base: the role pays no
 * equity (all cash), so a premium goes on the pay as a whole. */
static bool no_equity(const struct guide *g)
{
	bool base = false;

	for (size_t b = 0; b < g->band_count; b++) {
		const struct band *d = &g->bands[b];

		if ((amount_known(d->stock_low) && d->stock_low > 0) ||
		    (amount_known(d->stock_high) && d->stock_high > 0))
			return false;
		base = base || amount_known(d->base_low) ||
		       amount_known(d->base_high);
	}
	return base;
}

/* What the premium applies to, as the guide says: where a sentence puts
 * it (the one it was read from first), else the pay one measures it on, else
 * the equity grant (the format's premium goes on the grant), or the pay as a
 * whole when the role has no equity. */
static const char *premium_target(const struct guide *g, const char *body)
{
	const char *const texts[] = {g->premium.source.text, g->dna_summary,
	                             body, g->level_raw};
	const char *t;

	for (int measured = 0; measured < 2; measured++)
		for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
			if ((t = find_target(&g->premium, texts[i],
			                     measured != 0)))
				return t;
	return no_equity(g) ? "total" : "equity";
}

/* A sentence saying the ask includes the premium: "inclusive of the
 * premium", "premium included", "including the premium"; not when it
 * says "not included" or "excluding". */
static bool says_included(const char *s)
{
	static const char *const yes[] = {"inclusive",  "includ",
	                                  "counted in", "built in",
	                                  "built into", NULL};
	static const char *const no[] = {"not", "excluding", "exclusive",
	                                 "without", NULL};
	size_t len = strlen(s), a, z, at, i;
	bool has_yes, has_no;

	for (a = 0; a < len; a = z) {
		z = prose_sentence_end(s, len, a);
		at = prose_find_word(s, a, z, "premium");
		if (at == PROSE_NONE)
			continue;
		has_yes = has_no = false;
		for (i = 0; yes[i]; i++)
			has_yes |=
				prose_find_word(s, a, z, yes[i]) != PROSE_NONE;
		for (i = 0; no[i]; i++)
			has_no |= prose_find_whole_word(s, a, z, no[i]) !=
			          PROSE_NONE;
		for (i = a; i + 3 <= z; i++)
			has_no |= memcmp(s + i, "n't", 3) == 0;
		if (has_yes && !has_no)
			return true;
	}
	return false;
}

/* The sentence of s around offset at, one clean line. */
static char *sentence_at(const char *s, size_t len, size_t at)
{
	size_t a = 0, z;

	for (;;) {
		z = prose_sentence_end(s, len, a);
		if (z > at || z >= len)
			break;
		a = z;
	}
	while (a < z && (s[a] == ' ' || s[a] == '*'))
		a++;
	return prose_clean_line(s + a, z - a);
}

/* A heading line that names a premium ("Quantum Control Premium",
 * "The Agentic AI Premium"): short, no sentence, written as a title (its
 * words of four letters or more capitalised), "Premium" its last word.
 * Where that word starts, else PROSE_NONE. */
/* A line written as a title: short, no sentence, its words of four
 * letters or more capitalised. */
static bool title_line(const char *s, size_t len)
{
	if (len == 0 || len > 80 || memchr(s, '%', len) || memchr(s, '.', len))
		return false;
	for (size_t w = 0; w < len; w++)
		if ((w == 0 || !prose_word_char(s[w - 1])) &&
		    prose_word_char(s[w]) && !(s[w] >= 'A' && s[w] <= 'Z') &&
		    !((unsigned char)s[w] >= 0x80)) {
			size_t e = w;

			while (e < len && prose_word_char(s[e]))
				e++;
			if (e - w >= 4)
				return false;
		}
	return true;
}

static size_t heading_premium_at(const char *s, size_t len)
{
	size_t end = len, i;

	if (!title_line(s, len))
		return PROSE_NONE;
	/* "Velocity Premium — Shipping Fast", "Ledger Premium: Why It
	 * Pays": the title before its subtitle, when it ends with
	 * "Premium". */
	for (i = 0; i + 3 <= len; i++)
		if ((memcmp(s + i, "—", 3) == 0 && i >= 8 &&
		     prose_word_is(s, len, i - 8, "premium")) ||
		    (s[i] == ':' && i >= 7 &&
		     prose_word_is(s, len, i - 7, "premium"))) {
			end = i;
			break;
		}
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '*' ||
	                   s[end - 1] == ':' || s[end - 1] == '#'))
		end--;
	if (end < 8 || len > 80 || memchr(s, '%', len) || memchr(s, '.', len))
		return PROSE_NONE;
	i = end - 7;
	return prose_word_is(s, len, i, "premium") ? i : PROSE_NONE;
}

/* An "offer" within the four words after token i. */
static bool offer_follows(const char *s, size_t len, const struct ptok *tok,
                          size_t n, size_t i)
{
	for (size_t j = i + 1; j < n && j < i + 5; j++)
		if (tok[j].kind == PTOK_WORD &&
		    prose_word_starts(s, len, tok[j].start, "offer"))
			return true;
	return false;
}

/* The first percent in s[0, len) said to be more than the band ("12-18%
 * more", "10-15% higher", "15% above", "20% on top"), not about a bonus,
 * carry or a stake: its range in t; false when there is none. */
static bool percent_more(const char *s, size_t len, struct tag *t)
{
	static const char *const more[] = {"more",  "higher", "above", "over",
	                                   "extra", "on",     "added", NULL};
	struct ptok *tok;
	size_t n = prose_scan(s, len, &tok);
	bool found = false;

	for (size_t i = 0; i + 1 < n && !found; i++) {
		const struct ptok *w = &tok[i + 1];

		if (tok[i].kind != PTOK_AMOUNT || !tok[i].a.percent ||
		    tok[i].a.placeholder || w->kind != PTOK_WORD ||
		    !prose_word_in(s, len, w->start, more))
			continue;
		/* "50-80% above the initial offer" is a raise asked for;
		 * "grow its footprint by 50%+ over three years" a change
		 * (the word before is a row CHANGE_BY). */
		if (offer_follows(s, len, tok, n, i) ||
		    premium_told_to_ask(s, len, tok[i].start) ||
		    (i > 0 && tok[i - 1].kind == PTOK_WORD &&
		     row_at(LEXR_CHANGE_BY, s, len, tok[i - 1].start)))
			continue;
		t->lo = tok[i].a.low;
		t->hi = tok[i].a.high;
		found = !not_role_pay(s, len, tok[i].start, tok[i].end - 1, t);
	}
	free(tok);
	return found;
}

/* How many lines of text under a premium's heading may hold its percent. */
#define HEADING_REACH 3

/* A premium named only by a heading, its percent in the paragraph after
 * it ("## Quantum Control Premium" over "... paid 12-18% more ..."): the
 * tag and the line of the percent (the index of the heading's line in
 * *k); false when there is none. */
static bool heading_premium(const char *s, size_t len, struct tag *t,
                            size_t *k_out, size_t *para)
{
	size_t a = 0, k = 0;

	while (a < len) {
		const char *nl = memchr(s + a, '\n', len - a);
		size_t z = nl ? (size_t)(nl - s) : len;
		size_t at = heading_premium_at(s + a, z - a);

		/* The section's first lines of text, up to the next
		 * heading: "**The Derivatives-Native Bonus (8-15% above
		 * standard fintech):**" under "Options Alpha — The
		 * Derivatives-Native Premium". */
		for (size_t b = z + 1, kk = k + 1, lines_ = 0;
		     at != PROSE_NONE && b < len && lines_ < HEADING_REACH;
		     kk++) {
			const char *nl2 = memchr(s + b, '\n', len - b);
			size_t z2 = nl2 ? (size_t)(nl2 - s) : len;

			if (s[b] == '#' ||
			    (z2 - b >= 3 && !memcmp(s + b, "---", 3)))
				break;
			if (z2 > b)
				lines_++;
			if (z2 > b && percent_more(s + b, z2 - b, t)) {
				name_before(s + a, z - a, at, t->name);
				if (name_judge(t->name) != NAME_GOOD)
					t->name[0] = '\0';
				t->start = 0;
				*k_out = kk;
				*para = b;
				return true;
			}
			b = z2 + 1;
		}
		a = z + 1;
		k++;
	}
	return false;
}

/* The name a heading (a title line) s[0, n) gives a premium claimed
 * under it with no name of its own ("#### Global Lever 3: Cloud Workload
 * Security",
 * "### Scaling AI-Native Platform Teams Lever"): its words after its last
 * colon, read as a block's title is; a line that is no heading leaves
 * heading as it is. */
static void heading_title(const char *s, size_t n, char heading[64])
{
	char buf[96];
	size_t a = 0;
	bool premium;

	if (!title_line(s, n))
		return;
	heading[0] = '\0';
	for (size_t i = 0; i < n; i++)
		if (s[i] == ':')
			a = i + 1;
	if (n - a + 2 > sizeof buf)
		return;
	memcpy(buf, s + a, n - a);
	buf[n - a] = ':';
	buf[n - a + 1] = '\0';
	title_name(buf, n - a + 1, heading, &premium);
	if (name_judge(heading) != NAME_GOOD)
		heading[0] = '\0';
}

/* On a line written as a title (a heading's text): the premium it
 * names ("Launch — The Ledger Safety Premium"), else nothing; section
 * keeps the name of the section the lines below stand in. */
static void section_premium(const char *s, size_t n, char section[64])
{
	size_t at;

	if (!title_line(s, n))
		return;
	section[0] = '\0';
	if ((at = heading_premium_at(s, n)) == PROSE_NONE)
		return;
	name_before(s, n, at, section);
	if (name_judge(section) != NAME_GOOD)
		section[0] = '\0';
}

/* Do names a and b (lower case) share a word ("ai market" and "ai/ml")? */
static bool share_word(const char *a, const char *b)
{
	static const char sep[] = " /-&+";

	for (a += strspn(a, sep); *a; a += strspn(a, sep)) {
		size_t n = strcspn(a, sep);

		for (const char *w = b + strspn(b, sep); *w;
		     w += strspn(w, sep)) {
			size_t m = strcspn(w, sep);

			if (n == m && !memcmp(a, w, n))
				return true;
			w += m;
		}
		a += n;
	}
	return false;
}

/* Does the tag bring a name of its own?  A block's title ("AI Market
 * Premium:" over a lever) that shares a word with the name the DNA line
 * gives ("AI/ML PREMIUM") is that premium, and yields to the DNA's name;
 * one that shares none ("Clearance Premium" under a DNA "Mission
 * Premium") is another premium, named by its title. */
static bool named(const struct tag *t, const char *dna_name)
{
	return t->name[0] &&
	       !(t->from_title && dna_name[0] && share_word(t->name, dna_name));
}

/* A premium left with no name: the name the guide gives a premium
 * elsewhere without a percent ("anchor on the night-shift premium") that
 * the sentence holding the percent also says ("This night-shift duty
 * should show in pay ...") is its name.  The first such name in s. */
static void name_said_elsewhere(const char *s, size_t len, const char *sentence,
                                char name[64])
{
	size_t n = sentence ? strlen(sentence) : 0, at;
	const char *in_s = n ? strstr(s, sentence) : NULL;
	char cand[64];

	for (size_t i = 0; i + 7 <= len && !name[0] && n; i++) {
		size_t a = i > NEAR_PERCENT ? i - NEAR_PERCENT : 0,
		       z = i + NEAR_PERCENT < len ? i + NEAR_PERCENT : len;

		if (!word_start(s, i) || !premium_word(s, len, i) ||
		    memchr(s + a, '%', z - a))
			continue;
		name_before(s, len, i, cand);
		if (!cand[0] || name_judge(cand) != NAME_GOOD)
			continue;
		/* "Frame the talk around the edge-AI premium: ... Engineers
		 * who ... can command 15-25% above standard offers": named
		 * before it in its own paragraph. */
		if (in_s && s + i < in_s &&
		    !memchr(s + i, '\n', (size_t)(in_s - (s + i)))) {
			memcpy(name, cand, 64);
			continue;
		}
		if ((at = prose_find_whole_word(sentence, 0, n, cand)) ==
		    PROSE_NONE)
			continue;
		/* One word the sentence writes in lower case ("lead that
		 * strategy") is a common noun there, not the name. */
		if (strchr(cand, ' ') || capital_at(sentence, at))
			memcpy(name, cand, 64);
	}
}

/* "RSU grants for Edge Inference Platform Engineers carry the highest
 * premium ...", "... is the market norm for this tri-disciplinary
 * profile": in the sentence of a premium left with no name, "for" and
 * the few words after it up to the people or the kind of thing they are
 * for (a row GENERIC or TRAIL) name it, its leading words (LEAD) left
 * off. */
static void premium_for_phrase(const char *s, char name[64])
{
	size_t len = s ? strlen(s) : 0, a, z, w, e;

	if (!s)
		return;
	for (size_t f = prose_find_whole_word(s, 0, len, "for");
	     f != PROSE_NONE; f = prose_find_whole_word(s, f + 3, len, "for")) {
		a = z = f + 3;
		for (int n = 0; n < PREMIUM_FOR_WORDS; n++) {
			w = z;
			if (!prose_next_word(s, len, &w, &e) ||
			    clause_break(s, z, w))
				break;
			z = e;
			/* a verb or a determiner: the phrase is no name */
			if (n > 0 && (row_at(LEXR_CLAIM, s, len, w) ||
			              row_at(LEXR_CLAUSE, s, len, w) ||
			              is_row(LEXR_LEAD, s + w, e - w)))
				break;
			if (n > 0 && (is_row(LEXR_GENERIC, s + w, e - w) ||
			              is_row(LEXR_TRAIL, s + w, e - w))) {
				if (premium_skill_words(s, a, w, name))
					return;
				break;
			}
		}
	}
}

/* "Rival Data Engineer: $218K-$300K TC — ... justify a 15-20% premium"
 * (a list item's title): a line whose title a figure of pay follows at
 * once gives some role's pay (market data); its percent is no premium of
 * the role. */
static bool premium_pay_bullet(const char *s, size_t len)
{
	const char *colon = memchr(s, ':', len < 80 ? len : 80);
	struct prose_money m;
	size_t i, pos;

	if (!colon || !capital_at(s, 0))
		return false;
	for (i = (size_t)(colon - s) + 1; i < len && s[i] == ' '; i++)
		;
	pos = i;
	return prose_scan_money(s, len, &pos, &m) && m.start == i && !m.percent;
}

/* A premium of a body line s[0, len) (find_tag), not a pay bullet's. */
static bool premium_body_tag(const char *s, size_t len, struct tag *t,
                             const char *firm)
{
	return !premium_pay_bullet(s, len) && find_tag(s, len, t, false, firm);
}

void premium_find(struct guide *g, const char *body_text, const int *lines,
                  size_t line_count, const char *ask_text)
{
	struct premium *p = &g->premium;
	const char *s = body_text ? body_text : "", *dna_line = NULL,
		   *firm = g->company_display ? g->company_display : g->company;
	size_t len = strlen(s), k, a;
	struct tag tag;
	int line = 0;
	bool found = false, dna_tag;
	char dna_name[64] = "", section[64] = "", heading[64] = "",
	     under[64] = "";

	if (p->from_front_matter)
		return;
	memset(&tag, 0, sizeof tag);
	/* The body's "Negotiation DNA:" line repeats the summary: the
	 * premium is read there first (with its line), then from the
	 * front matter's summary, then from the rest of the body. */
	for (a = 0, k = 0; a < len; k++) {
		const char *nl = memchr(s + a, '\n', len - a);
		size_t z = nl ? (size_t)(nl - s) : len;

		if (!dna_line && z - a > 16 &&
		    str_starts_with(s + a, "Negotiation DNA:")) {
			dna_line = s + a;
			if (find_tag(s + a, z - a, &tag, true, firm)) {
				found = true;
				if (!tag.name[0])
					name_in_body(s, len, &tag, tag.name);
				if (!tag.name[0])
					name_from_line(s + a, z - a, tag.start,
					               tag.name);
				line = k < line_count ? lines[k] : 0;
				free(p->source.text);
				p->source.text =
					sentence_at(s + a, z - a, tag.start);
				break;
			}
		}
		a = z + 1;
	}
	dna_tag = found;
	if (!found && g->dna_summary &&
	    find_tag(g->dna_summary, strlen(g->dna_summary), &tag, true,
	             firm)) {
		dna_tag = true;
		found = true;
		if (!tag.name[0])
			name_in_body(s, len, &tag, tag.name);
		if (!tag.name[0])
			name_from_line(g->dna_summary, strlen(g->dna_summary),
			               tag.start, tag.name);
		free(p->source.text);
		p->source.text = xstrdup(g->dna_summary);
	}
	/* A DNA line that names a premium without a percent ("VELOCITY
	 * PREMIUM") names the one the body puts a percent on. */
	if (!found && dna_line)
		name_from_line(dna_line, strcspn(dna_line, "\n"), PROSE_NONE,
		               dna_name);
	if (!found && !dna_name[0] && g->dna_summary)
		name_from_line(g->dna_summary, strlen(g->dna_summary),
		               PROSE_NONE, dna_name);
	/* In the body, a premium with a name (or on the line that names the
	 * DNA's) wins over an earlier one without. */
	for (int pass = 0; pass < 2 && !found; pass++)
		for (a = 0, k = 0, section[0] = heading[0] = '\0';
		     !found && a < len; k++) {
			const char *nl = memchr(s + a, '\n', len - a);
			size_t z = nl ? (size_t)(nl - s) : len;

			section_premium(s + a, z - a, section);
			heading_title(s + a, z - a, heading);
			if (s + a != dna_line &&
			    premium_body_tag(s + a, z - a, &tag, firm) &&
			    (pass == 1 || named(&tag, dna_name) ||
			     (dna_name[0] &&
			      line_names(s + a, z - a, dna_name)))) {
				found = true;
				/* "This talent curation work commands ..."
				 * under a heading that names the premium:
				 * the heading's name is the guide's; so is
				 * it for a premium a sentence claims that is
				 * left with no name (a quoted subject, a
				 * block title naming none) when the DNA line
				 * names none. */
				if ((tag.from_subject ||
				     (tag.from_title && !tag.name[0] &&
				      !dna_name[0])) &&
				    section[0])
					memcpy(tag.name, section,
					       sizeof tag.name);
				memcpy(under, heading, sizeof under);
				line = k < line_count ? lines[k] : 0;
				free(p->source.text);
				p->source.text =
					sentence_at(s + a, z - a, tag.start);
			}
			a = z + 1;
		}
	/* A premium the body names by a heading wins over a percent with no
	 * name ("a 10-15% premium for this domain expertise" in a lever,
	 * under "The Derivatives-Native Premium" with its own percent). */
	if (!found || (!tag.name[0] && !dna_name[0])) {
		size_t hk, para;
		struct tag head;

		memset(&head, 0, sizeof head);
		if (heading_premium(s, len, &head, &hk, &para) &&
		    (!found || head.name[0])) {
			found = true;
			tag = head;
			under[0] = '\0';
			line = hk < line_count ? lines[hk] : 0;
			free(p->source.text);
			p->source.text = sentence_at(
				s + para, strcspn(s + para, "\n"), 0);
		}
	}
	if (!found)
		return;
	if (!named(&tag, dna_name))
		memcpy(tag.name, dna_name, sizeof tag.name);
	/* a DNA tag's name is the DNA's or the body's percent's */
	if (!tag.name[0] && !dna_tag)
		name_said_elsewhere(s, len, p->source.text, tag.name);
	if (!tag.name[0] && !dna_tag)
		premium_for_phrase(p->source.text, tag.name);
	/* A body premium left with no name takes the title of the heading
	 * it stands under ("Cloud Workload Security": "engineers who can
	 * build ... command 15-20%"). */
	if (!tag.name[0])
		memcpy(tag.name, under, sizeof tag.name);
	p->present = true;
	p->low_pct = tag.lo;
	p->high_pct = tag.hi;
	p->source.line = line;
	free(p->name);
	p->name = tag.name[0] ? name_as_written(tag.name, p->source.text,
	                                        body_text, g->dna_summary)
	                      : NULL;
	free(p->applies_to);
	p->applies_to = xstrdup(premium_target(g, body_text));
	p->included_in_ask = ask_text && says_included(ask_text);
}
