/* The one file that includes <yaml.h>: libyaml's event stream built into
 * a tree of nodes with positions. It gives keys no meaning; profile.c
 * does. */
#define _POSIX_C_SOURCE 200809L
#include "ytree.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

/* The parse in progress. */
struct yload {
	yaml_parser_t parser;
	const struct ysource *src;
	int depth;		/* of the node being built */
	int failed;
};

enum { MAX_DEPTH = 32 };	/* profiles nest three deep */

void
ytree_free(struct ynode *y)
{
	size_t i;

	if (!y)
		return;
	for (i = 0; i < y->n; i++)
		ytree_free(y->kids[i]);
	free(y->kids);
	free(y->value);
	free(y);
}

int
ytree_error(const struct ysource *s, int line, int col, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(s->err, s->errlen, "%s:%d:%d: %s%s", s->path, line, col,
		     s->key ? s->key : "", s->key ? ": " : "");
	if (n < 0 || (size_t)n >= s->errlen)
		return -1;
	va_start(ap, fmt);
	vsnprintf(s->err + n, s->errlen - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

static int
yerr(struct yload *l, int line, int col, const char *what)
{
	l->failed = 1;
	return ytree_error(l->src, line, col, "%s", what);
}

static int
ynext(struct yload *l, yaml_event_t *ev)
{
	if (yaml_parser_parse(&l->parser, ev))
		return 0;
	return yerr(l, (int)l->parser.problem_mark.line + 1,
		    (int)l->parser.problem_mark.column + 1,
		    l->parser.problem ? l->parser.problem : "malformed YAML");
}

/* Build the node that starts with event EV (already consumed). */
static struct ynode *
yparse_node(struct yload *l, yaml_event_t *ev)
{
	struct ynode *y = xcalloc(1, sizeof(*y));
	yaml_event_t kid;
	yaml_event_type_t end;
	struct ynode *k;

	y->line = (int)ev->start_mark.line + 1;
	y->col = (int)ev->start_mark.column + 1;
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		y->kind = Y_SCALAR;
		y->value = xstrndup((char *)ev->data.scalar.value,
				    ev->data.scalar.length);
		return y;
	case YAML_SEQUENCE_START_EVENT:
		y->kind = Y_SEQ;
		end = YAML_SEQUENCE_END_EVENT;
		break;
	case YAML_MAPPING_START_EVENT:
		y->kind = Y_MAP;
		end = YAML_MAPPING_END_EVENT;
		break;
	default:
		yerr(l, y->line, y->col, "anchors and aliases are not "
		     "supported");
		ytree_free(y);
		return NULL;
	}
	if (l->depth >= MAX_DEPTH) {
		yerr(l, y->line, y->col, "nested too deeply");
		ytree_free(y);
		return NULL;
	}
	l->depth++;
	for (;;) {
		if (ynext(l, &kid) < 0)
			break;
		if (kid.type == end) {
			yaml_event_delete(&kid);
			l->depth--;
			return y;
		}
		k = yparse_node(l, &kid);
		yaml_event_delete(&kid);
		if (!k)
			break;
		y->kids = xrealloc(y->kids, (y->n + 1) * sizeof(*y->kids));
		y->kids[y->n++] = k;
	}
	ytree_free(y);
	return NULL;
}

struct ynode *
ytree_parse(const struct ysource *s, const char *text, size_t len)
{
	struct yload l = { .src = s };
	yaml_event_t ev;
	struct ynode *root = NULL;

	yaml_parser_initialize(&l.parser);
	yaml_parser_set_input_string(&l.parser, (const unsigned char *)text,
				     len);
	while (!root && !l.failed) {
		if (ynext(&l, &ev) < 0)
			break;
		if (ev.type == YAML_STREAM_END_EVENT) {
			yaml_event_delete(&ev);
			break;
		}
		if (ev.type != YAML_STREAM_START_EVENT &&
		    ev.type != YAML_DOCUMENT_START_EVENT)
			root = yparse_node(&l, &ev);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&l.parser);
	if (l.failed) {
		ytree_free(root);
		return NULL;
	}
	return root;
}
