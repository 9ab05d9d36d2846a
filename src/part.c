/* part.c - the table of an offer's parts, from OFFER_PARTS (part.h). */
#include "negotiator/part.h"

#include <string.h>

#define PART_SCOPE_ROUND true
#define PART_SCOPE_OFFER false
#define PART_ROW(id, member, kind, scope, label, abbr, option, json, key,      \
                 help)                                                         \
	[PART_##id] = {PART_##kind, PART_SCOPE_##scope,                        \
	               label,       abbr,                                      \
	               option,      json,                                      \
	               key,         help},

/* clang-format off */
const struct part_info part_table[PART_COUNT] = {OFFER_PARTS(PART_ROW)};
/* clang-format on */

enum part_id part_by_option(const char *name)
{
	for (int p = 0; p < PART_COUNT; p++)
		if (strcmp(part_table[p].option, name) == 0)
			return (enum part_id)p;
	return PART_COUNT;
}

enum part_id part_by_key(const char *key)
{
	for (int p = 0; p < PART_COUNT; p++)
		if (strcmp(part_table[p].key, key) == 0)
			return (enum part_id)p;
	return PART_COUNT;
}
