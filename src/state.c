/* state.c - saved negotiations, written atomically.
 *
 * The file is text, one record a line, tab-separated, with \\ \t \n
 * escaped; it opens with "negotiator-state 1" and closes with "end", so a
 * truncated file is told from a complete one:
 *
 *     negotiator-state 1
 *     guide hugging-face/ml-ai-engineer
 *     form  base<TAB>130k
 *     answer  [library]<TAB>Transformers
 *     round  2026-11-20<TAB>company<TAB>Paris<TAB>110000<TAB>200000<TAB>-<TAB>0<TAB>first offer
 *     end
 */
#include "negotiator/state.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "negotiator/text.h"

static const char header[] = "negotiator-state 1";

void negotiation_init(struct negotiation *n, const char *guide_id)
{
	memset(n, 0, sizeof *n);
	n->guide_id = xstrdup(guide_id ? guide_id : "");
}

static void kv_list_free(struct kv_list *l)
{
	for (size_t i = 0; i < l->count; i++) {
		free(l->items[i].key);
		free(l->items[i].value);
	}
	free(l->items);
	memset(l, 0, sizeof *l);
}

static void round_free(struct round *r)
{
	free(r->who);
	free(r->region);
	free(r->note);
}

void negotiation_free(struct negotiation *n)
{
	free(n->guide_id);
	kv_list_free(&n->form);
	kv_list_free(&n->answers);
	for (size_t i = 0; i < n->round_count; i++)
		round_free(&n->rounds[i]);
	free(n->rounds);
	memset(n, 0, sizeof *n);
}

const char *kv_get(const struct kv_list *l, const char *key)
{
	for (size_t i = 0; i < l->count; i++)
		if (strcmp(l->items[i].key, key) == 0)
			return l->items[i].value;
	return NULL;
}

void kv_set(struct kv_list *l, const char *key, const char *value)
{
	for (size_t i = 0; i < l->count; i++) {
		if (strcmp(l->items[i].key, key) != 0)
			continue;
		free(l->items[i].value);
		if (value) {
			l->items[i].value = xstrdup(value);
		} else {
			free(l->items[i].key);
			l->items[i] = l->items[--l->count];
		}
		return;
	}
	if (!value || l->count >= STATE_MAX_ENTRIES)
		return;
	l->items = xgrow(l->items, &l->cap, l->count + 1, sizeof *l->items);
	l->items[l->count].key = xstrdup(key);
	l->items[l->count].value = xstrdup(value);
	l->count++;
}

void negotiation_add_round(struct negotiation *n, const struct round *r)
{
	if (n->round_count >= STATE_MAX_ENTRIES)
		return;
	n->rounds = xgrow(n->rounds, &n->round_cap, n->round_count + 1,
	                  sizeof *n->rounds);
	struct round *c = &n->rounds[n->round_count++];
	*c = *r;
	c->who = xstrdup(r->who ? r->who : "");
	c->region = xstrdup(r->region ? r->region : "");
	c->note = xstrdup(r->note ? r->note : "");
}

void negotiation_remove_round(struct negotiation *n, size_t index)
{
	if (index >= n->round_count)
		return;
	round_free(&n->rounds[index]);
	memmove(&n->rounds[index], &n->rounds[index + 1],
	        (n->round_count - index - 1) * sizeof *n->rounds);
	n->round_count--;
}

bool state_path(const char *guide_id, char *buf, size_t size)
{
	const char *xdg = getenv("XDG_STATE_HOME");
	const char *home = getenv("HOME");
	struct strbuf sb;
	sb_init(&sb);
	if (xdg && *xdg)
		sb_addf(&sb, "%s/negotiator/", xdg);
	else if (home && *home)
		sb_addf(&sb, "%s/.local/state/negotiator/", home);
	else
		return false;
	/* The id is a slug pair; anything else is made safe for a name. */
	for (const char *p = guide_id; *p; p++) {
		if (*p == '/')
			sb_adds(&sb, "--");
		else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		         (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' ||
		         *p == '.')
			sb_addc(&sb, *p == '.' && p == guide_id ? '_' : *p);
		else
			sb_addc(&sb, '_');
	}
	sb_adds(&sb, ".state");
	bool ok = sb.len < size;
	if (ok)
		memcpy(buf, sb.data, sb.len + 1);
	sb_free(&sb);
	return ok;
}

static void put_escaped(struct strbuf *sb, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\\')
			sb_adds(sb, "\\\\");
		else if (*s == '\t')
			sb_adds(sb, "\\t");
		else if (*s == '\n')
			sb_adds(sb, "\\n");
		else if (*s == '\r')
			sb_adds(sb, "\\r");
		else
			sb_addc(sb, *s);
	}
}

/* Undo put_escaped in place; false on a bad escape. */
static bool unescape(char *s)
{
	char *w = s;
	for (char *r = s; *r; r++) {
		if (*r != '\\') {
			*w++ = *r;
			continue;
		}
		r++;
		if (*r == '\\')
			*w++ = '\\';
		else if (*r == 't')
			*w++ = '\t';
		else if (*r == 'n')
			*w++ = '\n';
		else if (*r == 'r')
			*w++ = '\r';
		else
			return false;
	}
	*w = '\0';
	return true;
}

static void put_amount(struct strbuf *sb, amount_t a)
{
	if (amount_known(a))
		sb_addf(sb, "%lld", (long long)a);
	else
		sb_addc(sb, '-');
}

static bool get_amount(const char *s, amount_t *out)
{
	if (strcmp(s, "-") == 0) {
		*out = AMOUNT_NONE;
		return true;
	}
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (end == s || *end || errno || v < -AMOUNT_MAX || v > AMOUNT_MAX)
		return false;
	*out = v;
	return true;
}

static void serialise(const struct negotiation *n, struct strbuf *sb)
{
	sb_addf(sb, "%s\n# saved by negotiator; safe to delete\nguide\t",
	        header);
	put_escaped(sb, n->guide_id);
	sb_addc(sb, '\n');
	const struct kv_list *lists[] = {&n->form, &n->answers};
	const char *tags[] = {"form", "answer"};
	for (int k = 0; k < 2; k++)
		for (size_t i = 0; i < lists[k]->count; i++) {
			sb_addf(sb, "%s\t", tags[k]);
			put_escaped(sb, lists[k]->items[i].key);
			sb_addc(sb, '\t');
			put_escaped(sb, lists[k]->items[i].value);
			sb_addc(sb, '\n');
		}
	for (size_t i = 0; i < n->round_count; i++) {
		const struct round *r = &n->rounds[i];
		sb_adds(sb, "round\t");
		put_escaped(sb, r->date);
		sb_addc(sb, '\t');
		put_escaped(sb, r->who);
		sb_addc(sb, '\t');
		put_escaped(sb, r->region);
		sb_addc(sb, '\t');
		put_amount(sb, r->base);
		sb_addc(sb, '\t');
		put_amount(sb, r->equity_4y);
		sb_addc(sb, '\t');
		put_amount(sb, r->sign_on);
		sb_addf(sb, "\t%d\t", r->accepted ? 1 : 0);
		put_escaped(sb, r->note);
		sb_addc(sb, '\n');
	}
	sb_adds(sb, "end\n");
}

/* Split a line on tabs, in place; returns the field count. */
static int split_tabs(char *line, char **fields, int max)
{
	int n = 0;
	fields[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = '\0';
			fields[n++] = p + 1;
		}
	return n;
}

/* Parse the text; false when it is not a whole, well-formed state. */
static bool parse(char *text, struct negotiation *n, const char **why)
{
	char *save = NULL;
	char *line = strtok_r(text, "\n", &save);
	if (!line || strcmp(line, header) != 0) {
		*why = "it does not start with the state header";
		return false;
	}
	bool ended = false;
	while ((line = strtok_r(NULL, "\n", &save))) {
		if (ended) {
			*why = "there is text after its end";
			return false;
		}
		if (line[0] == '#')
			continue;
		char *f[10];
		int count = split_tabs(line, f, 10);
		for (int i = 0; i < count; i++)
			if (!unescape(f[i])) {
				*why = "a line has a bad escape";
				return false;
			}
		if (strcmp(f[0], "end") == 0 && count == 1) {
			ended = true;
		} else if (strcmp(f[0], "guide") == 0 && count == 2) {
			if (strcmp(f[1], n->guide_id) != 0) {
				*why = "it belongs to another guide";
				return false;
			}
		} else if ((strcmp(f[0], "form") == 0 ||
		            strcmp(f[0], "answer") == 0) &&
		           count == 3) {
			kv_set(f[0][0] == 'f' ? &n->form : &n->answers, f[1], f[2]);
		} else if (strcmp(f[0], "round") == 0 && count == 9) {
			struct round r;
			memset(&r, 0, sizeof r);
			if (strlen(f[1]) != 10 || !get_amount(f[4], &r.base) ||
			    !get_amount(f[5], &r.equity_4y) ||
			    !get_amount(f[6], &r.sign_on) ||
			    (strcmp(f[7], "0") && strcmp(f[7], "1"))) {
				*why = "a round is malformed";
				return false;
			}
			memcpy(r.date, f[1], 11);
			r.who = f[2];
			r.region = f[3];
			r.accepted = f[7][0] == '1';
			r.note = f[8];
			negotiation_add_round(n, &r);
		}
		/* Other records come from newer versions: skipped. */
	}
	if (!ended) {
		*why = "it is cut short (no end line)";
		return false;
	}
	return true;
}

enum state_status state_load_file(const char *path, const char *guide_id,
                                  struct negotiation *n, char *msg,
                                  size_t msg_size)
{
	negotiation_init(n, guide_id);
	msg[0] = '\0';
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0 && errno == ENOENT)
		return STATE_NONE;
	const char *why = NULL;
	char *text = NULL;
	struct stat st;
	if (fd < 0) {
		why = strerror(errno);
	} else if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		why = "it is not a regular file";
	} else if ((size_t)st.st_size > STATE_MAX_FILE_BYTES) {
		why = "it is larger than any saved negotiation can be";
	} else {
		text = xmalloc((size_t)st.st_size + 1);
		ssize_t got = read(fd, text, (size_t)st.st_size);
		if (got != st.st_size)
			why = "it could not be read whole";
		else
			text[got] = '\0';
		if (!why && memchr(text, '\0', (size_t)got))
			why = "it holds binary data";
	}
	if (fd >= 0)
		close(fd);
	if (!why && parse(text, n, &why)) {
		free(text);
		return STATE_LOADED;
	}
	free(text);
	negotiation_free(n);
	negotiation_init(n, guide_id);
	/* Keep the bad file for the user to look at, out of the way. */
	char aside[1100];
	snprintf(aside, sizeof aside, "%s.corrupt-%lld", path,
	         (long long)time(NULL));
	if (rename(path, aside) == 0)
		snprintf(msg, msg_size,
		         "saved negotiation %s was unreadable (%s); moved it to "
		         "%s and started afresh",
		         path, why, aside);
	else
		snprintf(msg, msg_size,
		         "saved negotiation %s is unreadable (%s) and could not "
		         "be moved aside: %s",
		         path, why, strerror(errno));
	return STATE_MOVED_ASIDE;
}

enum state_status state_load(const char *guide_id, struct negotiation *n,
                             char *msg, size_t msg_size)
{
	char path[1024];
	if (!state_path(guide_id, path, sizeof path)) {
		negotiation_init(n, guide_id);
		msg[0] = '\0';
		return STATE_NONE;
	}
	return state_load_file(path, guide_id, n, msg, msg_size);
}

/* mkdir -p for the file's folder. */
static bool make_parent(const char *path)
{
	char dir[1024];
	snprintf(dir, sizeof dir, "%s", path);
	char *slash = strrchr(dir, '/');
	if (!slash)
		return true;
	*slash = '\0';
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			return false;
		*p = '/';
	}
	return mkdir(dir, 0700) == 0 || errno == EEXIST;
}

bool state_save_file(const char *path, const struct negotiation *n,
                     bool durable, char *msg, size_t msg_size)
{
	msg[0] = '\0';
	if (!make_parent(path)) {
		snprintf(msg, msg_size, "cannot create the folder for %s: %s",
		         path, strerror(errno));
		return false;
	}
	struct strbuf sb;
	sb_init(&sb);
	serialise(n, &sb);
	char tmp[1100];
	snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	bool ok = fd >= 0;
	const char *step = "create";
	for (size_t off = 0; ok && off < sb.len;) {
		ssize_t w = write(fd, sb.data + off, sb.len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			ok = false;
			step = "write";
			break;
		}
		off += (size_t)w;
	}
	if (ok && durable && fsync(fd) != 0)
		ok = false, step = "sync";
	if (fd >= 0 && close(fd) != 0 && ok)
		ok = false, step = "close";
	if (ok && rename(tmp, path) != 0)
		ok = false, step = "rename";
	if (!ok) {
		snprintf(msg, msg_size, "could not save %s (%s: %s)", path, step,
		         strerror(errno));
		unlink(tmp);
	} else if (durable) {
		/* Make the rename itself durable. */
		char dir[1024];
		snprintf(dir, sizeof dir, "%s", path);
		char *slash = strrchr(dir, '/');
		if (slash) {
			*slash = '\0';
			int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			if (dfd >= 0) {
				fsync(dfd);
				close(dfd);
			}
		}
	}
	sb_free(&sb);
	return ok;
}

bool state_save(const struct negotiation *n, bool durable, char *msg,
                size_t msg_size)
{
	char path[1024];
	if (!state_path(n->guide_id, path, sizeof path)) {
		snprintf(msg, msg_size, "no HOME or XDG_STATE_HOME to save in");
		return false;
	}
	return state_save_file(path, n, durable, msg, msg_size);
}
