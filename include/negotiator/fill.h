/* fill.h - scripts with the user's own numbers and words in them.
 *
 * A script's arithmetic claim ("€130K base with €105K/year RSUs. That's
 * €940K over four years") is found in its text; filling puts the offer's
 * base, equity per year and four-year total in its place, computed, not
 * copied, so a guide's own wrong sum never reaches the user.  Bracketed
 * placeholders ("[X commits/PRs]") take the user's answers.
 */
#ifndef NEGOTIATOR_FILL_H
#define NEGOTIATOR_FILL_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/money.h"
#include "negotiator/offer.h"
#include "negotiator/script_math.h"
#include "negotiator/state.h"

/* The distinct bracketed placeholders of a text, in order of first
 * appearance, each with its brackets ("[library]").  Returns the count;
 * *out is an array of new strings (free each, then the array). */
size_t fill_placeholders(const char *text, char ***out);

enum fill_kind {
	FILL_AMOUNT,      /* an amount computed from the offer */
	FILL_ANSWER,      /* a placeholder the user answered */
	FILL_PLACEHOLDER  /* a placeholder still to answer */
};

/* A span of the filled text worth highlighting (byte offsets). */
struct fill_span {
	size_t start, end;
	enum fill_kind kind;
};

struct filled_script {
	char *text;
	struct fill_span *spans;
	size_t span_count;
	size_t unanswered; /* placeholders left as they are */
	size_t amounts;    /* amounts replaced by the offer's */
};

/* Fill text for the band's currency from the offer result r (may be NULL:
 * placeholders only) and the answers (may be NULL). */
void fill_script(const char *text, const struct band *b,
                 const struct offer_result *r, const struct kv_list *answers,
                 struct filled_script *out);
void fill_script_free(struct filled_script *f);

#endif
