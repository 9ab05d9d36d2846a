/* undo.c - undo and redo of a negotiation's changes (undo.h). */
#include "negotiator/undo.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "negotiator/state.h"
#include "negotiator/text.h"

/* Drop a copy's answers: answers are not undone. */
static void drop_answers(struct negotiation *n)
{
	for (size_t i = 0; i < n->answers.count; i++) {
		free(n->answers.items[i].key);
		free(n->answers.items[i].value);
	}
	free(n->answers.items);
	memset(&n->answers, 0, sizeof n->answers);
}

/* A state of the form and the rounds. */
static void snapshot(struct negotiation *dst, const struct negotiation *src)
{
	negotiation_copy(dst, src);
	drop_answers(dst);
}

static void step_free(struct undo_step *s)
{
	negotiation_free(&s->before);
	if (s->settled)
		negotiation_free(&s->after);
	memset(s, 0, sizeof *s);
}

/* The newest step of a list learns what its change made of the
 * negotiation, when it does not know yet. */
static void settle(struct undo_step *list, size_t count,
                   const struct negotiation *n)
{
	if (count == 0 || list[count - 1].settled)
		return;
	snapshot(&list[count - 1].after, n);
	list[count - 1].settled = true;
}

/* A new step that starts from `before`, the oldest forgotten past
 * UNDO_MAX. */
static struct undo_step *push(struct undo_step **list, size_t *count,
                              const struct negotiation *before)
{
	if (*count >= UNDO_MAX) {
		step_free(&(*list)[0]);
		memmove(&(*list)[0], &(*list)[1], (*count - 1) * sizeof **list);
		(*count)--;
	}
	if (!*list)
		*list = xcalloc(UNDO_MAX, sizeof **list);
	struct undo_step *s = &(*list)[(*count)++];
	memset(s, 0, sizeof *s);
	snapshot(&s->before, before);
	return s;
}

static void clear(struct undo_step *list, size_t *count)
{
	for (size_t i = 0; i < *count; i++)
		step_free(&list[i]);
	*count = 0;
}

void undo_remember(struct undo *u, const struct negotiation *before)
{
	/* No other program's change is merged between two changes of
	 * this one without undo_settle: the last change ended here. */
	settle(u->past, u->past_count, before);
	push(&u->past, &u->past_count, before);
	clear(u->future, &u->future_count);
	u->unsaved = true;
}

void undo_settle(struct undo *u, const struct negotiation *n)
{
	bool was = (u->past_count && !u->past[u->past_count - 1].settled) ||
	           (u->future_count && !u->future[u->future_count - 1].settled);
	settle(u->past, u->past_count, n);
	settle(u->future, u->future_count, n);
	u->unsaved |= was;
}

void undo_extend(struct undo *u, const struct negotiation *from,
                 const struct negotiation *to)
{
	if (u->past_count == 0 || !u->past[u->past_count - 1].settled)
		return; /* settled later, with this change in it */
	struct state_merge m;
	negotiation_merge(&u->past[u->past_count - 1].after, from, to, &m);
	drop_answers(&u->past[u->past_count - 1].after);
	u->unsaved = true;
}

/* Take back the newest step of `from` from n, on top of whatever else
 * changed n since (another program's saves merged in: kept), and keep
 * what it undid as a step of `to`. */
static bool take_back(struct undo_step *from, size_t *from_count,
                      struct undo_step **to, size_t *to_count,
                      struct negotiation *n)
{
	if (*from_count == 0)
		return false;
	settle(from, *from_count, n);
	struct undo_step *s = &from[*from_count - 1];
	struct undo_step *back = push(to, to_count, n);
	/* Three ways: the change undone is what led from its before to
	 * its after; n keeps all else, the answers too (neither snapshot
	 * has any). */
	struct state_merge m;
	negotiation_merge(n, &s->after, &s->before, &m);
	/* The offer on show is this window's view, which a merge never
	 * takes from the other side: put back the one the step left. */
	if (s->before.shown != s->after.shown)
		n->shown = s->before.shown;
	snapshot(&back->after, n);
	back->settled = true;
	step_free(s);
	(*from_count)--;
	return true;
}

bool undo_back(struct undo *u, struct negotiation *n)
{
	u->unsaved = true;
	return take_back(u->past, &u->past_count, &u->future, &u->future_count,
	                 n);
}

bool undo_forward(struct undo *u, struct negotiation *n)
{
	u->unsaved = true;
	return take_back(u->future, &u->future_count, &u->past, &u->past_count,
	                 n);
}

size_t undo_past(const struct undo *u)
{
	return u->past_count;
}

size_t undo_future(const struct undo *u)
{
	return u->future_count;
}

struct undo *undo_shelf_get(struct undo_shelf *s, const char *guide_id)
{
	for (size_t i = 0; i < s->count; i++)
		if (strcmp(s->items[i].guide_id, guide_id) == 0)
			return &s->items[i];
	s->items = xgrow(s->items, &s->cap, s->count + 1, sizeof *s->items);
	struct undo *u = &s->items[s->count++];
	memset(u, 0, sizeof *u);
	u->guide_id = xstrdup(guide_id);
	return u;
}

void undo_shelf_free(struct undo_shelf *s)
{
	for (size_t i = 0; i < s->count; i++) {
		struct undo *u = &s->items[i];
		clear(u->past, &u->past_count);
		clear(u->future, &u->future_count);
		free(u->past);
		free(u->future);
		free(u->guide_id);
	}
	free(s->items);
	memset(s, 0, sizeof *s);
}

/* The history's file
 * ---------------------------------------------------------------------
 *
 *     negotiator-undo 1
 *     guide<TAB>ID
 *     owner<TAB>PID        the program that wrote it
 *     snap                 a state of the form and the rounds: its
 *     form<TAB>...         records as the negotiation's file writes them
 *     round<TAB>...
 *     snap
 *     ...
 *     past<TAB>0<TAB>1     a change: the states before and after it
 *     past<TAB>1<TAB>-     (- when it is not over yet)
 *     future<TAB>2<TAB>3   a change undone, to redo
 *     end
 */

static const char undo_header[] = "negotiator-undo 1";

/* The states written so far, each once. */
struct snaps {
	struct strbuf text;       /* the file being written */
	unsigned long long *hash; /* per state written */
	size_t *start, *len;      /* its records in text */
	size_t count, cap;
};

/* The number of state n in the file, written now when it is not yet
 * (written at the end of the text, then taken back when it is there
 * already: no copy of its own). */
static size_t snap_of(struct snaps *w, const struct negotiation *n)
{
	sb_adds(&w->text, "snap\n");
	size_t start = w->text.len;
	state_records(n, &w->text);
	size_t len = w->text.len - start;
	const char *r = w->text.data + start;
	unsigned long long h = text_hash(r, len);
	for (size_t i = w->count; i-- > 0;)
		if (w->hash[i] == h && w->len[i] == len &&
		    memcmp(w->text.data + w->start[i], r, len) == 0) {
			w->text.len = start - strlen("snap\n");
			w->text.data[w->text.len] = '\0';
			return i;
		}
	size_t cap = w->cap;
	w->hash = xgrow(w->hash, &cap, w->count + 1, sizeof *w->hash);
	cap = w->cap;
	w->start = xgrow(w->start, &cap, w->count + 1, sizeof *w->start);
	w->len = xgrow(w->len, &w->cap, w->count + 1, sizeof *w->len);
	w->hash[w->count] = h;
	w->start[w->count] = start;
	w->len[w->count] = len;
	return w->count++;
}

/* A guide's id is written on one line: a tab or a line end in it (an id
 * no guide file gives) as a space. */
static char one_line(char c)
{
	return c == '\n' || c == '\t' || c == '\r' ? ' ' : c;
}

static bool same_guide(const char *written, const char *id)
{
	for (; *written && *id; written++, id++)
		if (*written != one_line(*id))
			return false;
	return !*written && !*id;
}

/* The file with the past from step `from` on, and the future when
 * with_future. */
static void history_text(const struct undo *u, size_t from, bool with_future,
                         struct strbuf *out)
{
	struct snaps w;
	struct strbuf steps;
	memset(&w, 0, sizeof w);
	sb_init(&w.text);
	sb_init(&steps);
	const struct {
		const char *tag;
		const struct undo_step *list;
		size_t from, count;
	} lists[2] = {
		{"past", u->past, from, u->past_count},
		{"future", u->future, 0, with_future ? u->future_count : 0},
	};
	for (int k = 0; k < 2; k++)
		for (size_t i = lists[k].from; i < lists[k].count; i++) {
			const struct undo_step *s = &lists[k].list[i];
			size_t b = snap_of(&w, &s->before);
			sb_addf(&steps, "%s\t%zu\t", lists[k].tag, b);
			if (s->settled)
				sb_addf(&steps, "%zu\n",
				        snap_of(&w, &s->after));
			else
				sb_adds(&steps, "-\n");
		}
	sb_addf(out, "%s\n# this window's undo history; safe to delete\n",
	        undo_header);
	sb_adds(out, "guide\t");
	for (const char *c = u->guide_id; *c; c++)
		sb_addc(out, one_line(*c));
	sb_addf(out, "\nowner\t%ld\n", (long)getpid());
	if (w.text.len)
		sb_add(out, w.text.data, w.text.len);
	if (steps.len)
		sb_add(out, steps.data, steps.len);
	sb_adds(out, "end\n");
	sb_free(&steps);
	sb_free(&w.text);
	free(w.hash);
	free(w.start);
	free(w.len);
}

void undo_text(const struct undo *u, size_t max, struct strbuf *out)
{
	size_t start = out->len;
	history_text(u, 0, true, out);
	if (out->len - start <= max)
		return;
	/* The fewest oldest changes left out that make it fit: found by
	 * halves (each try writes the whole file). */
	size_t lo = 1, hi = u->past_count;
	bool future = true;
	for (int pass = 0; pass < 2; pass++) {
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			out->len = start;
			history_text(u, mid, future, out);
			if (out->len - start <= max)
				hi = mid;
			else
				lo = mid + 1;
		}
		out->len = start;
		history_text(u, hi, future, out);
		if (out->len - start <= max || !future)
			break;
		/* Not even the newest change fits beside the redo: the
		 * redo goes too. */
		future = false;
		lo = 0;
		hi = u->past_count;
	}
	if (out->len - start > max) {
		out->len = start;
		history_text(u, u->past_count, false, out);
	}
	out->data[out->len] = '\0';
}

bool undo_save(struct undo *u, const char *path, bool durable,
               struct error *err)
{
	struct strbuf sb;
	sb_init(&sb);
	undo_text(u, UNDO_FILE_MAX_BYTES, &sb);
	bool ok = state_write_text(path, sb.data, sb.len, durable, err);
	sb_free(&sb);
	if (ok)
		u->unsaved = false;
	return ok;
}

/* The history being read: its states, and where it went wrong. */
struct undo_reading {
	struct negotiation *snap;
	size_t count, cap;
	const char *why;
	bool other; /* written by another program that runs still */
	/* The form lines of the last state, read into it at its end. */
	struct kv_list form;
};

/* The last state read is whole: its form lines go into it. */
static void state_done(struct undo_reading *r)
{
	if (r->count)
		state_record_form(&r->form, &r->snap[r->count - 1]);
}

/* "past\tB\tA": a step of list from the states read. */
static bool read_step(struct undo_reading *r, char *line,
                      struct undo_step **list, size_t *count)
{
	char *tab = strchr(line, '\t'),
	     *tab2 = tab ? strchr(tab + 1, '\t') : NULL;
	char *end;
	if (!tab2 || *count >= UNDO_MAX) {
		r->why = "a change is malformed, or there are too many";
		return false;
	}
	unsigned long b = strtoul(tab + 1, &end, 10), a = 0;
	bool settled = strcmp(tab2 + 1, "-") != 0;
	if (end != tab2 || b >= r->count)
		return (r->why = "a change names no state"), false;
	if (settled) {
		a = strtoul(tab2 + 1, &end, 10);
		if (*end || end == tab2 + 1 || a >= r->count)
			return (r->why = "a change names no state"), false;
	}
	if (!*list)
		*list = xcalloc(UNDO_MAX, sizeof **list);
	struct undo_step *s = &(*list)[(*count)++];
	memset(s, 0, sizeof *s);
	negotiation_copy(&s->before, &r->snap[b]);
	if (settled)
		negotiation_copy(&s->after, &r->snap[a]);
	s->settled = settled;
	return true;
}

/* One line of the file after its header; *ended at its end line. */
static bool read_line(struct undo_reading *r, struct undo *u, char *line,
                      bool *ended)
{
	if (*ended)
		return (r->why = "there is text after its end"), false;
	if (line[0] == '#')
		return true;
	if (strcmp(line, "end") == 0) {
		state_done(r);
		*ended = true;
		return true;
	}
	if (strncmp(line, "guide\t", 6) == 0) {
		if (!same_guide(line + 6, u->guide_id))
			return (r->why = "it belongs to another guide"), false;
		return true;
	}
	if (strncmp(line, "owner\t", 6) == 0) {
		/* Another program, still running, wrote it: that history is
		 * its own, not to be undone from here. */
		char *end;
		long pid = strtol(line + 6, &end, 10);
		if (*end || pid <= 0)
			return (r->why = "its owner is malformed"), false;
		r->other = pid != (long)getpid() &&
		           (kill((pid_t)pid, 0) == 0 || errno == EPERM);
		return true;
	}
	if (strcmp(line, "snap") == 0) {
		if (r->count >= 4 * UNDO_MAX)
			return (r->why = "it holds too many states"), false;
		state_done(r);
		r->snap =
			xgrow(r->snap, &r->cap, r->count + 1, sizeof *r->snap);
		negotiation_init(&r->snap[r->count++], u->guide_id);
		return true;
	}
	bool past = strncmp(line, "past\t", 5) == 0;
	if (past || strncmp(line, "future\t", 7) == 0) {
		state_done(r);
		return past ? read_step(r, line, &u->past, &u->past_count)
		            : read_step(r, line, &u->future, &u->future_count);
	}
	if (r->count == 0)
		return (r->why = "a record comes before any state"), false;
	return state_record(line, &r->snap[r->count - 1], &r->form, &r->why);
}

/* Only the newest change may be going on still. */
static bool steps_whole(const struct undo *u)
{
	for (size_t i = 0; i + 1 < u->past_count; i++)
		if (!u->past[i].settled)
			return false;
	for (size_t i = 0; i < u->future_count; i++)
		if (!u->future[i].settled)
			return false;
	return true;
}

bool undo_load(struct undo *u, const char *path, struct error *err)
{
	size_t len;
	bool missing;
	const char *why = NULL;
	char *text = state_read_text(path, UNDO_FILE_MAX_BYTES, &len, &missing,
	                             &why);
	if (!text)
		return missing ||
		       error_set(err,
		                 "the undo history %s could not be read (%s): "
		                 "it is left out, the negotiation is as saved",
		                 path, why);
	struct undo_reading r = {NULL, 0, 0, NULL, false, {0}};
	char *save = NULL;
	char *line = strtok_r(text, "\n", &save);
	bool ended = false, ok = line && strcmp(line, undo_header) == 0;
	if (!ok)
		r.why = "it does not start with the undo header";
	while (ok && (line = strtok_r(NULL, "\n", &save)))
		ok = read_line(&r, u, line, &ended);
	if (ok && !ended)
		ok = false, r.why = "it is cut short (no end line)";
	if (ok && !steps_whole(u))
		ok = false, r.why = "a change in the middle is not over";
	kv_free(&r.form);
	for (size_t i = 0; i < r.count; i++)
		negotiation_free(&r.snap[i]);
	free(r.snap);
	free(text);
	if (!ok) {
		clear(u->past, &u->past_count);
		clear(u->future, &u->future_count);
		return error_set(err,
		                 "the undo history %s is damaged (%s): it is "
		                 "left out, the negotiation is as saved",
		                 path, r.why);
	}
	if (r.other) {
		clear(u->past, &u->past_count);
		clear(u->future, &u->future_count);
	}
	u->unsaved = false;
	return true;
}
