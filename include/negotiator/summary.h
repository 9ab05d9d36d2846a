/* summary.h - the negotiation as a Markdown document to keep: the guide
 * and its date, every offer side by side with the gaps, the counter and
 * its arithmetic, the rounds, and the filled-in script.  Fit to paste
 * into notes or an email; `compare --markdown` and the TUI's `e` write
 * the same text. */
#ifndef NEGOTIATOR_SUMMARY_H
#define NEGOTIATOR_SUMMARY_H

#include <stdbool.h>

#include "negotiator/analysis.h"
#include "negotiator/negotiation.h"
#include "negotiator/text.h"

struct summary {
	const struct analysis *an;     /* the negotiation, analysed */
	const struct negotiation *neg; /* the rounds; may be NULL */
	/* The script to write, filled in, when not the analysis's (the
	 * TUI's script pane may show another); NULL: the analysis's. */
	const char *script_title;
	const char *script_text;
	const char *today; /* YYYY-MM-DD */
};

/* Append the Markdown to out. */
void summary_markdown(const struct summary *s, struct strbuf *out);

#endif
