/* input.h - the one reader of what a person types for an offer: an
 * amount, a percent, an amount or a percent, a vesting schedule, a flag.
 *
 * The command line and the TUI's form both read through these (by way
 * of entry.h), so that they accept and refuse exactly the same text.
 * Each function refuses blank text; whether blank means "not given" is
 * the caller's to say (an empty form field is; an empty option is not).
 * Percents are plain decimals ("12", "12.5", ".5"): no sign, exponent,
 * hex, "inf" or "nan".  Spaces around a number and its '%' are allowed.
 */
#ifndef NEGOTIATOR_INPUT_H
#define NEGOTIATOR_INPUT_H

#include <stdbool.h>

#include "negotiator/error.h"
#include "negotiator/money.h"

/* The most years a vesting schedule may name. */
#define INPUT_MAX_YEARS 6

/* True when text is NULL or holds nothing but spaces and tabs. */
bool input_blank(const char *text);

/* An amount as people write it:
 *   130000, 130k, 1.2M, 130K EUR, €130K, CHF 210K, $205,000;
 *   thousands grouped by ',' (130,000), by '.' (130.000 where the
 *   currency writes so: the euro), by spaces or apostrophes (130 000 €,
 *   130'000), with a decimal part (130.000,50, 130,000.50);
 *   Indian groups and words (₹35,00,000, 35L, 35 lakh, 1.2Cr, 1.2 crore).
 * The currency's convention (currency_decimal_mark) decides a lone dot
 * before three digits: in a currency that writes a dot for decimals, or
 * with none named, "130.000" is refused with both readings ("130,000 or
 * 130?"), never taken as 130.  The currency is the one the
 * text names, else `bare` (NULL or "": none).  *cur gets the currency
 * the text names ("" when none).  Whole units, rounded half away from
 * zero. */
bool input_amount(const char *text, const char *bare, amount_t *out,
                  currency_t *cur, struct error *err);

/* A percent from 0 to max, with or without '%': "15", "12.5 %". */
bool input_percent(const char *text, double max, double *out,
                   struct error *err);

/* An amount, or (when the text ends in '%') a percent from 0 to
 * pct_max.  On success exactly one of *amount (else AMOUNT_NONE) and
 * *pct (else -1) is set. */
bool input_amount_or_percent(const char *text, const char *bare, double pct_max,
                             amount_t *amount, currency_t *cur, double *pct,
                             struct error *err);

/* A schedule: up to INPUT_MAX_YEARS percents a year from 0 to 100,
 * separated by '/', each with or without '%', adding up to 100:
 * "5/15/40/40", "10%/20%/30%/40%".  pct gets them, the rest zero. */
bool input_schedule(const char *text, double pct[INPUT_MAX_YEARS],
                    struct error *err);

/* Yes or no: "yes"/"no", "on"/"off", "true"/"false", "1"/"0", any case. */
bool input_flag(const char *text, bool *out, struct error *err);

#endif
