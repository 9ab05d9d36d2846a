/* guide_check.c - every finding about a guide, for `check`. */
#include "negotiator/guide_check.h"
#include "negotiator/guide_load.h"

size_t guide_check(struct guide *g, const char *today, struct diag_list *out)
{
	char now[11];
	size_t i, errors = 0;

	guide_load_body(g);
	for (i = 0; i < g->diags.count; i++) {
		const struct diag *d = &g->diags.items[i];

		diag_add(out, d->severity, d->line, "%s", d->message);
		errors += d->severity == DIAG_ERROR;
	}
	if (!today) {
		guide_today(now);
		today = now;
	}
	if (guide_is_stale(g, today))
		diag_add(out, DIAG_WARNING, 0,
		         "review date %s has passed (today is %s)",
		         g->next_review_due, today);
	return errors;
}
