/* guide_load.h - a guide's file into the model (guide.h).
 *
 * Loading is in two steps so that a large library opens fast:
 * guide_load() reads the file and its front matter; guide_load_body()
 * reads the Markdown body when the guide is opened.  Nothing loads a
 * body behind the caller's back: code that needs the body (scripts,
 * the strategy's ask and floor) calls guide_load_body() first.
 */
#ifndef NEGOTIATOR_GUIDE_LOAD_H
#define NEGOTIATOR_GUIDE_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"

/* Read and parse a guide's file and front matter.  Returns NULL on error,
 * with the reasons appended to errs (line numbers as in the file).  A
 * returned guide may carry warnings in g->diags.  The body is read again
 * from the file by guide_load_body(). */
struct guide *guide_load(const char *path, struct diag_list *errs);
/* The same from memory (tests, fuzzing); path is only for messages.  The
 * body is kept in memory. */
struct guide *guide_load_buffer(const char *path, const char *data, size_t len,
                                struct diag_list *errs);
/* Either of the above: with defer_body the body is not kept, and is read
 * again from path by guide_load_body(). */
struct guide *guide_load_data(const char *path, const char *data, size_t len,
                              struct diag_list *errs, bool defer_body);
/* What guide_load_body found. */
enum guide_body {
	GUIDE_BODY_READ,     /* as it was (or parsed the first time) */
	GUIDE_BODY_RELOADED, /* the file changed since the guide was
	                        loaded: the whole guide was read again */
	GUIDE_BODY_GONE      /* the file cannot be read again (deleted,
	                        or no longer this guide): the guide stays
	                        as it was read, without its text */
};
/* Parse the body once; later calls do nothing (but read its text again
 * when it was released).  When the file changed since the guide was
 * loaded, the whole guide (front matter, bands, body, scripts, figures)
 * is read again in place, said once in g->diags.  Problems become
 * warnings in g->diags; the guide stays usable. */
enum guide_body guide_load_body(struct guide *g);
/* Let go of a loaded body's text, the biggest part of it (what was read
 * from it stays); guide_load_body reads it again (the whole guide when
 * the file changed meanwhile).  Only a guide loaded from its file (guide_load):
 * the TUI keeps only the open guide's text (issue 13.15). */
void guide_release_body_text(struct guide *g);
/* Let go of all that opening the guide read (its body's text, sections,
 * scripts, the asks, floors and counters of its bands, its doubts, the
 * front matter's free texts): the guide is again what a library holds
 * of it, read again from its file, and guide_load_body reads the rest
 * again.  Only a guide loaded from its file whose file has not changed;
 * for another, its text only is let go (guide_release_body_text) and
 * false is returned.  The TUI keeps only the open guide's (issue 18). */
bool guide_let_go(struct guide *g);

#endif
