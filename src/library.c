/* library.c - a set of guides from files and folders.
 *
 * The guides array is kept sorted by id as guides arrive, so a duplicate
 * id is found by binary search and the first one added wins.
 */
#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "body_head.h"
#include "frontmatter.h"
#include "guide_file.h"
#include "negotiator/guide_load.h"
#include "negotiator/library.h"
#include "negotiator/text.h"

#ifndef NEGOTIATOR_DATADIR
#define NEGOTIATOR_DATADIR "/usr/local/share/negotiator"
#endif

/* How much of a file in a folder is read to tell a guide from the rest. */
#define PEEK_BYTES 4096
/* Loading a folder uses up to this many threads (one per core). */
#define LOAD_THREADS 8
/* How many candidates an "ambiguous" answer names. */
#define AMBIGUOUS_SHOWN 5

void library_init(struct library *lib)
{
	memset(lib, 0, sizeof *lib);
}

void library_free(struct library *lib)
{
	size_t i;

	for (i = 0; i < lib->count; i++)
		guide_free(lib->guides[i]);
	free(lib->guides);
	for (i = 0; i < lib->skipped_count; i++) {
		free(lib->skipped[i].path);
		free(lib->skipped[i].path_shown);
		free(lib->skipped[i].reason);
	}
	free(lib->skipped);
	memset(lib, 0, sizeof *lib);
}

static struct skipped_file *skip(struct library *lib, const char *path,
                                 int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static struct skipped_file *skip(struct library *lib, const char *path,
                                 int line, const char *fmt, ...)
{
	struct skipped_file *s;
	va_list ap, again;
	char *raw;
	int n;

	va_start(ap, fmt);
	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	raw = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	raw[0] = '\0';
	if (n > 0)
		vsnprintf(raw, (size_t)n + 1, fmt, again);
	va_end(again);
	lib->skipped = xgrow(lib->skipped, &lib->skipped_cap,
	                     lib->skipped_count + 1, sizeof *lib->skipped);
	s = &lib->skipped[lib->skipped_count++];
	/* File names can hold control characters too: shown cleaned. */
	s->path = xstrdup(path);
	s->path_shown = text_clean(path, strlen(path), false);
	s->line = line;
	s->reason = text_clean(raw, strlen(raw), false);
	s->notice = false;
	free(raw);
	return s;
}

/* Record why a file did not load: its errors, the first one's line. */
static void skip_errors(struct library *lib, const char *path,
                        const struct diag_list *errs)
{
	struct strbuf sb;
	size_t i;
	int line = 0;
	char *reason;

	sb_init(&sb);
	for (i = 0; i < errs->count; i++) {
		if (errs->items[i].severity != DIAG_ERROR)
			continue;
		if (sb.len)
			sb_adds(&sb, "; ");
		else
			line = errs->items[i].line;
		sb_adds(&sb, errs->items[i].message);
	}
	reason = sb_take(&sb);
	skip(lib, path, line, "%s", *reason ? reason : "could not be loaded");
	free(reason);
}

/* Index of the first guide whose id is >= id. */
static size_t lower_bound(const struct library *lib, const char *id)
{
	size_t lo = 0, hi = lib->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(lib->guides[mid]->id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Keep g (true), or skip it as a duplicate and free it (false). */
static bool insert_guide(struct library *lib, struct guide *g)
{
	size_t at = lower_bound(lib, g->id);

	if (at < lib->count && strcmp(lib->guides[at]->id, g->id) == 0) {
		skip(lib, g->path, 0, "duplicate id %s (also in %s)", g->id,
		     lib->guides[at]->path);
		guide_free(g);
		return false;
	}
	lib->guides = xgrow(lib->guides, &lib->cap, lib->count + 1,
	                    sizeof *lib->guides);
	memmove(&lib->guides[at + 1], &lib->guides[at],
	        (lib->count - at) * sizeof *lib->guides);
	lib->guides[at] = g;
	lib->count++;
	return true;
}

/* A file named directly: every problem is reported.  Its body is kept:
 * one file named is one about to be shown, so reading it twice would be
 * the waste. */
static size_t add_named_file(struct library *lib, const char *path)
{
	struct diag_list errs = {0};
	struct guide *g = NULL;
	char *data;
	size_t len, added = 0;

	if (guide_file_read(path, &data, &len, &errs)) {
		g = guide_load_data(path, data, len, &errs, false);
		free(data);
	}

	if (g)
		added = insert_guide(lib, g);
	else
		skip_errors(lib, path, &errs);
	diag_list_free(&errs);
	return added;
}

/* Read up to n bytes from the start of a file; -1 on error. */
static ssize_t peek_file(const char *path, char *buf, size_t n)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	ssize_t r;

	if (fd < 0)
		return -1;
	do
		r = read(fd, buf, n);
	while (r < 0 && errno == EINTR);
	close(fd);
	return r;
}

enum kind { KIND_GUIDE, KIND_NOT_GUIDE, KIND_BINARY, KIND_EMPTY };

/* What the start of a file says it is.  A file that opens like a guide
 * is one, however broken: its problems are worth reporting. */
static enum kind classify(const char *data, size_t len)
{
	if (len == frontmatter_bom_len(data, len))
		return KIND_EMPTY;
	if (frontmatter_opens(data, len))
		return KIND_GUIDE;
	if (memchr(data, '\0', len < PEEK_BYTES ? len : PEEK_BYTES))
		return KIND_BINARY;
	/* A title naming a role and a company above a band table is a
	 * guide without front matter. */
	if (body_head_probe(data, len))
		return KIND_GUIDE;
	return KIND_NOT_GUIDE;
}

/* A file found in a folder, and what loading it came to.  Folders are
 * walked first (in name order), the files are then loaded on every core,
 * and the outcomes applied in walk order, so the result is the same as a
 * one-by-one load: the same guides, skips and duplicate winners. */
struct pending {
	char *path;
	off_t size;
	enum { OUT_SILENT, OUT_SKIP, OUT_ERRORS, OUT_GUIDE } outcome;
	int line;              /* OUT_SKIP */
	char *reason;          /* OUT_SKIP */
	bool notice;           /* OUT_SKIP: passed over on purpose */
	struct diag_list errs; /* OUT_ERRORS */
	struct guide *g;       /* OUT_GUIDE */
};

struct pending_list {
	struct pending *items;
	size_t count, cap;
};

static void pending_skip(struct pending *p, int line, const char *reason)
{
	p->outcome = OUT_SKIP;
	p->line = line;
	p->reason = xstrdup(reason);
	p->notice = true; /* not a guide: nothing wrong with it */
}

/* Binary files pass in silence, other files that are not guides are
 * noted, guides are loaded.  Touches nothing but *p: runs on threads. */
static void load_pending(struct pending *p)
{
	enum kind kind;
	char *data = NULL;
	size_t len = 0;

	p->outcome = OUT_ERRORS;
	if ((uintmax_t)p->size > GUIDE_MAX_FILE_BYTES) {
		char head[PEEK_BYTES];
		ssize_t r = peek_file(p->path, head, sizeof head);

		if (r < 0) {
			diag_add(&p->errs, DIAG_ERROR, 0, "cannot open: %s",
			         strerror(errno));
			return;
		}
		kind = classify(head, (size_t)r);
		if (kind == KIND_GUIDE) {
			guide_file_size_ok((uintmax_t)p->size, &p->errs);
			return;
		}
	} else {
		if (!guide_file_read(p->path, &data, &len, &p->errs))
			return;
		kind = classify(data, len);
	}
	switch (kind) {
	case KIND_BINARY: p->outcome = OUT_SILENT; break;
	case KIND_EMPTY: pending_skip(p, 0, "not a guide (empty file)"); break;
	case KIND_NOT_GUIDE:
		pending_skip(p, 1,
		             "not a guide (no front matter, and no title "
		             "and band table)");
		break;
	case KIND_GUIDE:
		p->g = guide_load_data(p->path, data, len, &p->errs, true);
		if (p->g)
			p->outcome = OUT_GUIDE;
		break;
	}
	free(data);
}

struct load_work {
	struct pending_list *list;
	atomic_size_t next;
};

static void *load_worker(void *arg)
{
	struct load_work *w = arg;
	size_t i;

	while ((i = atomic_fetch_add(&w->next, 1)) < w->list->count)
		if (w->list->items[i].size >= 0) /* else: already failed */
			load_pending(&w->list->items[i]);
	return NULL;
}

/* Load every pending file, on up to LOAD_THREADS threads when there are
 * enough files to be worth it. */
static void load_all(struct pending_list *list)
{
	struct load_work work = {list, 0};
	pthread_t threads[LOAD_THREADS];
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	size_t n = cores > 1 ? (size_t)cores : 1, started = 0, i;

	if (n > LOAD_THREADS)
		n = LOAD_THREADS;
	if (list->count < 64)
		n = 1;
	for (i = 1; i < n; i++)
		if (pthread_create(&threads[started], NULL, load_worker,
		                   &work) == 0)
			started++;
	load_worker(&work); /* this thread works too */
	for (i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
}

static size_t apply_pending(struct library *lib, struct pending_list *list)
{
	size_t added = 0, i;

	for (i = 0; i < list->count; i++) {
		struct pending *p = &list->items[i];

		if (p->outcome == OUT_GUIDE)
			added += insert_guide(lib, p->g);
		else if (p->outcome == OUT_SKIP)
			skip(lib, p->path, p->line, "%s", p->reason)->notice =
				p->notice;
		else if (p->outcome == OUT_ERRORS)
			skip_errors(lib, p->path, &p->errs);
		diag_list_free(&p->errs);
		free(p->reason);
		free(p->path);
	}
	free(list->items);
	return added;
}

static char *join_path(const char *dir, const char *name)
{
	size_t dlen = strlen(dir), n;
	char *p;

	while (dlen > 1 && dir[dlen - 1] == '/')
		dlen--;
	n = dlen + strlen(name) + 2;
	p = xmalloc(n);
	snprintf(p, n, "%.*s/%s", (int)dlen, dir, name);
	return p;
}

/* Folders already walked (device and inode, hashed), so that a loop of
 * links, or a folder mounted twice, is walked once. */
struct walked {
	struct folder_id {
		dev_t dev;
		ino_t ino;
		bool used;
	} * slots;
	size_t count, cap; /* cap a power of two */
};

static size_t folder_hash(dev_t dev, ino_t ino, size_t cap)
{
	unsigned long long h = (unsigned long long)ino * 0x9E3779B97F4A7C15ull ^
	                       (unsigned long long)dev * 0xC2B2AE3D27D4EB4Full;
	return (size_t)(h >> 17) & (cap - 1);
}

static bool walked_before(struct walked *w, const struct stat *st)
{
	if (w->count + 1 > w->cap / 2) {
		struct walked grown = {NULL, 0, w->cap ? w->cap * 2 : 64};
		grown.slots = xcalloc(grown.cap, sizeof *grown.slots);
		for (size_t i = 0; i < w->cap; i++)
			if (w->slots[i].used) {
				size_t h =
					folder_hash(w->slots[i].dev,
				                    w->slots[i].ino, grown.cap);
				while (grown.slots[h].used)
					h = (h + 1) & (grown.cap - 1);
				grown.slots[h] = w->slots[i];
			}
		grown.count = w->count;
		free(w->slots);
		*w = grown;
	}
	size_t h = folder_hash(st->st_dev, st->st_ino, w->cap);
	for (; w->slots[h].used; h = (h + 1) & (w->cap - 1))
		if (w->slots[h].dev == st->st_dev &&
		    w->slots[h].ino == st->st_ino)
			return true;
	w->slots[h].dev = st->st_dev;
	w->slots[h].ino = st->st_ino;
	w->slots[h].used = true;
	w->count++;
	return false;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One walk from a path given: what it has seen and how far it may go. */
struct folder_walk {
	struct pending_list *list;
	struct walked walked;
	bool follow_links;
	size_t entries; /* files and folders met */
	bool stopped;   /* LIBRARY_MAX_ENTRIES reached */
};

/* A new entry on the pending list for path (taken). */
static struct pending *pending_add(struct folder_walk *w, char *path)
{
	struct pending_list *list = w->list;
	list->items = xgrow(list->items, &list->cap, list->count + 1,
	                    sizeof *list->items);
	struct pending *p = memset(&list->items[list->count++], 0, sizeof *p);
	p->path = path;
	p->size = -1; /* not to be loaded, unless a file sets it */
	return p;
}

/* A skip in the walk's place (the folder or link it is about). */
static void walk_skip(struct folder_walk *w, const char *path, bool notice,
                      const char *reason)
{
	struct pending *p = pending_add(w, xstrdup(path));
	p->outcome = OUT_SKIP;
	p->reason = xstrdup(reason);
	p->notice = notice;
}

/* Walk a folder in name order: files go on the pending list, problems
 * with the walk itself (and the bounds it meets) become skips in their
 * place. */
static void walk_folder(struct folder_walk *w, const char *dir,
                        const struct stat *dst, int depth)
{
	char **names = NULL;
	size_t count = 0, cap = 0, i;
	struct dirent *de;
	DIR *d;

	if (walked_before(&w->walked, dst)) {
		walk_skip(w, dir, true,
		          "walked already (a link loop, or the "
		          "same folder twice)");
		return;
	}
	d = opendir(dir);
	if (!d) {
		struct pending *p = pending_add(w, xstrdup(dir));
		diag_add(&p->errs, DIAG_ERROR, 0, "cannot open folder: %s",
		         strerror(errno));
		p->outcome = OUT_ERRORS;
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.') /* hidden, and . and .. */
			continue;
		names = xgrow(names, &cap, count + 1, sizeof *names);
		names[count++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (count > 1) /* qsort wants a non-NULL array */
		qsort(names, count, sizeof *names, compare_names);
	for (i = 0; i < count; i++) {
		char *path = join_path(dir, names[i]);
		free(names[i]);
		if (w->stopped) {
			free(path);
			continue;
		}
		if (++w->entries > LIBRARY_MAX_ENTRIES) {
			char why[200];
			snprintf(why, sizeof why,
			         "the walk stopped after %d files and folders; "
			         "the rest of this folder was not read",
			         LIBRARY_MAX_ENTRIES);
			walk_skip(w, dir, false, why);
			w->stopped = true;
			free(path);
			continue;
		}
		/* What the entry is, and (for a link) what it leads to. */
		struct stat lst, st;
		bool link = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
		bool stat_ok = stat(path, &st) == 0;
		if (stat_ok && S_ISDIR(st.st_mode)) {
			if (link && !w->follow_links) {
				walk_skip(
					w, path, true,
					"a link to a folder, not followed (-L "
					"follows links)");
			} else if (depth >= LIBRARY_MAX_DEPTH) {
				char why[200];
				snprintf(why, sizeof why,
				         "deeper than %d folders: not read",
				         LIBRARY_MAX_DEPTH);
				walk_skip(w, path, false, why);
			} else {
				walk_folder(w, path, &st, depth + 1);
			}
			free(path);
			continue;
		}
		/* Devices, pipes and sockets are never guides: not opened,
		 * and said (issue 20). */
		if (stat_ok && !S_ISREG(st.st_mode)) {
			char why[120];
			snprintf(why, sizeof why,
			         "%s%s, not a guide: not opened",
			         link ? "a link to " : "",
			         S_ISFIFO(st.st_mode)   ? "a FIFO"
			         : S_ISSOCK(st.st_mode) ? "a socket"
			                                : "a device");
			walk_skip(w, path, true, why);
			free(path);
			continue;
		}
		struct pending *p = pending_add(w, path);
		if (stat_ok) {
			p->size = st.st_size;
		} else {
			diag_add(&p->errs, DIAG_ERROR, 0, "cannot open: %s",
			         strerror(errno));
			p->outcome = OUT_ERRORS;
		}
	}
	free(names);
}

static size_t add_folder(struct library *lib, const char *dir,
                         const struct stat *dst)
{
	struct pending_list list = {0};
	struct folder_walk w = {
		&list, {NULL, 0, 0}, lib->follow_links, 0, false};

	walk_folder(&w, dir, dst, 0);
	free(w.walked.slots);
	load_all(&list);
	return apply_pending(lib, &list);
}

size_t library_add_path(struct library *lib, const char *path)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		skip(lib, path, 0, "cannot open: %s", strerror(errno));
		return 0;
	}
	if (!S_ISDIR(st.st_mode))
		return add_named_file(lib, path);
	return add_folder(lib, path, &st);
}

/* --- where guides live ------------------------------------------------------
 */

struct offered {
	char **real;
	size_t count, cap;
	void (*fn)(const char *dir, void *ctx);
	void *ctx;
};

/* Hand a folder to the caller once, if it exists. */
static void offer(struct offered *o, const char *dir)
{
	struct stat st;
	char *real;
	size_t i;

	if (!*dir || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		return;
	real = realpath(dir, NULL);
	if (!real)
		real = xstrdup(dir);
	for (i = 0; i < o->count; i++) {
		if (strcmp(o->real[i], real) == 0) {
			free(real);
			return;
		}
	}
	o->real = xgrow(o->real, &o->cap, o->count + 1, sizeof *o->real);
	o->real[o->count++] = real;
	o->fn(dir, o->ctx);
}

static void offer_joined(struct offered *o, const char *dir, const char *sub)
{
	char *p = join_path(dir, sub);

	offer(o, p);
	free(p);
}

/* Cut the last component off a path, in place; false at the top. */
static bool strip_last(char *path)
{
	char *slash = strrchr(path, '/');

	if (!slash || slash == path)
		return false;
	*slash = '\0';
	return true;
}

/* A program run from SRC/build (or SRC/build/x, SRC/build/x/tests) uses
 * SRC/data/guides. */
static void offer_source_tree(struct offered *o, const char *exe_path)
{
	char *dir;
	int up;

	if (!exe_path || !strchr(exe_path, '/'))
		return;
	dir = realpath(exe_path, NULL);
	if (!dir)
		dir = xstrdup(exe_path);
	for (up = 0; up < 3 && strip_last(dir); up++) {
		const char *base = strrchr(dir, '/');

		if (base && strcmp(base + 1, "build") == 0) {
			if (strip_last(dir))
				offer_joined(o, dir, "data/guides");
			break;
		}
	}
	free(dir);
}

void library_default_paths(const char *exe_path,
                           void (*fn)(const char *dir, void *ctx), void *ctx)
{
	struct offered o = {NULL, 0, 0, fn, ctx};
	const char *env = getenv("NEGOTIATOR_GUIDES");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	size_t i;

	if (env) {
		char *list = xstrdup(env), *save = NULL, *dir;

		for (dir = strtok_r(list, ":", &save); dir;
		     dir = strtok_r(NULL, ":", &save))
			offer(&o, dir);
		free(list);
	}
	/* The XDG spec ignores a relative XDG_DATA_HOME. */
	if (xdg && xdg[0] == '/')
		offer_joined(&o, xdg, "negotiator/guides");
	else if (home && home[0])
		offer_joined(&o, home, ".local/share/negotiator/guides");
	offer(&o, NEGOTIATOR_DATADIR "/guides");
	offer_source_tree(&o, exe_path);
	for (i = 0; i < o.count; i++)
		free(o.real[i]);
	free(o.real);
}

static void add_default(const char *dir, void *ctx)
{
	library_add_path(ctx, dir);
}

void library_load_defaults(struct library *lib, const char *exe_path)
{
	library_default_paths(exe_path, add_default, lib);
	library_sort(lib);
}

static int compare_guides(const void *a, const void *b)
{
	const struct guide *x = *(struct guide *const *)a;
	const struct guide *y = *(struct guide *const *)b;
	int c = strcmp(x->id, y->id);

	return c ? c : strcmp(x->path, y->path);
}

void library_sort(struct library *lib)
{
	/* Kept sorted as guides arrive; this only makes sure of it. */
	if (lib->count > 1)
		qsort(lib->guides, lib->count, sizeof *lib->guides,
		      compare_guides);
}

/* --- finding ----------------------------------------------------------------
 */

static struct guide *find_by_prefix(struct library *lib, const char *name,
                                    struct error *err, bool *ambiguous)
{
	size_t at = lower_bound(lib, name), n = 0, len = strlen(name), i;
	struct strbuf sb;

	while (at + n < lib->count &&
	       strncmp(lib->guides[at + n]->id, name, len) == 0)
		n++;
	if (n == 1)
		return lib->guides[at];
	if (n == 0)
		return NULL;
	sb_init(&sb);
	sb_adds(&sb, "ambiguous: ");
	for (i = 0; i < n && i < AMBIGUOUS_SHOWN; i++) {
		if (i)
			sb_adds(&sb, ", ");
		sb_adds(&sb, lib->guides[at + i]->id);
	}
	if (n > AMBIGUOUS_SHOWN)
		sb_addf(&sb, " and %zu more", n - AMBIGUOUS_SHOWN);
	error_set(err, "%s", sb.data);
	sb_free(&sb);
	*ambiguous = true;
	return NULL;
}

/* The guide loaded from the file at path, if any. */
static struct guide *find_by_file(struct library *lib, const char *path)
{
	struct stat want, st;
	size_t i;

	for (i = 0; i < lib->count; i++)
		if (strcmp(lib->guides[i]->path, path) == 0)
			return lib->guides[i];
	if (stat(path, &want) != 0)
		return NULL;
	for (i = 0; i < lib->count; i++)
		if (stat(lib->guides[i]->path, &st) == 0 &&
		    st.st_dev == want.st_dev && st.st_ino == want.st_ino)
			return lib->guides[i];
	return NULL;
}

struct guide *library_find(struct library *lib, const char *name,
                           struct error *err)
{
	if (!name || !*name)
		return error_set(err, "no guide matches"), NULL;
	size_t at = lower_bound(lib, name);
	if (at < lib->count && strcmp(lib->guides[at]->id, name) == 0)
		return lib->guides[at];
	bool ambiguous = false;
	struct guide *g = find_by_prefix(lib, name, err, &ambiguous);
	if (g || ambiguous)
		return g;
	struct stat st;
	if (stat(name, &st) != 0 || !S_ISREG(st.st_mode))
		return error_set(err, "no guide matches"), NULL;
	g = find_by_file(lib, name);
	if (g)
		return g;
	/* A file that was tried already and skipped is not read again (its
	 * reason would be said twice): the reason is the answer. */
	size_t tried = lib->skipped_count;
	for (size_t i = 0;
	     i < lib->skipped_count && tried == lib->skipped_count; i++)
		if (strcmp(lib->skipped[i].path, name) == 0)
			tried = i;
	if (tried == lib->skipped_count && add_named_file(lib, name))
		return find_by_file(lib, name);
	if (tried < lib->skipped_count) {
		const struct skipped_file *s = &lib->skipped[tried];
		if (s->line > 0)
			error_set_line(err, s->line, "line %d: %s", s->line,
			               s->reason);
		else
			error_set(err, "%s", s->reason);
		return NULL;
	}
	return error_set(err, "no guide matches"), NULL;
}
