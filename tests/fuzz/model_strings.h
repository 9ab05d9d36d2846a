/* model_strings.h - visit every string a loaded guide holds.
 *
 * Shared by the fuzz harness and tests/unit/test_hostile.c: both check
 * that nothing from an untrusted file reaches the model uncleaned.  fn gets
 * a name for the field, the string (never NULL) and whether the field is
 * one line (no '\n' or '\t' allowed) or a block of text.
 */
#ifndef NEGOTIATOR_TESTS_MODEL_STRINGS_H
#define NEGOTIATOR_TESTS_MODEL_STRINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "negotiator/guide.h"

typedef void (*model_string_fn)(const char *field, const char *s,
                                bool one_line, void *ctx);

static inline void model_string(model_string_fn fn, void *ctx,
                                const char *field, const char *s,
                                bool one_line)
{
	if (s)
		fn(field, s, one_line, ctx);
}

static inline void model_strings(const struct guide *g, model_string_fn fn,
                                 void *ctx)
{
	size_t i;

	/* g->path is the name as given, for reading the file again (issue
	 * 13.6); what is shown is path_shown. */
	model_string(fn, ctx, "path_shown", g->path_shown, true);
	model_string(fn, ctx, "id", g->id, true);
	model_string(fn, ctx, "company", g->company, true);
	model_string(fn, ctx, "role", g->role, true);
	model_string(fn, ctx, "company_display", g->company_display, true);
	model_string(fn, ctx, "role_display", g->role_display, true);
	model_string(fn, ctx, "role_type", g->role_type, true);
	model_string(fn, ctx, "data_quality", g->data_quality, true);
	model_string(fn, ctx, "salary_data_quarter", g->salary_quarter, true);
	model_string(fn, ctx, "last_updated", g->last_updated, true);
	model_string(fn, ctx, "next_review_due", g->next_review_due, true);
	model_string(fn, ctx, "level_mapping.internal", g->level_internal,
	             true);
	model_string(fn, ctx, "level_mapping.raw", g->level_raw, false);
	model_string(fn, ctx, "negotiation_dna_summary", g->dna_summary, true);
	for (i = 0; i < g->source_count; i++)
		model_string(fn, ctx, "data_sources[]", g->sources[i], true);
	for (i = 0; i < g->band_count; i++) {
		const struct band *b = &g->bands[i];

		model_string(fn, ctx, "band region", b->region, true);
		model_string(fn, ctx, "band currency", b->currency.code, true);
		model_string(fn, ctx, "band words (base)", b->words.base, false);
		model_string(fn, ctx, "band words (equity)", b->words.equity,
		             false);
		model_string(fn, ctx, "band words (bonus)", b->words.bonus, false);
		model_string(fn, ctx, "band words (total)", b->words.total, false);
	}
	model_string(fn, ctx, "premium applies_to", g->premium.applies_to,
	             true);
	model_string(fn, ctx, "body", g->body, false);
	model_string(fn, ctx, "title", g->title, false);
	for (i = 0; i < g->section_count; i++)
		model_string(fn, ctx, "section title", g->sections[i].title,
		             false);
	for (i = 0; i < g->script_count; i++) {
		const struct script *s = &g->scripts[i];

		model_string(fn, ctx, "script title", s->title, false);
		model_string(fn, ctx, "script section", s->section, false);
		model_string(fn, ctx, "script region", s->region, false);
		model_string(fn, ctx, "script text", s->text, false);
	}
	for (i = 0; i < g->diags.count; i++)
		model_string(fn, ctx, "diagnostic", g->diags.items[i].message,
		             false);
}

#endif
