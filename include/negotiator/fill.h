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

#include "negotiator/counter.h"
#include "negotiator/guide.h"
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
	FILL_PLACEHOLDER, /* a placeholder still to answer, or a mark */
	FILL_OFFER        /* the name of one of the user's offers */
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
	/* The placeholders the user may answer in this script (`a` offers
	 * exactly these), answered or not, distinct, in order; unanswered
	 * counts those still open. */
	char **keys;
	size_t key_count;
	size_t unanswered;
	size_t checks;  /* figures marked "[check: …]", not to answer */
	size_t amounts; /* amounts replaced by the offer's or the counter's */
};

/* One of the user's competing offers, to speak of in a competitor's
 * place. */
struct fill_offer {
	const char *name;               /* NULL or "": not named */
	const struct offer_result *res; /* its figures, in the band's */
};

struct fill_input {
	/* Its company, regions, asks and floors: never a competitor's. */
	const struct guide *guide;
	const struct band *band; /* the currency figures are written in */
	/* The offer the script's arithmetic claim takes (NULL: none). */
	const struct offer_result *claim;
	/* The user's competing offers, the claim's first (may be none). */
	const struct fill_offer *offers;
	size_t offer_count;
	const struct kv_list *answers; /* the user's words (may be NULL) */
	/* The counter to make (NULL: none): an ask the script states, in
	 * the band's currency, says the counter's figure for that part. */
	const struct counter *counter;
};

/* Fill text: the claim takes the offer's figures; placeholders take the
 * user's answers; a competitor the script names becomes the user's offer
 * of the same rank (its name and figures), or a placeholder
 * ("[competing company]", "[check: $250K]") where the user has none or
 * the words do not say which figure it is: nothing the user did not
 * enter is said as theirs (competing.h finds what to replace). */
void fill_script(const char *text, const struct fill_input *in,
                 struct filled_script *out);
void fill_script_free(struct filled_script *f);
/* dst (not initialised) becomes a deep copy of src. */
void fill_script_copy(struct filled_script *dst,
                      const struct filled_script *src);

#endif
