/* sidebyside.c - the offers side by side as lines (sidebyside.h). */
#include "tui/sidebyside.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/offers.h"
#include "negotiator/text.h"
#include "negotiator/utf8.h"
#include "negotiator/wrap.h"

/* A note wrapped to the width, later lines hanging by two. */
static void add_note(sidebyside_add add, void *arg, const char *text, int width,
                     enum role r)
{
	char *clean = text_clean(text, strlen(text), false);
	struct wrap_line *wl;
	size_t n = wrap_text_hanging(clean, strlen(clean),
	                             width > 10 ? width : 10, 2, &wl);
	for (size_t k = 0; k < n; k++)
		add(arg, clean + wl[k].start, wl[k].len, r, k ? 2 : 0);
	free(wl);
	free(clean);
}

void sidebyside_lines(struct tui *t, int width, sidebyside_add add, void *arg)
{
	const struct offers_view *v = &t->an.offers;
	char line[760], note[800];
	if (!t->g || !v->band)
		return;
	struct strbuf sb;
	sb_init(&sb);
	size_t left = offers_table(v, width, &sb);
	bool head = true;
	for (char *s = sb.data, *nl; (nl = strchr(s, '\n')); s = nl + 1) {
		add(arg, s, (size_t)(nl - s), head ? R_DIM : R_NORMAL, 0);
		head = false;
	}
	sb_free(&sb);
	if (left) {
		snprintf(line, sizeof line,
		         "%zu more column%s: v shows them all.", left,
		         left == 1 ? "" : "s");
		add_note(add, arg, line, width, R_DIM);
	}
	for (size_t i = 0; i < v->count; i++) {
		offers_converted_note(v, i, line, sizeof line);
		if (!line[0])
			continue;
		snprintf(note, sizeof note, "%s: %s.", offers_name(&v->row[i]),
		         line);
		add_note(add, arg, note, width, R_DIM);
	}
	offers_vesting_note(v, line, sizeof line);
	if (line[0]) {
		snprintf(note, sizeof note, "The %s.", line + strlen("the "));
		add_note(add, arg, note, width, R_DIM);
	}
	offers_bonus_note(v, line, sizeof line);
	if (line[0]) {
		snprintf(note, sizeof note, "%s.", line);
		add_note(add, arg, note, width, R_DIM);
	}
	if (v->against >= 0) {
		snprintf(note, sizeof note,
		         "The counter and the script answer %s%s (x in the "
		         "counter: another).",
		         offers_name(&v->row[v->against]),
		         v->against == v->best ? ", the best over four years"
		                               : ", as picked");
		add_note(add, arg, note, width, R_NORMAL);
	}
}

int sidebyside_width(struct tui *t)
{
	if (!t->g || !t->an.offers.band)
		return 0;
	struct strbuf sb;
	sb_init(&sb);
	offers_table(&t->an.offers, 0, &sb);
	int w = 0;
	for (char *s = sb.data, *nl; s && (nl = strchr(s, '\n')); s = nl + 1) {
		int lw = (int)utf8_width(s, (size_t)(nl - s));
		w = lw > w ? lw : w;
	}
	sb_free(&sb);
	return w;
}
