/* json.h - a small streaming JSON writer (pretty, two-space indent).
 * Strings are escaped so that no control character reaches the output. */
#ifndef NEGOTIATOR_JSON_H
#define NEGOTIATOR_JSON_H

#include <stdbool.h>
#include <stdio.h>

#include "negotiator/money.h"

#define JSON_MAX_DEPTH 32

struct json {
	FILE *out;
	int depth;
	bool need_comma[JSON_MAX_DEPTH];
	bool after_key;
};

void json_init(struct json *j, FILE *out);
void json_object_begin(struct json *j);
void json_object_end(struct json *j);
void json_array_begin(struct json *j);
void json_array_end(struct json *j);
void json_key(struct json *j, const char *key);
/* NULL writes null. */
void json_string(struct json *j, const char *s);
/* AMOUNT_NONE writes null. */
void json_amount(struct json *j, amount_t a);
/* A percent or other number; negative (unknown) writes null when
 * null_if_negative. */
void json_number(struct json *j, double v, bool null_if_negative);
void json_bool(struct json *j, bool v);
void json_null(struct json *j);
/* A key and its value in one call. */
void json_key_string(struct json *j, const char *key, const char *s);
void json_key_amount(struct json *j, const char *key, amount_t a);
void json_key_bool(struct json *j, const char *key, bool v);

/* Finish the document with a newline. */
void json_finish(struct json *j);

#endif
