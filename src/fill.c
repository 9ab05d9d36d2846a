/* fill.c - filling in a script's arithmetic claim (found by
 * script_math_claims in script_math.c, the same finder `check` uses) and the
 * user's answers. */
#include "negotiator/fill.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "negotiator/text.h"

/* The next placeholder at or after p: "[" words "]" on one line, not
 * empty, no nested bracket, at most 200 bytes.  *close is its ']'. */
static const char *next_placeholder(const char *p, const char **close)
{
	for (; (p = strchr(p, '[')); p++) {
		size_t n = strcspn(p + 1, "[]\n");
		if (p[1 + n] == ']' && n > 0 && n < 200) {
			*close = p + 1 + n;
			return p;
		}
	}
	return NULL;
}

size_t fill_placeholders(const char *text, char ***out)
{
	char **list = NULL;
	size_t count = 0, cap = 0;
	const char *close;
	for (const char *p = text; (p = next_placeholder(p, &close));) {
		char *ph = xstrndup(p, (size_t)(close - p + 1));
		bool seen = false;
		for (size_t i = 0; i < count && !seen; i++)
			seen = strcmp(list[i], ph) == 0;
		if (seen) {
			free(ph);
		} else {
			list = xgrow(list, &cap, count + 1, sizeof *list);
			list[count++] = ph;
		}
		p = close + 1;
	}
	*out = list;
	return count;
}

/* A replacement to make: text[start..end) becomes with. */
struct edit {
	size_t start, end;
	char *with; /* owned */
	enum fill_kind kind;
};

static int edit_cmp(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

static void add_span(struct filled_script *f, size_t *cap, size_t start,
                     size_t end, enum fill_kind kind)
{
	f->spans = xgrow(f->spans, cap, f->span_count + 1, sizeof *f->spans);
	f->spans[f->span_count++] = (struct fill_span){start, end, kind};
}

void fill_script(const char *text, const struct band *b,
                 const struct offer_result *r, const struct kv_list *answers,
                 struct filled_script *out)
{
	memset(out, 0, sizeof *out);
	size_t len = strlen(text), edit_count = 0, edit_cap = 0;
	struct edit *edits = NULL;

	/* Amounts: the first claim in the band's currency takes the offer. */
	struct script_claim claims[8];
	size_t nc = script_math_claims(text, len, claims, 8);
	const char *code = b ? b->currency.code : "";
	for (size_t i = 0; r && b && i < nc; i++) {
		if (strcmp(claims[i].base.currency.code, code) != 0 &&
		    claims[i].base.currency.code[0])
			continue;
		/* All of a claim or none of it: the offer's base beside the
		 * guide's own per-year figure and sum would be worse than
		 * either. */
		if (!amount_known(r->base) || !amount_known(r->equity_4y))
			break;
		const struct money_token *tok[3] = {&claims[i].base,
		                                    &claims[i].per_year,
		                                    &claims[i].total};
		/* The sentence adds base and equity only, so its total is
		 * 4 x (base + equity a year), at face value, whatever else
		 * the offer holds. */
		amount_t per_year = amount_scale(r->equity_4y, 1, 4);
		amount_t val[3] = {r->base, per_year,
		                   amount_scale(amount_add(r->base, per_year), 4,
		                                1)};
		for (int k = 0; k < 3; k++) {
			if ((k == 2 && !claims[i].has_total) || !amount_known(val[k]))
				continue;
			edits = xgrow(edits, &edit_cap, edit_count + 1,
			              sizeof *edits);
			struct edit *e = &edits[edit_count++];
			e->start = tok[k]->start;
			e->end = tok[k]->end;
			e->kind = FILL_AMOUNT;
			char buf[64];
			money_short(buf, sizeof buf, val[k], code, false);
			e->with = xstrdup(buf);
		}
		break;
	}

	/* Placeholders: the user's answer, or left as they are. */
	const char *close;
	for (const char *p = text; (p = next_placeholder(p, &close));) {
		char key[256];
		size_t n = (size_t)(close - p + 1);
		memcpy(key, p, n);
		key[n] = '\0';
		const char *answer = answers ? kv_get(answers, key) : NULL;
		edits = xgrow(edits, &edit_cap, edit_count + 1, sizeof *edits);
		struct edit *e = &edits[edit_count++];
		e->start = (size_t)(p - text);
		e->end = (size_t)(close - text + 1);
		if (answer && *answer) {
			e->kind = FILL_ANSWER;
			e->with = text_clean(answer, strlen(answer), false);
		} else {
			e->kind = FILL_PLACEHOLDER;
			e->with = xstrdup(key);
			out->unanswered++;
		}
		p = close + 1;
	}

	if (edit_count > 1) /* qsort wants a non-NULL array */
		qsort(edits, edit_count, sizeof *edits, edit_cmp);
	struct strbuf sb;
	sb_init(&sb);
	sb_add(&sb, "", 0);
	size_t at = 0, span_cap = 0;
	for (size_t i = 0; i < edit_count; i++) {
		const struct edit *e = &edits[i];
		if (e->start < at)
			continue; /* overlaps an earlier edit */
		sb_add(&sb, text + at, e->start - at);
		size_t s = sb.len;
		sb_adds(&sb, e->with);
		add_span(out, &span_cap, s, sb.len, e->kind);
		if (e->kind == FILL_AMOUNT)
			out->amounts++;
		at = e->end;
	}
	sb_add(&sb, text + at, len - at);
	out->text = sb_take(&sb);
	for (size_t i = 0; i < edit_count; i++)
		free(edits[i].with);
	free(edits);
}

void fill_script_free(struct filled_script *f)
{
	free(f->text);
	free(f->spans);
	memset(f, 0, sizeof *f);
}
