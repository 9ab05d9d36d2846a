/* prose_scan.h - internal: the flat text of a guide's paragraph as a row
 * of tokens: words, amounts of money (with their currency, range, "+",
 * per-year mark, or a template placeholder in their place), percents,
 * bare numbers and punctuation.  figures.c reads meaning into the row.
 *
 * Amounts as the genre writes them: "$205K", "$205,000", "€88K–€120K",
 * "$150-160K", "$[198-210]K", "US$140K", "CA$", "C$", "A$", "S$", "HK$",
 * "CN¥" and "RMB", "¥12M", "JPY 12M", "CHF 210K", "120K EUR", "₹30L"
 * (lakh), "₹1.2Cr" (crore), "₹32,00,000", "R$370,000", "₪385K", "NIS
 * 400K", "$U 2,700,000", "kr575,000", "DKK 620K"; "$[X]K", "$[Y+60K]" and
 * "$[target]" are placeholders, never numbers.
 */
#ifndef NEGOTIATOR_PROSE_SCAN_H
#define NEGOTIATOR_PROSE_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/money.h"

enum ptok_kind {
	PTOK_WORD,   /* letters, digits, "-", "'" ("sign-on", "4yr", "I'd") */
	PTOK_AMOUNT, /* money or a percent (see struct pamount) */
	PTOK_NUMBER, /* a bare number: "1,500" (shares), "4" (years) */
	PTOK_PUNCT   /* one mark; dashes of every kind are '-' */
};

struct pamount {
	currency_t currency; /* code "" for a percent or a bare "180K" */
	double low, high;    /* whole units (or the percent); high == low
	                        for a single figure */
	bool percent;
	bool range;       /* "$150K–$188K", "10–15%" */
	bool range_to;    /* the range written with "to" ("$140K to $160K") */
	bool plus;        /* "$75K+" */
	bool placeholder; /* "$[X]K": no number at all */
	bool per_year;    /* "$45K/yr", "$200K/year" */
	bool per_month;   /* "SEK 45K/mo": a monthly figure */
	bool share_price; /* "$280/share" */
};

struct ptok {
	enum ptok_kind kind;
	size_t start, end; /* bytes of the text */
	int line;          /* 0 for the text's first line, +1 per '\n' */
	char punct;        /* PTOK_PUNCT: the mark ('\n' for a line break) */
	bool sentence_end; /* PTOK_PUNCT that ends a sentence */
	double number;     /* PTOK_NUMBER */
	struct pamount a;  /* PTOK_AMOUNT */
	size_t value_end;  /* PTOK_AMOUNT: the end of the figure itself,
	                      before a "+" or "/yr" after it */
};

/* The currency code of "kr" and "kr.": a Swedish, Norwegian or Danish
 * krona/krone, which the text alone does not say; the reader takes it
 * from the guide's bands (figures.c, band_table.c) or drops it. */
#define PROSE_KRONA "kr"

/* At most this many tokens are made of one text (a paragraph is a few
 * hundred); the rest of a longer text is not read. */
#define PROSE_SCAN_MAX_TOKENS 20000

/* Scan text[0, len) into a new array (*out, free() it); returns the count. */
size_t prose_scan(const char *text, size_t len, struct ptok **out);

/* One amount of a text as the readers that walk a text amount by amount
 * (scripts, competing offers, band-table words) see it: the same tokens
 * prose_scan makes, never a placeholder ("$[X]K"). */
struct prose_money {
	size_t start, end;   /* the figure's bytes: from its currency to its
	                        range's high end, without a "+" or "/yr" */
	amount_t value;      /* whole units (a range's low end); a percent's
	                        number */
	amount_t high;       /* a range's high end; value for one figure */
	currency_t currency; /* code "" for a percent, a bare "180K" or
	                        "kr" (which names no one currency) */
	bool percent, range;
	bool per_year; /* "$45K/yr" */
};

/* The next amount at or after *pos in text[0, len), read as prose_scan
 * reads it (*pos must be at a token's start: 0, a sentence's start or an
 * earlier call's end); advances *pos past it.  False at the end. */
bool prose_scan_money(const char *text, size_t len, size_t *pos,
                      struct prose_money *m);

/* The percent (or range of percents) whose token holds text[pct] (a
 * '%'), the tokens read from text[from] (a token's start, before pct):
 * its ends in *lo and *hi, its start in *start; false when the '%' is in
 * no percent ("$[X]%" neither). */
bool prose_scan_percent(const char *text, size_t len, size_t from, size_t pct,
                        double *lo, double *hi, size_t *start);

/* The end (exclusive) of the sentence holding s[pos] (pos at a token's
 * start), by the one definition every reader uses: a line break, ';', or
 * '.', '!', '?' followed by a blank and no lower-case word, not after an
 * abbreviation ("vs.", "e.g.") nor inside a short "[...]". */
size_t prose_scan_sentence_end(const char *text, size_t len, size_t pos);
/* Does the mark at text[i] end a sentence, by the same definition (the
 * word before it read from the text)? */
bool prose_scan_ends_at(const char *text, size_t len, size_t i);

/* The word token is w (lower-case ASCII), case-insensitively. */
bool ptok_word_is(const char *text, const struct ptok *t, const char *w);
/* The word token starts with w ("rsu" for "RSUs"). */
bool ptok_word_starts(const char *text, const struct ptok *t, const char *w);

#endif
