/* json.c - streaming JSON writer. */
#include "json.h"

#include <math.h>

void json_init(struct json *j, FILE *out)
{
	j->out = out;
	j->depth = 0;
	j->need_comma[0] = false;
	j->after_key = false;
}

static void indent(struct json *j)
{
	fputc('\n', j->out);
	for (int i = 0; i < j->depth; i++)
		fputs("  ", j->out);
}

/* Before any value: a comma and a new line inside containers, nothing
 * right after a key. */
static void value_start(struct json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (j->depth == 0)
		return;
	if (j->need_comma[j->depth])
		fputc(',', j->out);
	j->need_comma[j->depth] = true;
	indent(j);
}

static void container_open(struct json *j, char c)
{
	value_start(j);
	fputc(c, j->out);
	if (j->depth + 1 < JSON_MAX_DEPTH)
		j->depth++;
	j->need_comma[j->depth] = false;
}

static void container_close(struct json *j, char c)
{
	bool had_items = j->need_comma[j->depth];
	if (j->depth > 0)
		j->depth--;
	if (had_items)
		indent(j);
	fputc(c, j->out);
}

void json_object_begin(struct json *j)
{
	container_open(j, '{');
}
void json_object_end(struct json *j)
{
	container_close(j, '}');
}
void json_array_begin(struct json *j)
{
	container_open(j, '[');
}
void json_array_end(struct json *j)
{
	container_close(j, ']');
}

static void write_escaped(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\t': fputs("\\t", out); break;
		case '\r': fputs("\\r", out); break;
		default:
			if (*p < 0x20 || *p == 0x7F)
				fprintf(out, "\\u%04x", *p);
			else
				fputc(*p, out);
		}
	}
	fputc('"', out);
}

void json_key(struct json *j, const char *key)
{
	value_start(j);
	write_escaped(j->out, key);
	fputs(": ", j->out);
	j->after_key = true;
}

void json_string(struct json *j, const char *s)
{
	value_start(j);
	if (s)
		write_escaped(j->out, s);
	else
		fputs("null", j->out);
}

void json_amount(struct json *j, amount_t a)
{
	value_start(j);
	if (amount_known(a))
		fprintf(j->out, "%lld", (long long)a);
	else
		fputs("null", j->out);
}

void json_number(struct json *j, double v, bool null_if_negative)
{
	value_start(j);
	if (!isfinite(v) || (null_if_negative && v < 0))
		fputs("null", j->out);
	else if (fabs(v) < 9e15 && v == (double)(long long)v)
		fprintf(j->out, "%lld", (long long)v);
	else
		fprintf(j->out, "%g", v);
}

void json_bool(struct json *j, bool v)
{
	value_start(j);
	fputs(v ? "true" : "false", j->out);
}

void json_null(struct json *j)
{
	value_start(j);
	fputs("null", j->out);
}

void json_key_string(struct json *j, const char *key, const char *s)
{
	json_key(j, key);
	json_string(j, s);
}

void json_key_amount(struct json *j, const char *key, amount_t a)
{
	json_key(j, key);
	json_amount(j, a);
}

void json_key_bool(struct json *j, const char *key, bool v)
{
	json_key(j, key);
	json_bool(j, v);
}

void json_finish(struct json *j)
{
	fputc('\n', j->out);
}
