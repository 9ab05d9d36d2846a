/* state.c - saved negotiations: written atomically, never through a
 * planted link, and merged with what another program saved meanwhile.
 *
 * The file is text, one record a line, tab-separated, with \\ \t \n
 * escaped; it opens with "negotiator-state 2" and closes with "end", so a
 * truncated file is told from a complete one:
 *
 *     negotiator-state 2
 *     guide hugging-face/ml-ai-engineer
 *     form  base<TAB>130k
 *     answer  [library]<TAB>Transformers
 *     round
 * 2026-11-20<TAB>company<TAB>Paris<TAB>110000<TAB>200000<TAB>-<TAB>0<TAB>first
 * offer<TAB>ID[<TAB>KEY=AMOUNT...] end
 *
 * Version 1 files (rounds without their ID) still load: their rounds are
 * numbered "v1-N" by their place in the file, the same in every program
 * that reads it.
 */
#include "negotiator/state.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "negotiator/currency.h"
#include "negotiator/input.h"
#include "negotiator/text.h"

static const char header_v1[] = "negotiator-state 1";
static const char header[] = "negotiator-state 2";

/* Names longer than this are cut and hashed (NAME_MAX is 255, and the
 * temporary and aside names add to it). */
#define NAME_KEEP 150
#define NAME_MAX_ESCAPED 180

/* File names ------------------------------------------------------------------
 */

static bool state_folder(struct strbuf *sb)
{
	char dir[PATH_MAX];
	if (!text_xdg_path(dir, sizeof dir, "XDG_STATE_HOME", ".local/state",
	                   ""))
		return false;
	sb_adds(sb, dir);
	return true;
}

static bool name_plain(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
	       c == '.';
}

/* FNV-1a, 64 bits: tells cut names apart (not a defence). */
static unsigned long long hash64(const char *s)
{
	unsigned long long h = 0xcbf29ce484222325ull;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ull;
	}
	return h;
}

static void escape_id(const char *id, struct strbuf *sb)
{
	size_t start = sb->len;
	for (const char *p = id; *p; p++) {
		char c = *p;
		bool first = p == id;
		if (c == '/') {
			sb_adds(sb, "--");
		} else if (c == '-' && !first && p[1] && p[-1] != '-' &&
		           p[-1] != '/' && p[1] != '-' && p[1] != '/') {
			sb_addc(sb, '-');
		} else if (name_plain(c) && !(first && c == '.')) {
			sb_addc(sb, c);
		} else {
			sb_addf(sb, "%%%02X", (unsigned char)c);
		}
	}
	if (sb->len - start > NAME_MAX_ESCAPED) {
		/* Cut where no %XX is split, then the hash of the whole. */
		size_t keep = NAME_KEEP;
		for (size_t k = 1; k <= 2; k++)
			if (sb->data[start + keep - k] == '%')
				keep -= k;
		sb->len = start + keep;
		sb->data[sb->len] = '\0';
		sb_addf(sb, "~%016llx", hash64(id));
	}
}

/* folder + name(id) + ".state" into buf; false without a HOME, an id or
 * the room. */
static bool path_for(const char *guide_id,
                     void (*name)(const char *, struct strbuf *),
                     const char *suffix, char *buf, size_t size)
{
	struct strbuf sb;
	if (!*guide_id)
		return false; /* no guide, no file */
	sb_init(&sb);
	if (!state_folder(&sb)) {
		sb_free(&sb);
		return false;
	}
	name(guide_id, &sb);
	sb_adds(&sb, suffix);
	bool ok = sb.len < size;
	if (ok)
		memcpy(buf, sb.data, sb.len + 1);
	sb_free(&sb);
	return ok;
}

bool state_path(const char *guide_id, char *buf, size_t size)
{
	return path_for(guide_id, escape_id, ".state", buf, size);
}

bool state_undo_path(const char *guide_id, char *buf, size_t size)
{
	return path_for(guide_id, escape_id, ".undo", buf, size);
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

bool state_name_to_id(const char *name, char *buf, size_t size)
{
	size_t n = 0;
	for (const char *p = name; *p; p++) {
		char c;
		if (p[0] == '-' && p[1] == '-') {
			c = '/';
			p++;
		} else if (*p == '%' && hex_digit(p[1]) >= 0 &&
		           hex_digit(p[2]) >= 0) {
			c = (char)(hex_digit(p[1]) * 16 + hex_digit(p[2]));
			p += 2;
		} else if (*p == '-' || name_plain(*p)) {
			c = *p;
		} else {
			return false;
		}
		if (n + 1 >= size)
			return false;
		buf[n++] = c;
	}
	buf[n] = '\0';
	return true;
}

/* The name the first versions used: '/' as "--", anything but letters,
 * digits, '-', '_' and '.' as '_', a leading '.' as '_'.  Not one to
 * one, so a file found there is read only when it names this guide. */
static void legacy_name(const char *guide_id, struct strbuf *sb)
{
	for (const char *p = guide_id; *p; p++) {
		if (*p == '/')
			sb_adds(sb, "--");
		else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		         (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' ||
		         *p == '.')
			sb_addc(sb, *p == '.' && p == guide_id ? '_' : *p);
		else
			sb_addc(sb, '_');
	}
}

/* The text -------------------------------------------------------------------
 */

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

/* The parts a round line gives by place, as the first files did: base,
 * equity, sign-on.  Any other part a round keeps follows its id as
 * KEY=AMOUNT, so that adding a part to the table needs no new format. */
static const enum part_id fixed_parts[3] = {PART_BASE, PART_EQUITY,
                                            PART_SIGN_ON};

static bool is_fixed(enum part_id p)
{
	return p == fixed_parts[0] || p == fixed_parts[1] ||
	       p == fixed_parts[2];
}

/* "relocation=5000" after a round's id; unknown keys (a newer program's
 * parts) are skipped.  False when it is malformed. */
static bool named_part(const char *field, struct round *r)
{
	const char *eq = strchr(field, '=');
	char key[64];
	if (!eq || eq == field || (size_t)(eq - field) >= sizeof key)
		return false;
	memcpy(key, field, (size_t)(eq - field));
	key[eq - field] = '\0';
	amount_t a;
	if (!get_amount(eq + 1, &a))
		return false;
	enum part_id p = part_by_key(key);
	if (p != PART_COUNT && part_table[p].in_round && !is_fixed(p))
		r->amount[p] = a;
	return true;
}

/* The offers as text keys
 * ----------------------------------------------------------
 *
 * The saved file keeps the typed offers (negotiation.h) as "form" keys,
 * and this is the one place that makes them or reads them: each part of
 * an offer under its key (part.h) behind the offer's prefix,
 * "offer2.base", "offer2.name", "company.equity_unit"; the currency bare
 * amounts are in under "<prefix>currency"; the negotiation's "region",
 * the offer on show ("shown": "offer2", "company"), the offer the counter
 * answers ("against": "offer2") and, when the user put the competing
 * offers in another order than their numbers', that order ("order":
 * "offer5 offer2").  Files of the first version kept one offer under the
 * bare keys ("base"): they are read as offer 1.  Keys this program does
 * not know are kept as they are. */

#define FORM_COMPANY "company"

/* The prefix of offer number: "offer2." or "company.". */
static void form_prefix(int number, char *buf, size_t size)
{
	if (number == NEG_COMPANY)
		snprintf(buf, size, "%s.", FORM_COMPANY);
	else
		snprintf(buf, size, "offer%d.", number);
}

/* The offer a key or a value names ("offer12.base", "offer12" when
 * whole is false; "company.base", "company"): its number, its key
 * behind the prefix in *rest; NEG_NONE when it names none. */
static int form_number(const char *key, bool whole, const char **rest)
{
	size_t cl = strlen(FORM_COMPANY);
	*rest = "";
	if (strncmp(key, FORM_COMPANY, cl) == 0 &&
	    (key[cl] == '.' || (!whole && !key[cl]))) {
		*rest = key[cl] ? key + cl + 1 : "";
		return NEG_COMPANY;
	}
	if (strncmp(key, "offer", 5) != 0 || key[5] < '1' || key[5] > '9')
		return NEG_NONE;
	long long num = 0;
	const char *p = key + 5;
	for (; *p >= '0' && *p <= '9'; p++) {
		num = num * 10 + (*p - '0');
		if (num > INT_MAX)
			return NEG_NONE;
	}
	if (*p == '.')
		*rest = p + 1;
	return *p == '.' || (!whole && !*p) ? (int)num : NEG_NONE;
}

/* Key `rest` behind an offer's prefix into o; false when it is no key of
 * an offer this program knows. */
static bool form_offer_key(struct neg_offer *o, const char *rest,
                           const char *value)
{
	if (strcmp(rest, "name") == 0) {
		negotiation_offer_set_name(o, value);
		return true;
	}
	if (strcmp(rest, "currency") == 0) {
		currency_t c = {""};
		size_t used = 0;
		/* A code, as saved; anything else (a file edited by hand)
		 * is no currency. */
		if (currency_from_text(value, strlen(value), &c, &used) &&
		    used == strlen(value))
			snprintf(o->currency, sizeof o->currency, "%s", c.code);
		return true;
	}
	size_t rl = strlen(rest);
	bool unit = rl > 5 && strcmp(rest + rl - 5, "_unit") == 0;
	char key[64];
	snprintf(key, sizeof key, "%.*s", (int)(unit ? rl - 5 : rl), rest);
	enum part_id p = part_by_key(key);
	if (p == PART_COUNT)
		return false;
	if (unit) {
		o->per_year[p] = part_table[p].kind == PART_GRANT &&
		                 strcmp(value, "year") == 0;
	} else if (part_table[p].kind == PART_FLAG) {
		bool on = false;
		o->said[p] = input_flag(value, &on, NULL);
		o->on[p] = o->said[p] && on;
	} else {
		negotiation_offer_set_text(o, p, value);
	}
	return true;
}

/* The competing offers put in the order "order" names ("offer5
 * offer2"); the others keep theirs, after. */
static void form_order(struct negotiation *n, const char *order)
{
	size_t at = 0;
	char word[32];
	for (const char *p = order; *p;) {
		size_t len = strcspn(p, " ");
		snprintf(word, sizeof word, "%.*s",
		         (int)(len < sizeof word ? len : sizeof word - 1), p);
		p += len + (p[len] == ' ');
		const char *rest;
		int num = form_number(word, false, &rest);
		long i = num > 0 ? negotiation_offer_index(n, num) : -1;
		if (i < 0 || (size_t)i < at)
			continue;
		struct neg_offer o = n->offers[i];
		memmove(&n->offers[at + 1], &n->offers[at],
		        ((size_t)i - at) * sizeof o);
		n->offers[at++] = o;
	}
}

static int cmp_number(const void *a, const void *b)
{
	const struct neg_offer *x = a, *y = b;
	/* The company's last, the others by number. */
	long long kx =
		x->number == NEG_COMPANY ? (long long)INT_MAX + 1 : x->number;
	long long ky =
		y->number == NEG_COMPANY ? (long long)INT_MAX + 1 : y->number;
	return (kx > ky) - (kx < ky);
}

/* The form keys read into n's offers and settings. */
static void form_read(const struct kv_list *form, struct negotiation *n)
{
	const char *order = NULL;
	for (size_t i = 0; i < form->count; i++) {
		const char *key = form->items[i].key,
			   *value = form->items[i].value, *rest;
		int num = form_number(key, true, &rest);
		/* A first-version file: one offer under bare keys, offer 1
		 * unless that is saved too. */
		char bare[80];
		if (num == NEG_NONE &&
		    (part_by_key(key) != PART_COUNT ||
		     (strlen(key) > 5 &&
		      strstr(key, "_unit") == key + strlen(key) - 5))) {
			snprintf(bare, sizeof bare, "offer1.%s", key);
			if (kv_get(form, bare))
				continue; /* offer 1's own stands */
			num = 1;
			rest = key;
		}
		struct neg_offer *o =
			num == NEG_NONE ? NULL : negotiation_offer_get(n, num);
		if (o && form_offer_key(o, rest, value))
			continue;
		if (!strcmp(key, "region")) {
			free(n->region);
			n->region = xstrdup(value);
		} else if (!strcmp(key, "shown")) {
			n->shown = form_number(value, false, &rest);
		} else if (!strcmp(key, "against")) {
			int a = form_number(value, false, &rest);
			n->against = a > 0 ? a : NEG_NONE;
		} else if (!strcmp(key, "order")) {
			order = value;
		} else {
			kv_set(&n->other, key, value);
		}
	}
	/* An offer whose keys said nothing readable is no offer. */
	negotiation_prune(n, NEG_NONE);
	/* (No offers: no array, and qsort must not be given NULL.) */
	if (n->offer_count > 1)
		qsort(n->offers, n->offer_count, sizeof *n->offers, cmp_number);
	if (order)
		form_order(n, order);
}

/* n's offers and settings as form keys. */
static void form_write(const struct negotiation *n, struct kv_list *form)
{
	char key[96], prefix[32];
	bool by_number = true;
	struct strbuf order = {0};
	for (size_t i = 0; i < n->other.count; i++)
		kv_set(form, n->other.items[i].key, n->other.items[i].value);
	for (size_t i = 0; i < n->offer_count; i++) {
		const struct neg_offer *o = &n->offers[i];
		form_prefix(o->number, prefix, sizeof prefix);
		if (o->number != NEG_COMPANY && !negotiation_offer_empty(o)) {
			by_number &=
				i == 0 || n->offers[i - 1].number < o->number;
			sb_addf(&order, "%s%.*s", order.len ? " " : "",
			        (int)strlen(prefix) - 1, prefix);
		}
		snprintf(key, sizeof key, "%sname", prefix);
		kv_set(form, key, o->name && o->name[0] ? o->name : NULL);
		snprintf(key, sizeof key, "%scurrency", prefix);
		kv_set(form, key, o->currency[0] ? o->currency : NULL);
		for (int p = 0; p < PART_COUNT; p++) {
			snprintf(key, sizeof key, "%s%s", prefix,
			         part_table[p].key);
			if (part_table[p].kind == PART_FLAG)
				kv_set(form, key,
				       !o->said[p] ? NULL
				       : o->on[p]  ? "yes"
				                   : "no");
			else
				kv_set(form, key, o->text[p]);
			snprintf(key, sizeof key, "%s%s_unit", prefix,
			         part_table[p].key);
			if (o->per_year[p])
				kv_set(form, key, "year");
		}
	}
	/* The order is said only when it is not the numbers' (files stay
	 * as they were for those who never move an offer). */
	if (!by_number)
		kv_set(form, "order", order.data);
	sb_free(&order);
	if (n->region)
		kv_set(form, "region", n->region);
	if (n->shown != NEG_NONE) {
		form_prefix(n->shown, prefix, sizeof prefix);
		prefix[strlen(prefix) - 1] = '\0';
		kv_set(form, "shown", prefix);
	}
	if (n->against > 0) {
		form_prefix(n->against, prefix, sizeof prefix);
		prefix[strlen(prefix) - 1] = '\0';
		kv_set(form, "against", prefix);
	}
}

void state_records(const struct negotiation *n, struct strbuf *sb)
{
	struct kv_list form = {0};
	form_write(n, &form);
	const struct kv_list *lists[] = {&form, &n->answers};
	const char *tags[] = {"form", "answer"};
	for (int k = 0; k < 2; k++)
		for (size_t i = 0; i < lists[k]->count; i++) {
			sb_addf(sb, "%s\t", tags[k]);
			put_escaped(sb, lists[k]->items[i].key);
			sb_addc(sb, '\t');
			put_escaped(sb, lists[k]->items[i].value);
			sb_addc(sb, '\n');
		}
	kv_free(&form);
	for (size_t i = 0; i < n->round_count; i++) {
		const struct round *r = &n->rounds[i];
		sb_adds(sb, "round\t");
		put_escaped(sb, r->date);
		sb_addc(sb, '\t');
		put_escaped(sb, r->who);
		sb_addc(sb, '\t');
		put_escaped(sb, r->region);
		sb_addc(sb, '\t');
		for (int k = 0; k < 3; k++) {
			put_amount(sb, r->amount[fixed_parts[k]]);
			sb_addc(sb, '\t');
		}
		sb_addf(sb, "%d\t", r->accepted ? 1 : 0);
		put_escaped(sb, r->note);
		sb_addc(sb, '\t');
		put_escaped(sb, r->id);
		/* The other parts a round keeps, by their keys. */
		for (int p = 0; p < PART_COUNT; p++) {
			if (!part_table[p].in_round ||
			    is_fixed((enum part_id)p) ||
			    !amount_known(r->amount[p]))
				continue;
			sb_addf(sb, "\t%s=", part_table[p].key);
			put_amount(sb, r->amount[p]);
		}
		sb_addc(sb, '\n');
	}
}

static void serialise(const struct negotiation *n, struct strbuf *sb)
{
	sb_addf(sb, "%s\n# saved by negotiator; safe to delete\nguide\t",
	        header);
	put_escaped(sb, n->guide_id);
	sb_addc(sb, '\n');
	state_records(n, sb);
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

static bool valid_id(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n >= sizeof((struct round *)0)->id)
		return false;
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'z') ||
		      (*s >= 'A' && *s <= 'Z') || *s == '-' || *s == '.'))
			return false;
	return true;
}

enum record_res { RECORD_OK, RECORD_OTHER, RECORD_BAD };

/* One line of a negotiation's records (split into count fields f,
 * unescaped) into n: a form field, an answer or a round; RECORD_OTHER
 * for any other line, RECORD_BAD (*why) for a malformed one. */
static enum record_res record(char **f, int count, struct negotiation *n,
                              struct kv_list *form, bool v1, const char **why)
{
	if ((strcmp(f[0], "form") == 0 || strcmp(f[0], "answer") == 0) &&
	    count == 3) {
		kv_set(f[0][0] == 'f' ? form : &n->answers, f[1], f[2]);
		return RECORD_OK;
	}
	if (strcmp(f[0], "round") != 0)
		return RECORD_OTHER;
	if (v1 ? count != 9 : count < 10) {
		*why = "a round is malformed";
		return RECORD_BAD;
	}
	struct round r;
	negotiation_round_init(&r);
	bool ok = strlen(f[1]) == 10 &&
	          (!strcmp(f[7], "0") || !strcmp(f[7], "1")) &&
	          (v1 || valid_id(f[9]));
	for (int k = 0; ok && k < 3; k++)
		ok = get_amount(f[4 + k], &r.amount[fixed_parts[k]]);
	for (int k = 10; ok && k < count; k++)
		ok = named_part(f[k], &r);
	if (!ok) {
		*why = "a round is malformed";
		return RECORD_BAD;
	}
	if (v1)
		snprintf(r.id, sizeof r.id, "v1-%zu", n->round_count);
	else
		snprintf(r.id, sizeof r.id, "%s", f[9]);
	memcpy(r.date, f[1], 11);
	r.who = f[2];
	r.region = f[3];
	r.accepted = f[7][0] == '1';
	r.note = f[8];
	negotiation_add_round(n, &r);
	return RECORD_OK;
}

/* The most fields a line has: a round's ten and its named parts. */
#define LINE_FIELDS (12 + PART_COUNT)

bool state_record(char *line, struct negotiation *n, struct kv_list *form,
                  const char **why)
{
	char *f[LINE_FIELDS];
	int count = split_tabs(line, f, LINE_FIELDS);
	for (int i = 0; i < count; i++)
		if (!unescape(f[i])) {
			*why = "a line has a bad escape";
			return false;
		}
	return record(f, count, n, form, false, why) != RECORD_BAD;
}

enum parsed { PARSED_OK, PARSED_BAD, PARSED_FOREIGN };

/* Parse the text; PARSED_BAD when it is not a whole, well-formed state,
 * PARSED_FOREIGN (its id in other) when it is another guide's. */
static enum parsed parse_lines(char *text, struct negotiation *n,
                               struct kv_list *form, const char **why,
                               char *other, size_t other_size)
{
	char *save = NULL;
	/* A file edited on Windows ends its lines with \r\n: the \r goes
	 * (a \r of a value is written escaped, never raw). */
	for (char *cr = strchr(text, '\r'); cr; cr = strchr(cr + 1, '\r'))
		if (cr[1] == '\n' || !cr[1])
			*cr = '\n';
	char *line = strtok_r(text, "\n", &save);
	bool v1 = line && strcmp(line, header_v1) == 0;
	if (!line || (!v1 && strcmp(line, header) != 0)) {
		*why = "it does not start with the state header";
		return PARSED_BAD;
	}
	bool ended = false;
	while ((line = strtok_r(NULL, "\n", &save))) {
		if (ended) {
			*why = "there is text after its end";
			return PARSED_BAD;
		}
		if (line[0] == '#')
			continue;
		char *f[LINE_FIELDS];
		int count = split_tabs(line, f, LINE_FIELDS);
		for (int i = 0; i < count; i++)
			if (!unescape(f[i])) {
				*why = "a line has a bad escape";
				return PARSED_BAD;
			}
		if (strcmp(f[0], "end") == 0 && count == 1) {
			ended = true;
		} else if (strcmp(f[0], "guide") == 0 && count == 2) {
			if (strcmp(f[1], n->guide_id) != 0) {
				*why = "it belongs to another guide";
				snprintf(other, other_size, "%s", f[1]);
				return PARSED_FOREIGN;
			}
		} else if (record(f, count, n, form, v1, why) == RECORD_BAD) {
			return PARSED_BAD;
		}
		/* Other records come from newer versions: skipped. */
	}
	if (!ended) {
		*why = "it is cut short (no end line)";
		return PARSED_BAD;
	}
	negotiation_unique_ids(n);
	return PARSED_OK;
}

/* Parse the text into n; its form keys become its typed offers. */
void state_record_form(struct kv_list *form, struct negotiation *n)
{
	form_read(form, n);
	kv_free(form);
}

static enum parsed parse(char *text, struct negotiation *n, const char **why,
                         char *other, size_t other_size)
{
	struct kv_list form = {0};
	enum parsed p = parse_lines(text, n, &form, why, other, other_size);
	if (p == PARSED_OK)
		form_read(&form, n);
	kv_free(&form);
	return p;
}

/* Reading and writing files
 * ---------------------------------------------------- */

enum readres { READ_OK, READ_NONE, READ_BAD, READ_FOREIGN };

/* A small text file read whole: never waited on (opened non-blocking, a
 * FIFO or a device is refused before a byte is read, so /dev/zero is no
 * endless file), never more than max bytes.  NULL with *why (or
 * *missing when there is no such file); else the text, NUL-terminated,
 * its length in *len and its status in *st. */
static char *read_small(const char *path, size_t max, size_t *len,
                        struct stat *st, bool *missing, const char **why)
{
	*why = NULL;
	*missing = false;
	*len = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		*missing = errno == ENOENT;
		*why = strerror(errno);
		return NULL;
	}
	char *text = NULL;
	size_t got = 0;
	if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) {
		*why = "it is not a regular file";
	} else if ((uintmax_t)st->st_size > max) {
		*why = "it is larger than any saved negotiation can be";
	} else {
		size_t want = (size_t)st->st_size;
		text = xmalloc(want + 1);
		while (got < want) {
			ssize_t r = read(fd, text + got, want - got);
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0)
				break;
			got += (size_t)r;
		}
		text[got] = '\0';
		if (got != want)
			*why = "it could not be read whole";
		else if (memchr(text, '\0', got))
			*why = "it holds binary data";
	}
	close(fd);
	if (*why) {
		free(text);
		return NULL;
	}
	*len = got;
	return text;
}

/* The id of the guide a file belongs to, when it is another's. */
struct other_id {
	char id[1024];
};

/* Read path into n (initialised by the call).  *text_out (when not
 * NULL) gets the file's bytes, *st its status; *why the reason when it
 * is bad; other (when not NULL) the id a foreign file names. */
static enum readres read_state(const char *path, const char *guide_id,
                               struct negotiation *n, char **text_out,
                               struct stat *st, const char **why,
                               struct other_id *other)
{
	struct other_id ignored;
	negotiation_init(n, guide_id);
	if (text_out)
		*text_out = NULL;
	size_t got = 0;
	bool missing = false;
	char *text =
		read_small(path, STATE_MAX_FILE_BYTES, &got, st, &missing, why);
	if (missing)
		return READ_NONE;
	enum readres res = READ_BAD;
	if (!*why) {
		/* parse cuts the text up: keep the bytes for the caller. */
		char *copy = text_out ? xstrndup(text, got) : NULL;
		if (!other)
			other = &ignored;
		other->id[0] = '\0';
		enum parsed p =
			parse(text, n, why, other->id, sizeof other->id);
		res = p == PARSED_OK        ? READ_OK
		      : p == PARSED_FOREIGN ? READ_FOREIGN
		                            : READ_BAD;
		if (text_out)
			*text_out = copy;
	}
	free(text);
	if (res != READ_OK) {
		negotiation_free(n);
		negotiation_init(n, guide_id);
	}
	return res;
}

/* Rename path out of the way as path.KIND-TIME (-2, -3... when taken);
 * the new name in aside. */
static bool move_aside(const char *path, const char *kind, char *aside,
                       size_t size)
{
	long long now = (long long)time(NULL);
	for (int k = 1; k < 100; k++) {
		struct stat st;
		if (k == 1)
			snprintf(aside, size, "%s.%s-%lld", path, kind, now);
		else
			snprintf(aside, size, "%s.%s-%lld-%d", path, kind, now,
			         k);
		if (lstat(aside, &st) == 0)
			continue;
		return rename(path, aside) == 0;
	}
	errno = EEXIST;
	return false;
}

static void say_moved_aside(const char *path, const char *why, char *msg,
                            size_t msg_size)
{
	char aside[ERROR_MSG_MAX / 2];
	if (move_aside(path, "corrupt", aside, sizeof aside))
		snprintf(
			msg, msg_size,
			"saved negotiation %s was unreadable (%s); moved it to "
			"%s and started afresh",
			path, why, aside);
	else
		snprintf(
			msg, msg_size,
			"saved negotiation %s is unreadable (%s) and could not "
			"be moved aside: %s",
			path, why, strerror(errno));
}

/* mkdir -p for the file's folder. */
static bool make_parent(const char *path)
{
	char dir[4096];
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

/* The folder of path, opened (-1 when it cannot be). */
static int open_folder(const char *path)
{
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", path);
	char *slash = strrchr(dir, '/');
	if (!slash)
		snprintf(dir, sizeof dir, ".");
	else if (slash == dir)
		dir[1] = '\0';
	else
		*slash = '\0';
	return open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

/* A new file beside path, created exclusively under a random name and
 * never through a link: O_EXCL refuses any name that exists, a planted
 * link included, and O_NOFOLLOW says so twice. */
static int create_temp(const char *path, const char *kind, char *tmp,
                       size_t size, mode_t mode)
{
	for (int tries = 0; tries < 100; tries++) {
		unsigned char r[8];
		random_fill(r, sizeof r);
		snprintf(tmp, size, "%s.%s-%02x%02x%02x%02x%02x%02x%02x%02x",
		         path, kind, r[0], r[1], r[2], r[3], r[4], r[5], r[6],
		         r[7]);
		int fd = open(tmp,
		              O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		                      O_CLOEXEC,
		              mode);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}

static bool write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = EIO;
			return false;
		}
		s += w;
		n -= (size_t)w;
	}
	return true;
}

bool state_write_text(const char *path, const char *text, size_t len,
                      bool durable, struct error *err)
{
	if (!make_parent(path))
		return error_set(
			err, "could not save %s (cannot create its folder: %s)",
			path, strerror(errno));
	char tmp[4200];
	int fd = create_temp(path, "tmp", tmp, sizeof tmp, 0600);
	bool ok = fd >= 0;
	const char *step = "create";
	if (ok && !write_all(fd, text, len))
		ok = false, step = "write";
	if (ok && durable && fsync(fd) != 0)
		ok = false, step = "sync";
	if (fd >= 0 && close(fd) != 0 && ok)
		ok = false, step = "close";
	if (ok && rename(tmp, path) != 0)
		ok = false, step = "rename";
	if (!ok) {
		int e = errno;
		if (fd >= 0)
			unlink(tmp);
		return error_set(err, "could not save %s (%s: %s)", path, step,
		                 strerror(e));
	}
	if (durable) {
		/* Make the rename itself durable. */
		int dfd = open_folder(path);
		if (dfd >= 0) {
			fsync(dfd);
			close(dfd);
		}
	}
	return true;
}

/* A negotiation's text to path, atomically, when it is not too large to
 * be read back. */
static bool write_text(const char *path, const char *text, size_t len,
                       bool durable, struct error *err)
{
	if (len > STATE_MAX_FILE_BYTES)
		return error_set(
			err,
			"could not save %s: it would be %zu bytes, more "
			"than the %u a saved negotiation may be (delete "
			"some rounds)",
			path, len, STATE_MAX_FILE_BYTES);
	return state_write_text(path, text, len, durable, err);
}

char *state_read_text(const char *path, size_t max, size_t *len, bool *missing,
                      const char **why)
{
	struct stat st;
	return read_small(path, max, len, &st, missing, why);
}

enum state_status state_load_file(const char *path, const char *guide_id,
                                  struct negotiation *n, struct error *err)
{
	struct stat st;
	const char *why = NULL;
	char note[ERROR_MSG_MAX];
	switch (read_state(path, guide_id, n, NULL, &st, &why, NULL)) {
	case READ_OK: return STATE_LOADED;
	case READ_NONE: return STATE_NONE;
	case READ_FOREIGN:
	case READ_BAD: break;
	}
	say_moved_aside(path, why, note, sizeof note);
	error_set(err, "%s", note);
	return STATE_MOVED_ASIDE;
}

bool state_save_file(const char *path, const struct negotiation *n,
                     bool durable, struct error *err)
{
	struct strbuf sb;
	sb_init(&sb);
	serialise(n, &sb);
	bool ok = write_text(path, sb.data, sb.len, durable, err);
	sb_free(&sb);
	return ok;
}

/* Sync
 * ------------------------------------------------------------------------- */

static void remember(struct state_sync *s, const struct stat *st)
{
	s->seen = true;
	s->dev = (uint64_t)st->st_dev;
	s->ino = (uint64_t)st->st_ino;
	s->size = (uint64_t)st->st_size;
	s->mtime_sec = (int64_t)st->st_mtim.tv_sec;
	s->mtime_nsec = (int64_t)st->st_mtim.tv_nsec ^
	                ((int64_t)st->st_ctim.tv_nsec << 32);
}

/* Whether the file is not the one s last saw (another program saved). */
static bool changed(const struct state_sync *s, bool exists,
                    const struct stat *st)
{
	if (!exists)
		return s->seen;
	if (!s->seen)
		return true;
	return s->dev != (uint64_t)st->st_dev ||
	       s->ino != (uint64_t)st->st_ino ||
	       s->size != (uint64_t)st->st_size ||
	       s->mtime_sec != (int64_t)st->st_mtim.tv_sec ||
	       s->mtime_nsec != ((int64_t)st->st_mtim.tv_nsec ^
	                         ((int64_t)st->st_ctim.tv_nsec << 32));
}

/* How long a save waits for another program's lock: past it, the save
 * waits for the next one (a program stopped in the middle of a save
 * holds it until it goes on). */
#define LOCK_WAIT_MS 200
#define LOCK_BUSY (-2)

/* Lock the state folder (all programs' saves there take turns); -1 when
 * it cannot be locked (the save goes ahead unlocked), LOCK_BUSY when
 * another program held it for all of LOCK_WAIT_MS.  Never blocks longer:
 * a signal is seen by the caller soon after. */
static int lock_folder(const char *path)
{
	int fd = open_folder(path);
	if (fd < 0)
		return -1;
	for (int waited = 0; flock(fd, LOCK_EX | LOCK_NB) != 0; waited += 10) {
		if ((errno != EWOULDBLOCK && errno != EINTR) ||
		    waited >= LOCK_WAIT_MS) {
			bool busy = errno == EWOULDBLOCK || errno == EINTR;
			close(fd);
			return busy ? LOCK_BUSY : -1;
		}
		struct timespec ten_ms = {0, 10 * 1000 * 1000};
		nanosleep(&ten_ms, NULL);
	}
	return fd;
}

/* A file at path that belongs to another guide was saved under the
 * older naming (which was not one to one): move it to that guide's own
 * name, unless something is there already.  True when path is free. */
static bool migrate(const char *path, const struct other_id *other)
{
	char theirs[4096];
	struct stat st;
	if (!state_path(other->id, theirs, sizeof theirs) ||
	    strcmp(theirs, path) == 0 || lstat(theirs, &st) == 0)
		return false;
	return rename(path, theirs) == 0;
}

enum state_status state_open(const char *guide_id, struct negotiation *n,
                             struct state_sync *s, struct error *err)
{
	char path[4096], old[4096], note[ERROR_MSG_MAX];
	struct stat st;
	const char *why = NULL;

	memset(s, 0, sizeof *s);
	negotiation_init(&s->base, guide_id);
	if (!state_path(guide_id, path, sizeof path)) {
		negotiation_init(n, guide_id);
		return STATE_NONE;
	}
	s->path = xstrdup(path);
	int lock = lock_folder(path);
	enum state_status res = STATE_LOADED;
	struct other_id other;
	enum readres r = read_state(path, guide_id, n, NULL, &st, &why, &other);
	if (r == READ_FOREIGN && migrate(path, &other)) {
		negotiation_free(n);
		r = read_state(path, guide_id, n, NULL, &st, &why, NULL);
	}
	switch (r) {
	case READ_OK: remember(s, &st); break;
	case READ_NONE:
		res = STATE_NONE;
		/* Saved under the older name, by this guide (not another
		 * that the old name shared). */
		if (path_for(guide_id, legacy_name, ".state", old,
		             sizeof old) &&
		    strcmp(old, path) != 0) {
			negotiation_free(n);
			if (read_state(old, guide_id, n, NULL, &st, &why,
			               NULL) == READ_OK) {
				s->legacy_path = xstrdup(old);
				res = STATE_LOADED;
			}
		}
		break;
	case READ_FOREIGN:
		s->foreign = true;
		res = STATE_NONE;
		error_set(
			err,
			"saved negotiation %s belongs to another guide; it is "
			"left alone, and %s's negotiation will not be saved",
			path, guide_id);
		break;
	case READ_BAD:
		res = STATE_MOVED_ASIDE;
		say_moved_aside(path, why, note, sizeof note);
		error_set(err, "%s", note);
		break;
	}
	if (lock >= 0)
		close(lock);
	negotiation_free(&s->base);
	negotiation_copy(&s->base, n);
	return res;
}

/* Keep the other program's file beside ours when both changed the same
 * thing differently. */
static void keep_theirs(const struct state_sync *s, const char *text,
                        const struct state_merge *m, char *msg, size_t msg_size)
{
	char aside[ERROR_MSG_MAX / 2];
	int fd = create_temp(s->path, "conflict", aside, sizeof aside, 0600);
	bool ok = fd >= 0 && write_all(fd, text, strlen(text));
	if (fd >= 0 && close(fd) != 0)
		ok = false;
	if (ok)
		snprintf(msg, msg_size,
		         "another program changed %s differently (and %zu more "
		         "thing%s): this one's is kept, the other's whole file "
		         "is "
		         "in %s",
		         m->conflict_key, m->conflicts - 1,
		         m->conflicts == 2 ? "" : "s", aside);
	else
		snprintf(
			msg, msg_size,
			"another program changed %s differently: this one's is "
			"kept; its version could not be kept aside (%s)",
			m->conflict_key, strerror(errno));
}

bool state_sync(struct negotiation *n, struct state_sync *s, bool write,
                bool durable, struct state_merge *m, struct error *err)
{
	struct stat st;
	bool exists;

	memset(m, 0, sizeof *m);
	if (!s->path || s->foreign) {
		if (!write)
			return true;
		if (!s->path)
			return error_set(err,
			                 "no HOME or XDG_STATE_HOME to save "
			                 "in");
		return error_set(err, "not saved: %s belongs to another guide",
		                 s->path);
	}
	exists = stat(s->path, &st) == 0;
	if (!write && !changed(s, exists, &st))
		return true;
	if (write && !make_parent(s->path))
		return error_set(
			err, "could not save %s (cannot create its folder: %s)",
			s->path, strerror(errno));
	int lock = lock_folder(s->path);
	if (lock == LOCK_BUSY)
		return !write ||
		       error_set(err,
		                 "saving waits: another program holds the lock "
		                 "on the folder of %s (it is saved as soon as "
		                 "it lets go)",
		                 s->path);
	exists = stat(s->path, &st) == 0;
	if (exists && changed(s, exists, &st)) {
		struct negotiation theirs;
		char *text = NULL;
		const char *why = NULL;
		struct other_id other;
		enum readres r = read_state(s->path, n->guide_id, &theirs,
		                            &text, &st, &why, &other);
		if (r == READ_FOREIGN && migrate(s->path, &other)) {
			/* An older program saved another guide here. */
			r = READ_NONE;
		}
		switch (r) {
		case READ_OK:
			negotiation_merge(n, &s->base, &theirs, m);
			if (m->conflicts)
				keep_theirs(s, text, m, m->note,
				            sizeof m->note);
			negotiation_free(&s->base);
			s->base = theirs;
			remember(s, &st);
			break;
		case READ_NONE:
			s->seen = false;
			negotiation_free(&theirs);
			break;
		case READ_FOREIGN:
		case READ_BAD:
			/* Ours is whole: the bad file goes aside, ours is
			 * written in its place. */
			say_moved_aside(s->path, why, m->note, sizeof m->note);
			s->seen = false;
			negotiation_free(&theirs);
			break;
		}
		free(text);
	} else if (!exists) {
		s->seen = false;
	}
	bool ok = true;
	if (write) {
		struct strbuf sb;
		sb_init(&sb);
		serialise(n, &sb);
		ok = write_text(s->path, sb.data, sb.len, durable, err);
		sb_free(&sb);
		if (ok) {
			if (stat(s->path, &st) == 0)
				remember(s, &st);
			negotiation_free(&s->base);
			negotiation_copy(&s->base, n);
			if (s->legacy_path) {
				unlink(s->legacy_path);
				free(s->legacy_path);
				s->legacy_path = NULL;
			}
		}
	}
	if (lock >= 0)
		close(lock);
	return ok;
}

void state_sync_adopt(struct state_sync *s, const struct negotiation *n)
{
	negotiation_free(&s->base);
	negotiation_copy(&s->base, n);
}

void state_sync_free(struct state_sync *s)
{
	free(s->path);
	free(s->legacy_path);
	negotiation_free(&s->base);
	memset(s, 0, sizeof *s);
}

enum state_status state_load(const char *guide_id, struct negotiation *n,
                             struct error *err)
{
	struct state_sync s;
	enum state_status r = state_open(guide_id, n, &s, err);
	state_sync_free(&s);
	return r;
}

/* A save that failed, kept somewhere
 * ------------------------------------------------------------------ */

bool state_rescue(const struct state_sync *s, const struct negotiation *n,
                  char *where, size_t size, struct error *err)
{
	struct strbuf sb;
	sb_init(&sb);
	serialise(n, &sb);
	/* Beside its file, else in $TMPDIR: a new file each time, created
	 * exclusively (never through a link). */
	const char *tmpdir = getenv("TMPDIR");
	char other[4096];
	const char *base = s->path ? strrchr(s->path, '/') : NULL;
	snprintf(other, sizeof other, "%s/negotiator-%s",
	         tmpdir && *tmpdir ? tmpdir : "/tmp",
	         base             ? base + 1
	         : n->guide_id[0] ? "negotiation"
	                          : "unnamed");
	const char *places[2] = {s->path, other};
	int e = ENOENT;
	for (int i = 0; i < 2; i++) {
		if (!places[i] || !make_parent(places[i]))
			continue;
		int fd = create_temp(places[i], "unsaved", where, size, 0600);
		bool ok = fd >= 0 && write_all(fd, sb.data, sb.len) &&
		          fsync(fd) == 0;
		e = errno;
		if (fd >= 0 && close(fd) != 0)
			ok = false;
		if (ok) {
			sb_free(&sb);
			return true;
		}
		if (fd >= 0)
			unlink(where);
	}
	sb_free(&sb);
	where[0] = '\0';
	return error_set(err, "could not keep it beside its file nor in %s: %s",
	                 tmpdir && *tmpdir ? tmpdir : "/tmp", strerror(e));
}

/* Leftovers and the last view
 * -------------------------------------------------------- */

/* Whether name ends in ".tmp-" and the 16 hex digits of create_temp. */
static bool is_leftover(const char *name)
{
	size_t n = strlen(name);
	if (n < 21 || strncmp(name + n - 21, ".tmp-", 5) != 0)
		return false;
	for (size_t i = n - 16; i < n; i++)
		if (!((name[i] >= '0' && name[i] <= '9') ||
		      (name[i] >= 'a' && name[i] <= 'f')))
			return false;
	return true;
}

size_t state_sweep(long min_age)
{
	struct strbuf sb;
	sb_init(&sb);
	size_t removed = 0;
	DIR *d = state_folder(&sb) ? opendir(sb.data) : NULL;
	if (!d) {
		sb_free(&sb);
		return 0;
	}
	time_t now = time(NULL);
	struct dirent *e;
	while ((e = readdir(d))) {
		struct stat st;
		if (!is_leftover(e->d_name) ||
		    fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
			continue;
		/* Old enough that no save of a living program writes it. */
		if (now - st.st_mtime >= min_age &&
		    unlinkat(dirfd(d), e->d_name, 0) == 0)
			removed++;
	}
	closedir(d);
	sb_free(&sb);
	return removed;
}

static bool view_path(char *buf, size_t size)
{
	struct strbuf sb;
	sb_init(&sb);
	bool ok = state_folder(&sb);
	sb_adds(&sb, "last-view");
	ok = ok && sb.len < size;
	if (ok)
		memcpy(buf, sb.data, sb.len + 1);
	sb_free(&sb);
	return ok;
}

/* A value of the last-view file: clean, one line, cut to fit. */
static void view_value(const char *s, size_t len, char *out, size_t size)
{
	char *clean = text_clean(s, len, false);
	size_t n = strlen(clean);
	/* Cut whole characters only (clean is valid UTF-8). */
	if (n >= size)
		for (n = size - 1; n > 0 && (clean[n] & 0xC0) == 0x80; n--)
			;
	memcpy(out, clean, n);
	out[n] = '\0';
	free(clean);
}

void state_view_parse(const char *text, size_t len, struct state_view *v)
{
	memset(v, 0, sizeof *v);
	for (size_t start = 0; start < len;) {
		const char *nl = memchr(text + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - text) : len;
		const char *line = text + start;
		size_t n = end - start;
		if (n > 0 && line[n - 1] == '\r')
			n--;
		if (n > 6 && memcmp(line, "guide ", 6) == 0)
			view_value(line + 6, n - 6, v->guide, sizeof v->guide);
		else if (n > 5 && memcmp(line, "pane ", 5) == 0)
			view_value(line + 5, n - 5, v->pane, sizeof v->pane);
		start = end + 1;
	}
}

bool state_view_load(struct state_view *v)
{
	char path[4096];
	struct stat st;
	const char *why;
	bool missing;
	size_t len;
	memset(v, 0, sizeof *v);
	if (!view_path(path, sizeof path))
		return false;
	char *text = read_small(path, STATE_VIEW_MAX_BYTES, &len, &st, &missing,
	                        &why);
	if (!text)
		return false;
	state_view_parse(text, len, v);
	free(text);
	return v->guide[0] != '\0';
}

bool state_view_save(const struct state_view *v, struct error *err)
{
	char path[4096];
	if (!view_path(path, sizeof path))
		return error_set(err, "no HOME or XDG_STATE_HOME to save in");
	struct strbuf sb;
	sb_init(&sb);
	sb_addf(&sb, "guide %s\npane %s\n", v->guide, v->pane);
	bool ok = sb.len <= STATE_VIEW_MAX_BYTES &&
	          !strpbrk(v->guide, "\n\r") && !strpbrk(v->pane, "\n\r") &&
	          write_text(path, sb.data, sb.len, false, err);
	sb_free(&sb);
	return ok;
}
