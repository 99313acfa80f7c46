/* requires: expressions: tags joined by &&, || and ! with parentheses,
 * evaluated over a list of tags. It only parses and evaluates; which tags
 * a profile or toolchain has is its caller's. */
#define _POSIX_C_SOURCE 200809L
#include "constraint.h"

#include <stdio.h>
#include <string.h>

/* A recursive-descent parser that evaluates as it goes:
 *	or   := and { "||" and }
 *	and  := not { "&&" not }
 *	not  := "!" not | "(" or ")" | TAG
 */
struct cparse {
	const char *s;
	size_t pos;
	const char *const *tags;
	char *err;
	size_t errlen;
	int failed;
	int depth;		/* nesting of "!" and "(" */
};

enum { MAX_DEPTH = 100 };	/* deeper nesting fails, not the stack */

static int parse_or(struct cparse *p);

static int
is_tag_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '.';
}

static void
skip_space(struct cparse *p)
{
	while (p->s[p->pos] == ' ' || p->s[p->pos] == '\t')
		p->pos++;
}

static int
fail(struct cparse *p, const char *what)
{
	if (!p->failed) {
		if (p->s[p->pos])
			snprintf(p->err, p->errlen, "%s at column %zu near \"%.20s\"",
				 what, p->pos + 1, p->s + p->pos);
		else
			snprintf(p->err, p->errlen, "%s at end of expression",
				 what);
	}
	p->failed = 1;
	return 0;
}

static int
accept(struct cparse *p, const char *tok)
{
	size_t n = strlen(tok);

	skip_space(p);
	if (strncmp(p->s + p->pos, tok, n) != 0)
		return 0;
	p->pos += n;
	return 1;
}

static int
has_tag(const struct cparse *p, const char *name, size_t n)
{
	const char *const *t;

	for (t = p->tags; *t; t++)
		if (strlen(*t) == n && strncmp(*t, name, n) == 0)
			return 1;
	return 0;
}

static int
parse_not(struct cparse *p)
{
	size_t start;
	int v;

	if (p->failed)
		return 0;
	if (p->depth >= MAX_DEPTH)
		return fail(p, "expression nested too deeply");
	if (accept(p, "!")) {
		p->depth++;
		v = !parse_not(p);
		p->depth--;
		return v;
	}
	if (accept(p, "(")) {
		p->depth++;
		v = parse_or(p);
		p->depth--;
		if (!accept(p, ")"))
			return fail(p, "expected )");
		return v;
	}
	skip_space(p);
	start = p->pos;
	while (is_tag_char(p->s[p->pos]))
		p->pos++;
	if (p->pos == start)
		return fail(p, "expected a tag");
	return has_tag(p, p->s + start, p->pos - start);
}

static int
parse_and(struct cparse *p)
{
	int v = parse_not(p);

	while (!p->failed && accept(p, "&&"))
		v = parse_not(p) && v;
	return v;
}

static int
parse_or(struct cparse *p)
{
	int v = parse_and(p);

	while (!p->failed && accept(p, "||"))
		v = parse_and(p) || v;
	return v;
}

int
constraint_eval(const char *expr, const char *const *tags, char *err,
		size_t errlen)
{
	struct cparse p = { expr, 0, tags, err, errlen, 0, 0 };
	int v = parse_or(&p);

	skip_space(&p);
	if (!p.failed && p.s[p.pos])
		fail(&p, "unexpected text");
	return p.failed ? -1 : v;
}
