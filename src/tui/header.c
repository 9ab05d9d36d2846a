/* header.c - the top line (see header.h). */
#include "tui/header.h"

#include <stdio.h>
#include <string.h>

#include "tui/app.h"
#include "tui/draw.h"
#include "negotiator/utf8.h"

void header_draw(struct tui *t)
{
	WINDOW *w = t->header;
	int x, cols = t->cols;
	char buf[160];

	draw_line_bg(w, 0, R_HEADER);
	x = draw_str(w, 0, 0, " negotiator", cols, R_HEADER);
	if (t->g) {
		x += draw_str(w, 0, x, " │ ", cols - x, R_HEADER);
		x += draw_guide_str(w, 0, x, t->g->company_display, cols - x,
		                    R_HEADER);
		x += draw_str(w, 0, x, " · ", cols - x, R_HEADER);
		x += draw_guide_str(w, 0, x, t->g->role_display, cols - x,
		                    R_HEADER);
		if (guide_is_sample(t->g))
			x += draw_str(w, 0, x, "  SAMPLE", cols - x, R_HEADER);
		if (guide_is_stale(t->g, t->today)) {
			snprintf(buf, sizeof buf, "  STALE: review was due %s",
			         t->g->next_review_due);
			x += draw_guide_str(w, 0, x, buf, cols - x, R_HEADER);
		}
		if (t->save_failing)
			x += draw_str(w, 0, x, "  ⚠ NOT SAVED", cols - x, R_HEADER);
		if (t->g->salary_quarter && x + 20 < cols) {
			snprintf(buf, sizeof buf, "  data %s", t->g->salary_quarter);
			x += draw_guide_str(w, 0, x, buf, cols - x, R_HEADER);
		}
	}
	if (t->lib->skipped_count > 0 || t->note_count > 0) {
		if (t->lib->skipped_count > 0)
			snprintf(buf, sizeof buf, "%zu file%s skipped — ! shows why ",
			         t->lib->skipped_count,
			         t->lib->skipped_count == 1 ? "" : "s");
		else
			snprintf(buf, sizeof buf, "%zu message%s — ! shows %s ",
			         t->note_count, t->note_count == 1 ? "" : "s",
			         t->note_count == 1 ? "it" : "them");
		int bw = (int)utf8_width(buf, strlen(buf));
		if (x + 2 + bw <= cols)
			draw_str(w, 0, cols - bw, buf, bw, R_HEADER);
	}
	wnoutrefresh(w);
}
