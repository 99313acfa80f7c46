/* The C dialect's asmcheck: per-function "// ARCH:\"re\"" checks read
 * from the source, and gcc/clang -S output cut into per-function
 * listings to match them against. It compiles nothing itself. */
#define _POSIX_C_SOURCE 200809L
#include "casmcheck.h"
#include "arena.h"
#include "regex.h"
#include "strbuf.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The architecture names a check may carry, and the machine (uname -m)
 * each stands for. */
static const struct arch {
	const char *name;
	const char *machine;
} arches[] = {
	{ "amd64", "x86_64" },	{ "x86_64", "x86_64" },
	{ "386", "i686" },	{ "i386", "i686" },
	{ "arm64", "aarch64" },	{ "aarch64", "aarch64" },
	{ "arm", "armv7l" },	{ "riscv64", "riscv64" },
	{ "ppc64le", "ppc64le" }, { "s390x", "s390x" },
	{ "loong64", "loongarch64" },
};

/* Parsing state: where checks go and which apply. */
struct parser {
	struct arena *a;
	const char *machine;
	const char *const *tags;
	struct casmop *v;
	size_t n, cap;
	const char *func;	/* the function being read, or NULL */
	int line;
	char *err;
	size_t errlen;
};

static const struct arch *
arch_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(arches) / sizeof(arches[0]); i++)
		if (strcmp(arches[i].name, name) == 0)
			return &arches[i];
	return NULL;
}

static int
has_tag(const char *const *tags, const char *tag)
{
	for (; tags && *tags; tags++)
		if (strcmp(*tags, tag) == 0)
			return 1;
	return 0;
}

static int
fail(struct parser *p, const char *what, const char *detail)
{
	snprintf(p->err, p->errlen, "%s%s%s", what, detail ? ": " : "",
		 detail ? detail : "");
	return -1;
}

/* Past the "__attribute__((...))" groups at S (of the line ending at
 * END) and the blanks after them. */
static const char *
skip_attributes(const char *s, const char *end)
{
	static const char kw[] = "__attribute__";
	int depth;

	while ((size_t)(end - s) > sizeof(kw) - 1 &&
	       strncmp(s, kw, sizeof(kw) - 1) == 0) {
		s += sizeof(kw) - 1;
		while (s < end && (*s == ' ' || *s == '\t'))
			s++;
		for (depth = 0; s < end; s++) {
			depth += (*s == '(') - (*s == ')');
			if (depth == 0 && *s == ')')
				break;
		}
		for (s += s < end; s < end && (*s == ' ' || *s == '\t'); s++)
			;
	}
	return s;
}

/* The name a function definition starting on LINE (LEN bytes) defines, or
 * NULL: a line in column 0 with "name(" and no ';' at its end, after any
 * __attribute__((...)) (a line holding only those is none). */
static const char *
definition(struct arena *a, const char *line, size_t len)
{
	const char *end = line + len, *start, *paren, *s;

	if (!len || !(isalpha((unsigned char)line[0]) || line[0] == '_') ||
	    line[len - 1] == ';')
		return NULL;
	start = skip_attributes(line, end);
	paren = memchr(start, '(', (size_t)(end - start));
	if (!paren)
		return NULL;
	for (s = paren; s > start && (isalnum((unsigned char)s[-1]) ||
				      s[-1] == '_'); s--)
		;
	return s == paren ? NULL : arena_strndup(a, s, (size_t)(paren - s));
}

/* Where the "//" comment of LINE starts (outside literals), or NULL. */
static const char *
comment_start(const char *line, size_t len)
{
	char quote = 0;
	size_t i;

	for (i = 0; i + 1 < len; i++) {
		if (quote) {
			if (line[i] == '\\')
				i++;
			else if (line[i] == quote)
				quote = 0;
		} else if (line[i] == '"' || line[i] == '\'') {
			quote = line[i];
		} else if (line[i] == '/' && line[i + 1] == '/') {
			return line + i + 2;
		}
	}
	return NULL;
}

/* Read a quoted pattern at *S ("..." with \" and \\, or `...`) into OUT;
 * advance *S. Return 0, or -1 when it is not closed. */
static int
unquote(const char **s, const char *end, struct strbuf *out)
{
	const char *p = *s;
	char q = *p++;

	strbuf_reset(out);
	for (; p < end && *p != q; p++) {
		if (q == '"' && *p == '\\' && p + 1 < end &&
		    (p[1] == '"' || p[1] == '\\'))
			p++;
		strbuf_add(out, p, 1);
	}
	if (p >= end)
		return -1;
	*s = p + 1;
	return 0;
}

/* Add a check of RE (negative when NEG) for ARCH to P. */
static int
add(struct parser *p, const char *arch, const char *re, int neg)
{
	char err[256];
	struct casmop *op;

	p->v = arena_grow(p->a, p->v, p->n, &p->cap, sizeof(*p->v));
	op = &p->v[p->n];
	memset(op, 0, sizeof(*op));
	op->rx = regex_compile(p->a, re, err, sizeof(err));
	if (!op->rx)
		return fail(p, "bad regexp in check", err);
	op->func = p->func;
	op->line = p->line;
	op->arch = arena_strdup(p->a, arch);
	op->re = arena_strdup(p->a, re);
	op->negative = neg;
	p->n++;
	return 0;
}

/* Does the check key KEY ("tag.arch") apply here? -1: unknown arch. */
static int
key_applies(struct parser *p, const char *key)
{
	const char *dot = strrchr(key, '.');
	const struct arch *ar = arch_find(dot ? dot + 1 : key);
	char tag[64];

	if (!ar)
		return -1;
	if (strcmp(ar->machine, p->machine) != 0)
		return 0;
	if (!dot)
		return 1;
	snprintf(tag, sizeof(tag), "%.*s", (int)(dot - key), key);
	return has_tag(p->tags, tag);
}

/* Parse the checks of one entry's list at *S: "re",-"re",`re`. */
static int
entry(struct parser *p, const char **s, const char *end, const char *key,
      int use, struct strbuf *re)
{
	int neg;

	for (;;) {
		neg = **s == '-';
		*s += neg;
		if (*s >= end || (**s != '"' && **s != '`'))
			return fail(p, "malformed check: want a quoted regexp "
				    "after", key);
		if (unquote(s, end, re) < 0)
			return fail(p, "malformed check: unclosed quote", NULL);
		if (use && add(p, key, re->buf, neg) < 0)
			return -1;
		if (*s >= end || **s != ',')
			return 0;
		++*s;
	}
}

/* Parse comment text S..END: zero or more "key:list" entries. Text that
 * does not start like a check is an ordinary comment. */
static int
comment(struct parser *p, const char *s, const char *end)
{
	struct strbuf re;
	char key[64];
	size_t n;
	int first = 1, use, rc = 0;

	strbuf_init(&re, 0);
	for (;;) {
		while (s < end && isspace((unsigned char)*s))
			s++;
		if (s >= end)
			break;
		n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_.");
		if (n == 0 || n >= sizeof(key) || s + n + 1 >= end ||
		    s[n] != ':' || !strchr("\"`-", s[n + 1])) {
			if (!first)
				rc = fail(p, "malformed check", NULL);
			break;
		}
		snprintf(key, sizeof(key), "%.*s", (int)n, s);
		use = key_applies(p, key);
		if (use < 0) {
			rc = fail(p, "unknown architecture in check", key);
			break;
		}
		if (!p->func) {
			rc = fail(p, "check outside a function body", key);
			break;
		}
		s += n + 1;
		if ((rc = entry(p, &s, end, key, use, &re)) < 0)
			break;
		first = 0;
	}
	strbuf_release(&re);
	return rc;
}

int
casmcheck_parse(struct arena *a, const char *text, const char *machine,
		const char *const *tags, struct casmchecks *c, int *errline,
		char *err, size_t errlen)
{
	struct parser p = { a, machine, tags, NULL, 0, 0, NULL, 0, err,
			    errlen };
	const char *line = text, *eol, *cmt, *name;
	size_t len;

	for (p.line = 1; *line; p.line++, line = *eol ? eol + 1 : eol) {
		eol = line + strcspn(line, "\n");
		len = (size_t)(eol - line);
		if (len && line[len - 1] == '\r')
			len--;
		if (!p.func && (name = definition(a, line, len)))
			p.func = name;
		cmt = comment_start(line, len);
		if (cmt && comment(&p, cmt, line + len) < 0) {
			*errline = p.line;
			c->v = NULL;
			c->n = 0;
			return -1;
		}
		if ((len == 1 && line[0] == '}') ||
		    (p.func && len && line[0] != '}' && line[len - 1] == '}' &&
		     definition(a, line, len)))
			p.func = NULL;
	}
	c->v = p.v;
	c->n = p.n;
	return 0;
}

/* One function's listing: its instruction and label lines, normalised. */
struct listing {
	char *name;
	struct strlist lines;
};

/* LINE (LEN bytes) with its comment cut, blanks squeezed and trimmed,
 * into OUT; return OUT's length. */
static size_t
normalise(const char *line, size_t len, struct strbuf *out)
{
	size_t i;

	strbuf_reset(out);
	for (i = 0; i < len && line[i] != '#'; i++) {
		if (isspace((unsigned char)line[i])) {
			if (out->len && out->buf[out->len - 1] != ' ')
				strbuf_add(out, " ", 1);
		} else {
			strbuf_add(out, line + i, 1);
		}
	}
	if (out->len && out->buf[out->len - 1] == ' ')
		out->buf[--out->len] = '\0';
	return out->len;
}

/* The label a column-0 line defines when it names a function or object
 * (not a local ".L" label), else NULL. */
static char *
global_label(struct arena *a, const char *line, size_t len)
{
	size_t n = strspn(line, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP"
			  "QRSTUVWXYZ0123456789_.$");

	if (n == 0 || n >= len || line[n] != ':' || line[0] == '.' ||
	    isdigit((unsigned char)line[0]))
		return NULL;
	return arena_strndup(a, line, n);
}

/* Cut ASM into per-function listings (arena A); return their count. */
static size_t
listings(struct arena *a, const char *asm_text, struct listing **out)
{
	struct listing *v = NULL, *cur = NULL;
	size_t n = 0, cap = 0, len;
	const char *line = asm_text, *eol;
	struct strbuf sb;
	char *name, *size = NULL;	/* ".size NAME," ends NAME */

	strbuf_init(&sb, 0);
	for (; *line; line = *eol ? eol + 1 : eol) {
		eol = line + strcspn(line, "\n");
		len = (size_t)(eol - line);
		if ((name = global_label(a, line, len))) {
			v = arena_grow(a, v, n, &cap, sizeof(*v));
			cur = &v[n++];
			cur->name = name;
			memset(&cur->lines, 0, sizeof(cur->lines));
			size = arena_printf(a, ".size %s,", name);
			continue;
		}
		if (!cur || !normalise(line, len, &sb))
			continue;
		if (strncmp(sb.buf, size, strlen(size)) == 0) {
			cur = NULL;
			continue;
		}
		if (sb.buf[0] != '.' || sb.buf[sb.len - 1] == ':')
			arena_push(a, &cur->lines, arena_strdup(a, sb.buf));
	}
	strbuf_release(&sb);
	*out = v;
	return n;
}

/* Does OP hold on listing L? Set *WHY when it does not. */
static int
holds(const struct casmop *op, const struct listing *l, const char **why)
{
	size_t i;
	int m, found = 0;

	for (i = 0; i < l->lines.n && !found; i++) {
		m = regex_match(op->rx, l->lines.v[i], strlen(l->lines.v[i]));
		if (m < 0) {
			*why = "pattern hit the match limit";
			return 0;
		}
		found = m;
	}
	*why = op->negative ? "wrong opcode found" : "opcode not found";
	return found != op->negative;
}

char *
casmcheck_match(struct arena *a, const struct casmchecks *c,
		const char *asm_text, const char *rel)
{
	struct listing *v;
	size_t n = listings(a, asm_text, &v), i, k, j;
	struct strbuf msg, dump;
	const char *why;
	char *res = NULL, *shown = arena_alloc(a, n + 1);

	strbuf_init(&msg, 0);
	strbuf_init(&dump, 0);
	for (i = 0; i < c->n; i++) {
		for (k = 0; k < n && strcmp(v[k].name, c->v[i].func) != 0; k++)
			;
		if (k == n) {
			strbuf_addf(&msg, "%s:%d: %s: function %s has no "
				    "listing in the assembly (inlined, or "
				    "static and unused?)\n", rel, c->v[i].line,
				    c->v[i].arch, c->v[i].func);
			continue;
		}
		if (holds(&c->v[i], &v[k], &why))
			continue;
		strbuf_addf(&msg, "%s:%d: %s: %s: \"%s\"\n", rel, c->v[i].line,
			    c->v[i].arch, why, c->v[i].re);
		if (shown[k]++)
			continue;
		strbuf_addf(&dump, "%s:\n", v[k].name);
		for (j = 0; j < v[k].lines.n; j++)
			strbuf_addf(&dump, "\t%s\n", v[k].lines.v[j]);
	}
	if (msg.len)
		res = arena_printf(a, "%s%s", msg.buf, dump.buf);
	strbuf_release(&msg);
	strbuf_release(&dump);
	return res;
}
