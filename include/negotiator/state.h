/* state.h - saved negotiations: what the user typed, their answers to a
 * guide's placeholders, and the rounds of offers, per guide.
 *
 * Kept under $XDG_STATE_HOME/negotiator/ (default ~/.local/state), one
 * text file per guide, named by a one-to-one escaping of the guide's id
 * (older names still load).  Saves are atomic: a temporary file, created
 * exclusively under a random name in the same folder (never through a
 * link), is written, fsynced and renamed over the old one, so a crash or
 * a kill during a save leaves either the old file or the new one.
 *
 * Two programs may have the same guide open.  Each remembers what it
 * last read or wrote (struct state_sync); before it saves it looks at
 * the file, and when the other program saved since, merges (three ways):
 * rounds and answers are additions, so both programs' are kept; what
 * both changed differently keeps this program's, and the other's whole
 * file is kept beside it (NAME.conflict-RANDOM) and said.  The read, merge
 * and write happen under a lock on the state folder.
 *
 * A file that cannot be read back is moved aside (NAME.corrupt-TIME)
 * with a message, and the negotiation starts empty; it never stops the
 * program.
 */
#ifndef NEGOTIATOR_STATE_H
#define NEGOTIATOR_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "negotiator/error.h"
#include "negotiator/negotiation.h"

/* A larger file is not read (it is moved aside); a save that would be
 * larger is refused with a message, so that nothing is written that
 * could not be read back. */
#define STATE_MAX_FILE_BYTES (1024u * 1024u)
/* The TUI records no round past this many (the file limit would be
 * reached first with long notes); a file may hold any number. */
#define STATE_MAX_ROUNDS 10000

/* The file for a guide: $XDG_STATE_HOME/negotiator/NAME.state, NAME the
 * id escaped one to one: letters a-z, digits, '_' and '.' as they are,
 * '/' as "--", a '-' as itself unless it touches another '-' or a '/',
 * anything else (upper case too, for case-blind file systems) as %XX.
 * An id whose name would pass 180 bytes keeps its first 150 and a hash
 * of the whole.  False when there is no HOME to find it (or no id). */
bool state_path(const char *guide_id, char *buf, size_t size);
/* Back from a NAME (without the folder and ".state") to the id; false
 * when name is not one state_path makes (or was cut and hashed). */
bool state_name_to_id(const char *name, char *buf, size_t size);

enum state_status {
	STATE_LOADED,     /* read back */
	STATE_NONE,       /* no saved negotiation yet */
	STATE_MOVED_ASIDE /* unreadable: moved aside, starting empty */
};

/* What this program last read from or wrote to a guide's file: the
 * common ancestor of a merge, and how to tell that the file changed. */
struct state_sync {
	char *path;
	/* Read from a name of the older scheme: removed once saved anew. */
	char *legacy_path;
	struct negotiation base;
	bool seen; /* the file existed at the last look */
	uint64_t dev, ino, size;
	int64_t mtime_sec, mtime_nsec;
	/* The file at path belongs to another guide: never written. */
	bool foreign;
};

/* Open a guide's saved negotiation into n (initialised by the call) and
 * s (freed with state_sync_free).  err gets a sentence for the user when
 * something was wrong with the file (moved aside: STATE_MOVED_ASIDE; or
 * another guide's, left alone: STATE_NONE); it is left alone otherwise. */
enum state_status state_open(const char *guide_id, struct negotiation *n,
                             struct state_sync *s, struct error *err);
/* Bring n and the file together: when the file changed since s last saw
 * it, merge what changed there into n (m says what); then, when write,
 * save n.  Without write, only a changed file costs more than a stat.
 * False with the reason in err when the save failed (n keeps everything;
 * the file is untouched).  m->note says, when not empty, what was set
 * aside on the way (a conflict's other side, a file from the other
 * program that could not be read). */
bool state_sync(struct negotiation *n, struct state_sync *s, bool write,
                bool durable, struct state_merge *m, struct error *err);
/* What n holds now counts as what the file held: for what a program
 * fills in itself when it opens a negotiation (a form's defaults), so
 * that only what the user changes later is this program's in a merge. */
void state_sync_adopt(struct state_sync *s, const struct negotiation *n);
void state_sync_free(struct state_sync *s);

/* Load one file, as state_open does but with no merging afterwards. */
enum state_status state_load_file(const char *path, const char *guide_id,
                                  struct negotiation *n, struct error *err);
enum state_status state_load(const char *guide_id, struct negotiation *n,
                             struct error *err);
/* Save atomically to path, no merging; false with the reason in err on
 * failure (the old file, if any, is then untouched). Creates the folder
 * when needed.  The rename alone makes a save atomic against a crash or
 * a kill of the program; durable also fsyncs the file before the rename
 * and the folder after it, so that a power cut cannot lose it either.
 * (Each fsync costs milliseconds on a real disk: too much for every
 * keystroke.) */
bool state_save_file(const char *path, const struct negotiation *n,
                     bool durable, struct error *err);

/* A save that failed (a full disk, a lock held by a stopped program)
 * when the program must end (a signal): n is written to a new file
 * beside s's (NAME.unsaved-RANDOM), else in $TMPDIR (or /tmp), created
 * exclusively; where it went into where.  False, why in err, when
 * neither could be written. */
bool state_rescue(const struct state_sync *s, const struct negotiation *n,
                  char *where, size_t size, struct error *err);
/* Remove the temporary files (NAME.tmp-RANDOM) that a program killed in
 * the middle of a save left in the state folder, when at least min_age
 * seconds old (a living program's save takes milliseconds); the number
 * removed. */
size_t state_sweep(long min_age);

/* Pieces for the undo history's file (undo.h), kept beside the
 * negotiation's --------------------------------------------------------- */

struct strbuf;
/* $XDG_STATE_HOME/negotiator/NAME.undo: the file of guide_id's undo
 * history, NAME as state_path makes it. */
bool state_undo_path(const char *guide_id, char *buf, size_t size);
/* n's records as its state file holds them, one a line: the form, the
 * answers, the rounds (no header, guide or end line). */
void state_records(const struct negotiation *n, struct strbuf *sb);
/* One such line (cut up in place) added to n (a form line to form,
 * read into n by state_record_form once all are in); a line of another
 * kind is skipped.  False, why in *why, when it is malformed. */
bool state_record(char *line, struct negotiation *n, struct kv_list *form,
                  const char **why);
/* The form lines gathered read into n's offers and settings; form is
 * emptied. */
void state_record_form(struct kv_list *form, struct negotiation *n);
/* A small file read whole as the state files are (a regular file only,
 * of at most max bytes, never waited on): its text, NUL-terminated, and
 * its length in *len; NULL with *missing (no such file) or *why. */
char *state_read_text(const char *path, size_t max, size_t *len, bool *missing,
                      const char **why);
/* text written to path as the state files are: a temporary file created
 * exclusively (never through a link), renamed over it; durable fsyncs.
 * False, why in err, when it could not be. */
bool state_write_text(const char *path, const char *text, size_t len,
                      bool durable, struct error *err);

/* Where the last session of the TUI ended: the guide's id and the pane,
 * in NAME/last-view beside the saved negotiations.  Read only from a
 * regular file of at most STATE_VIEW_MAX_BYTES (never waited on: a FIFO,
 * /dev/zero or a folder there reads as no record); written as the
 * negotiations are (a random temporary name, never through a link). */
#define STATE_VIEW_MAX_BYTES 4096u
struct state_view {
	char guide[512]; /* "" when none */
	char pane[32];
};
/* The record from the file's text (any bytes): each value cleaned of
 * control characters and cut to fit. */
void state_view_parse(const char *text, size_t len, struct state_view *v);
/* True when there is a record that names a guide. */
bool state_view_load(struct state_view *v);
bool state_view_save(const struct state_view *v, struct error *err);

#endif
