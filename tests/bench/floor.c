/* floor.c - the cost of the parsing libraries alone, for the benchmark.
 *
 * For every regular file in a folder: read it, split off the YAML front
 * matter, run libyaml's event loop over it to the end, parse the Markdown
 * body with cmark-gfm (table extension attached), free everything.  No
 * model, no sorting, no checks: what any program that parses guides with
 * these two libraries must pay.  negotiator's load time is reported as a
 * ratio to this.
 *
 * usage: floor [--yaml-only] DIR
 *   --yaml-only  parse only the front matter (negotiator parses bodies
 *                when a guide is opened, so this is its floor at startup)
 * Prints the files, bytes, YAML events and Markdown nodes it saw, so that
 * a run that did nothing shows.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <yaml.h>

struct totals {
	unsigned long files, bytes, events, nodes, skipped;
};

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 16384, n = 0;
	char *buf = malloc(cap);
	while (buf) {
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		char *bigger = realloc(buf, cap * 2);
		if (!bigger) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = bigger;
		cap *= 2;
	}
	int err = ferror(f);
	fclose(f);
	if (!buf || err) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

/* Length of the line at s (up to end) without its "\n" or "\r\n". */
static size_t line_len(const char *s, const char *end, const char **next)
{
	const char *nl = memchr(s, '\n', (size_t)(end - s));
	const char *stop = nl ? nl : end;
	*next = nl ? nl + 1 : end;
	if (stop > s && stop[-1] == '\r')
		stop--;
	return (size_t)(stop - s);
}

/* Split "---\n<yaml>---\n<body>".  False when the file is not a guide. */
static int split(const char *data, size_t len, const char **yaml,
                 size_t *yaml_len, const char **body, size_t *body_len)
{
	const char *p = data, *end = data + len, *next;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	if (line_len(p, end, &next) != 3 || memcmp(p, "---", 3) != 0)
		return 0;
	*yaml = next;
	for (p = next; p < end; p = next) {
		size_t n = line_len(p, end, &next);
		if (n == 3 && memcmp(p, "---", 3) == 0) {
			*yaml_len = (size_t)(p - *yaml);
			*body = next;
			*body_len = (size_t)(end - next);
			return 1;
		}
	}
	return 0;
}

static int parse_yaml(const char *s, size_t len, struct totals *t)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	int ok = 1, done = 0;
	if (!yaml_parser_initialize(&parser))
		return 0;
	yaml_parser_set_input_string(&parser, (const unsigned char *)s, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			ok = 0;
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		t->events++;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	return ok;
}

static void parse_markdown(const char *s, size_t len,
                           cmark_syntax_extension *table, struct totals *t)
{
	cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
	cmark_parser_attach_syntax_extension(parser, table);
	cmark_parser_feed(parser, s, len);
	cmark_node *doc = cmark_parser_finish(parser);
	/* Walk the tree once, as any reader of it would. */
	cmark_iter *it = cmark_iter_new(doc);
	while (cmark_iter_next(it) != CMARK_EVENT_DONE)
		t->nodes++;
	cmark_iter_free(it);
	cmark_node_free(doc);
	cmark_parser_free(parser);
}

int main(int argc, char **argv)
{
	int yaml_only = 0;
	const char *dir = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--yaml-only") == 0)
			yaml_only = 1;
		else if (!dir)
			dir = argv[i];
		else
			dir = NULL, i = argc;
	}
	if (!dir) {
		fputs("usage: floor [--yaml-only] DIR\n", stderr);
		return 2;
	}

	cmark_gfm_core_extensions_ensure_registered();
	cmark_syntax_extension *table = cmark_find_syntax_extension("table");
	if (!table) {
		fputs("floor: cmark-gfm has no table extension\n", stderr);
		return 1;
	}

	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "floor: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	struct totals t = {0};
	struct dirent *e;
	char path[4096];
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		size_t len = 0;
		char *data = read_file(path, &len);
		if (!data) {
			fprintf(stderr, "floor: %s: cannot read\n", path);
			t.skipped++;
			continue;
		}
		const char *yaml, *body;
		size_t yaml_len, body_len;
		if (!split(data, len, &yaml, &yaml_len, &body, &body_len) ||
		    !parse_yaml(yaml, yaml_len, &t)) {
			t.skipped++;
		} else {
			if (!yaml_only)
				parse_markdown(body, body_len, table, &t);
			t.files++;
		}
		t.bytes += len;
		free(data);
	}
	closedir(d);
	printf("files %lu skipped %lu bytes %lu yaml-events %lu md-nodes %lu\n",
	       t.files, t.skipped, t.bytes, t.events, t.nodes);
	return t.files ? 0 : 1;
}
