/* libFuzzer harness: saved negotiations (state.c, negotiation.c).
 *
 * The input is up to three state files, split at each "\n@@\n": base,
 * ours and theirs.  Each is loaded (any bytes: a file must load or be
 * moved aside, never crash); what loads is saved and loaded again and
 * must come back the same; ours and theirs are merged over base and the
 * result must keep every round either side added, hold no id twice and
 * save and load again.  The first line of the input, as a guide id, must
 * come back from its file name (the escaping is one to one).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "negotiator/state.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void fail(const char *what)
{
	fprintf(stderr, "fuzz_state: %s\n", what);
	abort();
}

static void put(const char *path, const uint8_t *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		fail("cannot write a temporary file");
	fwrite(p, 1, n, f);
	fclose(f);
}

static bool has_id(const struct negotiation *n, const char *id)
{
	for (size_t i = 0; i < n->round_count; i++)
		if (strcmp(n->rounds[i].id, id) == 0)
			return true;
	return false;
}

static void same(const struct negotiation *a, const struct negotiation *b)
{
	if (a->round_count != b->round_count ||
	    a->offer_count != b->offer_count ||
	    a->other.count != b->other.count ||
	    a->answers.count != b->answers.count)
		fail("a saved negotiation does not load back the same");
	for (size_t i = 0; i < a->offer_count; i++)
		if (!negotiation_offer_equal(&a->offers[i], &b->offers[i]))
			fail("an offer does not load back the same");
	for (size_t i = 0; i < a->round_count; i++)
		if (strcmp(a->rounds[i].id, b->rounds[i].id) ||
		    memcmp(a->rounds[i].amount, b->rounds[i].amount,
		           sizeof a->rounds[i].amount) ||
		    strcmp(a->rounds[i].note, b->rounds[i].note))
			fail("a round does not load back the same");
	for (size_t i = 0; i < a->answers.count; i++)
		if (!kv_get(&b->answers, a->answers.items[i].key) ||
		    strcmp(a->answers.items[i].value,
		           kv_get(&b->answers, a->answers.items[i].key)))
			fail("an answer does not load back the same");
}

/* Save n and load it again: the same. */
static void round_trip(const struct negotiation *n)
{
	char path[128];
	struct error err = {0};
	struct negotiation back;
	snprintf(path, sizeof path, "%s/rt.state", dir);
	if (!state_save_file(path, n, false, &err))
		return; /* too big to save is said, not written */
	if (state_load_file(path, "a/b", &back, &err) != STATE_LOADED)
		fail(err.msg);
	same(n, &back);
	negotiation_free(&back);
}

static void unique(const struct negotiation *n)
{
	for (size_t i = 0; i < n->round_count && i < 200; i++)
		for (size_t j = i + 1; j < n->round_count; j++)
			if (strcmp(n->rounds[i].id, n->rounds[j].id) == 0)
				fail("two rounds share an id");
}

static void check_name(const uint8_t *data, size_t size)
{
	char id[300], path[2048], back[300];
	size_t n = 0;
	while (n < size && n + 1 < sizeof id && data[n] != '\n' && data[n])
		n++;
	memcpy(id, data, n);
	id[n] = '\0';
	if (!state_path(id, path, sizeof path)) {
		if (id[0])
			fail("no path for an id");
		return;
	}
	const char *name = strrchr(path, '/') + 1;
	if (strlen(name) > 200 || name[0] == '.')
		fail("a file name too long or hidden");
	if (strchr(name, '~'))
		return; /* cut and hashed: one way */
	path[strlen(path) - strlen(".state")] = '\0';
	if (!state_name_to_id(name, back, sizeof back) || strcmp(back, id))
		fail("a file name does not give back its id");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct negotiation n[3];
	bool loaded[3];
	char path[128];
	struct error err = {0};
	size_t start = 0;

	if (!dir[0]) {
		snprintf(dir, sizeof dir, "/tmp/fuzz-state-XXXXXX");
		if (!mkdtemp(dir))
			fail("mkdtemp");
		setenv("XDG_STATE_HOME", dir, 1);
	}
	check_name(data, size);
	for (int k = 0; k < 3; k++) {
		size_t end = size;
		if (start > size)
			start = size;
		for (size_t i = start; i + 4 <= size; i++)
			if (memcmp(data + i, "\n@@\n", 4) == 0) {
				end = i + 1;
				break;
			}
		snprintf(path, sizeof path, "%s/in%d.state", dir, k);
		put(path, data + start, end - start);
		error_clear(&err);
		loaded[k] = state_load_file(path, "a/b", &n[k], &err) ==
		            STATE_LOADED;
		unlink(path);
		/* Moved aside: remove what it left. */
		if (!loaded[k] && err.msg[0]) {
			const char *to = strstr(err.msg, "moved it to ");
			if (to) {
				char aside[256];
				snprintf(aside, sizeof aside, "%s", to + 12);
				char *sp = strstr(aside, " and started");
				if (sp)
					*sp = '\0';
				unlink(aside);
			}
		}
		if (loaded[k]) {
			unique(&n[k]);
			round_trip(&n[k]);
		}
		start = end + 3;
	}
	if (loaded[0] && loaded[1] && loaded[2]) {
		struct state_merge m;
		struct negotiation ours;
		negotiation_copy(&ours, &n[1]);
		negotiation_merge(&ours, &n[0], &n[2], &m);
		for (int k = 1; k <= 2; k++)
			for (size_t i = 0; i < n[k].round_count; i++) {
				const char *id = n[k].rounds[i].id;
				if (!has_id(&n[0], id) && !has_id(&ours, id))
					fail("a merge lost an added round");
			}
		unique(&ours);
		round_trip(&ours);
		negotiation_free(&ours);
	}
	for (int k = 0; k < 3; k++)
		negotiation_free(&n[k]);
	return 0;
}
