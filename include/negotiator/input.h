/* input.h - the one reader of what a person types for an offer: an
 * amount, a percent, an amount or a percent, a vesting schedule, a flag.
 *
 * The command line and the TUI's form both read through these (by way
 * of entry.h), so that they accept and refuse exactly the same text.
 * Each function refuses blank text; whether blank means "not given" is
 * the caller's to say (an empty form field is; an empty option is not).
 * Numbers are plain decimals ("12", "12.5", ".5"): no sign, exponent,
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

/* An amount: "130000", "130,000", "130k", "€130K", "1.2M", "CHF 210K".
 * *cur gets the currency it names ("" when none). */
bool input_amount(const char *text, amount_t *out, currency_t *cur,
                  struct error *err);

/* A percent from 0 to max, with or without '%': "15", "12.5 %". */
bool input_percent(const char *text, double max, double *out,
                   struct error *err);

/* An amount, or (when the text ends in '%') a percent from 0 to
 * pct_max.  On success exactly one of *amount (else AMOUNT_NONE) and
 * *pct (else -1) is set. */
bool input_amount_or_percent(const char *text, double pct_max, amount_t *amount,
                             currency_t *cur, double *pct, struct error *err);

/* A schedule: up to INPUT_MAX_YEARS percents a year from 0 to 100,
 * separated by '/', each with or without '%', adding up to 100:
 * "5/15/40/40", "10%/20%/30%/40%".  pct gets them, the rest zero. */
bool input_schedule(const char *text, double pct[INPUT_MAX_YEARS],
                    struct error *err);

/* Yes or no: "yes"/"no", "on"/"off", "true"/"false", "1"/"0", any case. */
bool input_flag(const char *text, bool *out, struct error *err);

#endif
