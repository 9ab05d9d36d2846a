/* roundedit.h - the edit of one round, at the foot of the counter pane:
 * a line editor per field (each part a round keeps, then its date and a
 * note), checked field by field; nothing typed is lost to a refusal (the
 * text stays, the reason is said).  No curses. */
#ifndef NEGOTIATOR_TUI_ROUNDEDIT_H
#define NEGOTIATOR_TUI_ROUNDEDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/error.h"
#include "negotiator/negotiation.h"
#include "negotiator/part.h"
#include "tui/lineedit.h"

/* The parts a round keeps, its date and its note. */
#define ROUNDEDIT_FIELDS (PART_COUNT + 2)

struct round_editor {
	bool open;
	char id[32];      /* the round's: found again by it when saved */
	size_t number;    /* its place, from 1, for the title */
	char currency[4]; /* its region's: amounts typed bare are in it */
	size_t count, at; /* the fields; the one typed in */
	/* Each field's part; PART_COUNT for the date, then the note. */
	enum part_id part[ROUNDEDIT_FIELDS];
	bool is_note[ROUNDEDIT_FIELDS];
	struct lineedit le[ROUNDEDIT_FIELDS];
	/* Each field's name: "Base", "Date", "Note". */
	char label[ROUNDEDIT_FIELDS][24];
};

/* Open e on round r (number index + 1), whose region's currency is
 * currency ("" when unknown): each field holds what the round has. */
void roundedit_start(struct round_editor *e, const struct round *r,
                     size_t index, const char *currency);
void roundedit_close(struct round_editor *e);
/* Whether field i's text can be taken; false with the reason in err. */
bool roundedit_check(const struct round_editor *e, size_t i, struct error *err);
/* Every field read into out (its note points into e); false with the
 * first field that cannot be taken in *bad and the reason in err. */
bool roundedit_result(const struct round_editor *e, struct round_edit *out,
                      size_t *bad, struct error *err);

#endif
