/* header.c - the top line (see header.h). */
#include "tui/header.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"
#include "tui/app.h"
#include "tui/draw.h"
#include "negotiator/utf8.h"

/* The marks after the guide's name, most needed first; terse (0 to 3)
 * leaves out or shortens the least needed ones.  Cleaned: the dates
 * come from the guide. */
static void marks(const struct tui *t, int terse, char *buf, size_t size)
{
	size_t n = 0;
	char *clean;

	buf[0] = '\0';
	if (t->save_failing)
		n += (size_t)snprintf(buf + n, size - n, "  ⚠ NOT SAVED");
	if (n < size && guide_is_sample(t->g))
		n += (size_t)snprintf(buf + n, size - n, "  SAMPLE");
	if (n < size && guide_is_stale(t->g, t->today))
		n += (size_t)snprintf(buf + n, size - n,
		                      terse >= 2 ? "  STALE"
		                                 : "  STALE: review was due %s",
		                      t->g->next_review_due);
	if (n < size && t->g->salary_quarter && terse < 1)
		snprintf(buf + n, size - n, "  data %s", t->g->salary_quarter);
	clean = text_clean(buf, strlen(buf), false);
	snprintf(buf, size, "%s", clean);
	free(clean);
}

static int cols_of(const char *s)
{
	return (int)utf8_width(s, strlen(s));
}

/* One line: the program, the guide and its marks, and on the right what
 * '!' would show.  Where it is too narrow the least needed words go
 * first and the guide's name is cut last (the pane titles below say it
 * too): a save that fails is never pushed off the line. */
void header_draw(struct tui *t)
{
	WINDOW *w = t->header;
	int x, cols = t->cols, terse, brand_w, note_w = 0;
	char name[400] = "", mk[200] = "", note[96] = "";
	const char *brand = " negotiator │ ";

	if (t->lib->skipped_count > 0)
		snprintf(note, sizeof note, "%zu file%s skipped — ! shows why ",
		         t->lib->skipped_count,
		         t->lib->skipped_count == 1 ? "" : "s");
	else if (t->note_count > 0)
		snprintf(note, sizeof note, "%zu message%s — ! shows %s ",
		         t->note_count, t->note_count == 1 ? "" : "s",
		         t->note_count == 1 ? "it" : "them");
	if (t->g) {
		char *clean;
		snprintf(name, sizeof name, "%s · %s",
		         t->g->company_display ? t->g->company_display : "",
		         t->g->role_display ? t->g->role_display : "");
		clean = text_clean(name, strlen(name), false);
		snprintf(name, sizeof name, "%s", clean);
		free(clean);
	}
	for (terse = 0; terse <= 3; terse++) {
		if (t->g)
			marks(t, terse, mk, sizeof mk);
		brand_w = t->g ? cols_of(brand) : cols_of(" negotiator");
		note_w = note[0] && terse < 3 ? cols_of(note) + 2 : 0;
		if (brand_w + cols_of(name) + cols_of(mk) + note_w <= cols)
			break;
	}
	if (terse > 3)
		terse = 3;
	draw_line_bg(w, 0, R_HEADER);
	if (!t->g) {
		x = draw_str(w, 0, 0, " negotiator", cols, R_HEADER);
	} else {
		int room = cols - cols_of(brand) - cols_of(mk) - note_w;
		x = draw_str(w, 0, 0, brand, cols, R_HEADER);
		/* Cut with "…" where it does not fit. */
		x += draw_str_cut(w, 0, x, name, room > 0 ? room : 0, R_HEADER);
		x += draw_str(w, 0, x, mk, cols - x, R_HEADER);
	}
	if (note_w && x + note_w <= cols)
		draw_str(w, 0, cols - (note_w - 2), note, note_w - 2, R_HEADER);
	wnoutrefresh(w);
}
