#define _POSIX_C_SOURCE 200809L
#include "asmcheck.h"
#include "arena.h"
#include "errcheck.h"
#include "regex.h"
#include "strbuf.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The asmcheck action of run.go 1.19 (wantedAsmOpcodes and asmCheck).
 * Its Go regexps are matched by hand here, following their leftmost-first
 * semantics exactly; \s is RE2's [\t\n\f\r ] and \w is [0-9A-Za-z_].
 * The checks themselves are compiled with PCRE2.
 */

/* The name of the group that wraps a whole check pattern. */
#define WHOLE "asmcheck_whole"

/* A GOARCH run.go knows, with the variable that picks its variant. */
struct arch {
	const char *name;
	const char *var;		/* NULL: the arch has no variants */
	const char *variants[5];	/* NULL-terminated */
};

static const struct arch arches[] = {
	{ "386", "GO386", { "sse2", "softfloat" } },
	{ "amd64", "GOAMD64", { "v1", "v2", "v3", "v4" } },
	{ "arm", "GOARM", { "5", "6", "7" } },
	{ "arm64", NULL, { NULL } },
	{ "loong64", NULL, { NULL } },
	{ "mips", "GOMIPS", { "hardfloat", "softfloat" } },
	{ "mips64", "GOMIPS64", { "hardfloat", "softfloat" } },
	{ "ppc64", "GOPPC64", { "power8", "power9" } },
	{ "ppc64le", "GOPPC64", { "power8", "power9" } },
	{ "s390x", NULL, { NULL } },
	{ "wasm", NULL, { NULL } },
	{ "riscv64", NULL, { NULL } },
};

/* A part of a string; s == NULL when a group did not take part. */
struct span {
	const char *s;
	size_t n;
};

/* The parse in progress: where checks go and how much room they have. */
struct builder {
	struct arena *a;
	struct asmchecks *c;
	size_t cap;
	struct strlist envs;
	char *err;
	size_t errlen;
};

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

static int
is_word(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	       (c >= 'a' && c <= 'z') || c == '_';
}

static const char *
skip_space(const char *p)
{
	while (is_space((unsigned char)*p))
		p++;
	return p;
}

static const char *
skip_word(const char *p)
{
	while (is_word((unsigned char)*p))
		p++;
	return p;
}

static const struct arch *
arch_find(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(arches) / sizeof(arches[0]); i++)
		if (strlen(arches[i].name) == n &&
		    memcmp(arches[i].name, name, n) == 0)
			return &arches[i];
	return NULL;
}

/* Split line S[0..len) as `^\s*(.*?)\s*(?://\s*(.+)\s*)?$` does: the lazy
 * code part ends at the first "//" with a character after it. */
static void
split_line(const char *s, size_t len, struct span *code, struct span *cmt)
{
	size_t w = 0, p, q, k;

	while (w < len && is_space((unsigned char)s[w]))
		w++;
	for (p = w;; p++) {
		for (q = p; q < len && is_space((unsigned char)s[q]); q++)
			;
		if (q + 2 < len && s[q] == '/' && s[q + 1] == '/') {
			for (k = q + 2; k < len && is_space((unsigned char)s[k]);
			     k++)
				;
			if (k == len)	/* (.+) takes back one space */
				k = len - 1;
			*cmt = (struct span){ s + k, len - k };
			break;
		}
		if (q == len) {
			*cmt = (struct span){ NULL, 0 };
			break;
		}
	}
	*code = (struct span){ s + w, p - w };
}

/* The end of the CHECK (-?(`[^`]*`|"(?:[^"\\]|\\.)*")) at P, or NULL. */
static const char *
check_scan(const char *p)
{
	if (*p == '-')
		p++;
	if (*p == '`') {
		p = strchr(p + 1, '`');
		return p ? p + 1 : NULL;
	}
	if (*p != '"')
		return NULL;
	for (p++; *p != '"'; p++) {
		if (!*p)
			return NULL;
		if (*p == '\\') {
			if (!p[1] || p[1] == '\n')
				return NULL;
			p++;
		}
	}
	return p + 1;
}

/* Match `\s*:\s*(CHECK(?:\s*,\s*CHECK)*)` at P: return its end and set
 * *LIST to the start of the checks, or return NULL. */
static const char *
tail_scan(const char *p, const char **list)
{
	const char *e, *q;

	p = skip_space(p);
	if (*p != ':')
		return NULL;
	*list = p = skip_space(p + 1);
	if (!(e = check_scan(p)))
		return NULL;
	for (;;) {
		q = skip_space(e);
		if (*q != ',' || !(q = check_scan(skip_space(q + 1))))
			return e;
		e = q;
	}
}

/* Match rxAsmPlatform `(\w+)(/\w+)?(/\w*)?` + tail at P, trying the
 * optional groups in the order a backtracking matcher would. Fill the
 * groups G and *LIST; return the end of the match or NULL. */
static const char *
spec_scan(const char *p, struct span g[3], const char **list)
{
	const char *w1 = skip_word(p), *a = NULL, *b, *e;

	if (w1 == p)
		return NULL;
	g[0] = (struct span){ p, (size_t)(w1 - p) };
	g[1] = g[2] = (struct span){ NULL, 0 };
	if (*w1 == '/' && is_word((unsigned char)w1[1]))
		a = skip_word(w1 + 1);
	if (a && *a == '/' && (e = tail_scan(b = skip_word(a + 1), list))) {
		g[1] = (struct span){ w1, (size_t)(a - w1) };
		g[2] = (struct span){ a, (size_t)(b - a) };
		return e;
	}
	if (a && (e = tail_scan(a, list))) {
		g[1] = (struct span){ w1, (size_t)(a - w1) };
		return e;
	}
	if (*w1 == '/' && (e = tail_scan(b = skip_word(w1 + 1), list))) {
		g[2] = (struct span){ w1, (size_t)(b - w1) };
		return e;
	}
	return tail_scan(w1, list);
}

/* Length of the valid UTF-8 sequence at S, or 0 (Go's DecodeRune). */
static size_t
utf8_len(const unsigned char *s)
{
	unsigned lo = 0x80, hi = 0xBF;

	if (s[0] < 0x80)
		return 1;
	if (s[0] < 0xC2 || s[0] > 0xF4)
		return 0;
	if (s[0] < 0xE0)
		return s[1] >= 0x80 && s[1] <= 0xBF ? 2 : 0;
	if (s[0] == 0xE0 || s[0] == 0xF0)
		lo = s[0] == 0xE0 ? 0xA0 : 0x90;
	if (s[0] == 0xED || s[0] == 0xF4)
		hi = s[0] == 0xED ? 0x9F : 0x8F;
	if (s[1] < lo || s[1] > hi || s[2] < 0x80 || s[2] > 0xBF)
		return 0;
	if (s[0] < 0xF0)
		return 3;
	return s[3] >= 0x80 && s[3] <= 0xBF ? 4 : 0;
}

/* Write rune R to OUT as UTF-8; return the bytes written. */
static size_t
utf8_put(char *out, unsigned long r)
{
	static const unsigned char lead[] = { 0, 0, 0xC0, 0xE0, 0xF0 };
	size_t n = r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4, i;

	for (i = n - 1; i > 0; i--, r >>= 6)
		out[i] = (char)(0x80 | (r & 0x3F));
	out[0] = (char)(lead[n] | r);
	return n;
}

static int
hexval(int c)
{
	static const char hex[] = "0123456789abcdef0123456789ABCDEF";
	const char *m = c ? strchr(hex, c) : NULL;

	return m ? (int)(m - hex) % 16 : -1;
}

/* Escapes that stand for one byte, as strconv.UnquoteChar reads them
 * inside "...". */
static const char escapes[][2] = {
	{ 'a', '\a' }, { 'b', '\b' }, { 'f', '\f' }, { 'n', '\n' },
	{ 'r', '\r' }, { 't', '\t' }, { 'v', '\v' }, { '\\', '\\' },
	{ '"', '"' },
};

/* Decode the escape after the backslash at *P (strconv.UnquoteChar with
 * quote '"') into OUT, advancing *P; return the bytes written or -1. */
static int
unescape(const char **p, char *out)
{
	const char *s = *p;
	unsigned long v = 0;
	size_t i;
	int n, x;

	for (i = 0; i < sizeof(escapes) / sizeof(escapes[0]); i++)
		if (*s == escapes[i][0]) {
			*p = s + 1;
			*out = escapes[i][1];
			return 1;
		}
	if (*s >= '0' && *s <= '7') {
		for (i = 0; i < 3; i++) {
			if (s[i] < '0' || s[i] > '7')
				return -1;
			v = v << 3 | (unsigned long)(s[i] - '0');
		}
		*p = s + 3;
		*out = (char)v;
		return v > 255 ? -1 : 1;
	}
	n = *s == 'x' ? 2 : *s == 'u' ? 4 : *s == 'U' ? 8 : 0;
	for (i = 1; i <= (size_t)n; i++) {
		if ((x = hexval((unsigned char)s[i])) < 0)
			return -1;
		v = v << 4 | (unsigned long)x;
	}
	*p = s + 1 + n;
	if (n == 2)
		*out = (char)v;
	else if (n == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return -1;
	return n == 2 ? 1 : (int)utf8_put(out, v);
}

/* Go's strconv.Unquote of the literal Q[0..n) into arena memory, its
 * length in *LEN (raw strings lose their CRs; in "..." bad UTF-8 becomes
 * U+FFFD, as Go's escape path does, and valid text is copied as its fast
 * path does); NULL on a syntax error. */
static char *
unquote(struct arena *a, const char *q, size_t n, size_t *len)
{
	char *out = arena_alloc(a, 3 * n + 1), *o = out;
	const char *p = q + 1, *end = q + n - 1;
	size_t k;
	int w;

	while (p < end) {
		if (q[0] == '`') {
			if (*p != '\r')
				*o++ = *p;
			p++;
		} else if (*p == '\\') {
			p++;
			if ((w = unescape(&p, o)) < 0 || p > end)
				return NULL;
			o += w;
		} else if (!(k = utf8_len((const unsigned char *)p))) {
			o += utf8_put(o, 0xFFFD);
			p++;
		} else {
			memcpy(o, p, k);
			o += k;
			p += k;
		}
	}
	*len = (size_t)(o - out);
	return out;
}

/* The canonical copy of environment OS/ARCH/SUB in B's env list. */
static const char *
env_intern(struct builder *b, const char *os, const char *arch,
	   const char *sub)
{
	char *env = arena_printf(b->a, "%s/%s/%s", os, arch, sub);
	size_t i;

	for (i = 0; i < b->envs.n; i++)
		if (strcmp(b->envs.v[i], env) == 0)
			return b->envs.v[i];
	arena_push(b->a, &b->envs, env);
	return env;
}

/* Fill ENVS (room for 5) with the environments of spec G, as run.go
 * reads it; return how many, or -1 with B's error set. */
static int
spec_envs(struct builder *b, const struct span g[3], const char **envs)
{
	struct arena *a = b->a;
	const char *os = "linux", *sub = "";
	const struct arch *ar;
	struct span arch = g[0];
	int n = 0;

	if (g[2].s && !g[1].s) {	/* run.go panics on "amd64/:" */
		snprintf(b->err, b->errlen, "invalid architecture spec: %.*s/",
			 (int)g[0].n, g[0].s);
		return -1;
	}
	if (g[2].s) {
		os = arena_strndup(a, g[0].s, g[0].n);
		arch = (struct span){ g[1].s + 1, g[1].n - 1 };
		sub = arena_strndup(a, g[2].s + 1, g[2].n - 1);
	} else if (g[1].s) {
		sub = arena_strndup(a, g[1].s + 1, g[1].n - 1);
	} else if (arch.n == 4 && memcmp(arch.s, "wasm", 4) == 0) {
		os = "js";
	}
	if (!(ar = arch_find(arch.s, arch.n))) {
		snprintf(b->err, b->errlen, "unsupported architecture: %.*s",
			 (int)arch.n, arch.s);
		return -1;
	}
	if (*sub || !ar->variants[0])
		envs[n++] = env_intern(b, os, ar->name, sub);
	else
		for (; ar->variants[n]; n++)
			envs[n] = env_intern(b, os, ar->name, ar->variants[n]);
	return n;
}

/* Compile check pattern RE the way run.go does (a bad pattern is an
 * error), but wrapped in a group that spans the whole match. */
static struct regex *
check_compile(struct builder *b, const char *re)
{
	struct regex *rx;
	const char *p;
	char msg[256];
	size_t n;

	for (p = re; *p; p += n)	/* Go's regexp wants UTF-8 */
		if (!(n = utf8_len((const unsigned char *)p))) {
			snprintf(msg, sizeof(msg), "invalid UTF-8");
			goto bad;
		}
	if (!(rx = regex_compile(re, msg, sizeof(msg))))
		goto bad;
	regex_free(rx);
	rx = regex_compile(arena_printf(b->a, "(?<" WHOLE ">%s)", re), msg,
			   sizeof(msg));
	if (rx)
		return rx;
bad:
	snprintf(b->err, b->errlen, "error parsing regexp: %s: `%s`", msg, re);
	return NULL;
}

/* Append one asmop to B's checks. */
static void
op_push(struct builder *b, const struct asmop *op)
{
	struct asmchecks *c = b->c;
	struct asmop *nv;

	if (c->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 16;
		nv = arena_alloc(b->a, b->cap * sizeof(*nv));
		if (c->n)
			memcpy(nv, c->v, c->n * sizeof(*nv));
		c->v = nv;
	}
	c->v[c->n++] = *op;
}

/* Add the check literal Q[0..n) of line LINE for the NENVS ENVS. */
static int
check_add(struct builder *b, const char *q, size_t n, int line,
	  const char **envs, int nenvs)
{
	struct asmop op = { 0 };
	char *text;
	size_t len;
	int i;

	if (*q == '-') {
		op.negative = 1;
		q++;
		n--;
	}
	if (!(text = unquote(b->a, q, n, &len))) {
		snprintf(b->err, b->errlen, "error unquoting string: "
			 "invalid syntax");
		return -1;
	}
	if (memchr(text, '\0', len)) {	/* RE2 could, PCRE2 strings can't */
		snprintf(b->err, b->errlen, "check %.*s holds a NUL byte",
			 (int)n, q);
		return -1;
	}
	op.line = line;
	op.re = arena_printf(b->a, "^%s", text);
	if (!(op.rx = check_compile(b, op.re)))
		return -1;
	for (i = 0; i < nenvs; i++) {
		op.env = envs[i];
		op.borrowed = i > 0;
		op_push(b, &op);
	}
	return 0;
}

/* Apply every architecture spec in PENDING to line LINE. */
static int
pending_apply(struct builder *b, const char *pending, int line)
{
	const char *p = pending, *e, *list, *q;
	const char *envs[5];
	struct span g[3];
	int n;

	while (*p) {
		if (!(e = spec_scan(p, g, &list))) {
			p++;
			continue;
		}
		if ((n = spec_envs(b, g, envs)) < 0)
			return -1;
		for (q = list;; q = skip_space(skip_space(p) + 1)) {
			p = check_scan(q);	/* "\s*,\s*" between checks */
			if (check_add(b, q, (size_t)(p - q), line, envs, n) < 0)
				return -1;
			if (p == e)
				break;
		}
	}
	return 0;
}

int
asmcheck_parse(struct arena *a, const char *src, struct asmchecks *c,
	       int *errline, char *err, size_t errlen)
{
	struct builder b = { a, c, 0, { 0 }, err, errlen };
	struct strbuf pending;
	struct span code, cmt;
	const char *p = src, *eol;
	int line, rc = 0;

	memset(c, 0, sizeof(*c));
	strbuf_init(&pending, 0);
	for (line = 1;; line++) {
		eol = strchr(p, '\n');
		split_line(p, eol ? (size_t)(eol - p) : strlen(p), &code, &cmt);
		strbuf_addstr(&pending, " ");
		if (cmt.n)
			strbuf_add(&pending, cmt.s, cmt.n);
		if (code.n) {
			if ((rc = pending_apply(&b, pending.buf, line)) < 0)
				break;
			strbuf_reset(&pending);
		}
		if (!eol)
			break;
		p = eol + 1;
	}
	strbuf_release(&pending);
	if (rc < 0) {
		*errline = line;
		asmcheck_free(c);
		return -1;
	}
	if (b.envs.n)
		qsort(b.envs.v, b.envs.n, sizeof(char *), cmp_strp);
	c->envs = (const char **)b.envs.v;
	c->nenvs = b.envs.n;
	return 0;
}

/* Find rxLine `\((ABS:\d+)\)\s+(.*)` in LINE[0..len): set *LNUM to the
 * line number (-1 when the digits are not how Go prints a line) and *ASM
 * to the instruction text, and return 1; return 0 when there is none. */
static int
line_pos(const char *s, size_t len, const char *abs, long *lnum,
	 struct span *asm)
{
	size_t alen = strlen(abs), i, d, k;

	for (i = 0; i + alen + 4 <= len; i++) {
		if (s[i] != '(' || memcmp(s + i + 1, abs, alen) != 0 ||
		    s[i + 1 + alen] != ':')
			continue;
		d = i + 2 + alen;
		for (k = d; k < len && s[k] >= '0' && s[k] <= '9'; k++)
			;
		if (k == d || k + 1 >= len || s[k] != ')' ||
		    !is_space((unsigned char)s[k + 1]))
			continue;
		*lnum = s[d] == '0' || k - d > 9 ? -1 : strtol(s + d, NULL, 10);
		for (k++; k < len && is_space((unsigned char)s[k]); k++)
			;
		*asm = (struct span){ s + k, len - k };
		return 1;
	}
	return 0;
}

/* The index of the first check of C at line LINE or later. */
static size_t
op_first(const struct asmchecks *c, long line)
{
	size_t lo = 0, hi = c->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c->v[mid].line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Run the checks of ENV against each line of TEXT at a position of ABS,
 * noting in FUNC[i] where the function of check i's last position
 * starts (offset + 1; 0 before any function). Return NULL, or the check
 * PCRE2 gave up on. */
static const struct asmop *
listing_scan(struct asmchecks *c, const char *env, const char *text,
	     const char *abs, size_t *func)
{
	const char *p, *eol;
	struct span asm;
	size_t fn = 0, k, len;
	long lnum, start, end;
	int rc;

	for (p = text;; p = eol + 1) {
		eol = strchr(p, '\n');
		len = eol ? (size_t)(eol - p) : strlen(p);
		if (len && *p != '\t')	/* run.go's functionMarkers */
			fn = (size_t)(p - text) + 1;
		if (!line_pos(p, len, abs, &lnum, &asm))
			lnum = -1;
		for (k = op_first(c, lnum); lnum > 0 && k < c->n &&
		     c->v[k].line == lnum; k++) {
			if (strcmp(c->v[k].env, env) != 0)
				continue;
			func[k] = fn;
			if (c->v[k].found)
				continue;
			rc = regex_group(c->v[k].rx, asm.s, asm.n, WHOLE,
					 &start, &end);
			if (rc < 0)
				return &c->v[k];
			c->v[k].found = rc && end > start;
		}
		if (!eol)
			return NULL;
	}
}

/* The listing of the function whose first line starts at TEXT + OFF: up
 * to the next line that is neither empty nor TAB-indented (arena). */
static char *
listing_function(struct arena *a, const char *text, size_t off)
{
	const char *p = text + off, *q = p;

	while ((q = strchr(q, '\n')) && (!q[1] || q[1] == '\n' || q[1] == '\t'))
		q++;
	return arena_strndup(a, p, q ? (size_t)(q - p) : strlen(p));
}

char *
asmcheck_match(struct arena *a, struct asmchecks *c, const char *env,
	       const char *output, const char *abspath, const char *rel)
{
	size_t *func = arena_alloc(a, (c->n + 1) * sizeof(size_t));
	size_t i, last = 0;
	const struct asmop *o;
	struct strlist dumps = { 0 };
	struct strbuf sb;
	char *res = NULL;

	for (i = 0; i < c->n; i++)
		c->v[i].found = 0;
	if ((o = listing_scan(c, env, output, abspath, func)))
		return arena_printf(a, "\n%s:%d: %s: pattern %s hit the PCRE2 "
				    "match limit\n", rel, o->line, env,
				    errcheck_quote(a, o->re));
	strbuf_init(&sb, 0);
	for (i = 0; i < c->n; i++) {	/* already sorted by line */
		o = &c->v[i];
		if (strcmp(o->env, env) != 0 || o->negative != o->found)
			continue;
		if (func[i] && func[i] != last)
			arena_push(a, &dumps, listing_function(a, output,
							      func[i] - 1));
		last = func[i] ? func[i] : last;
		strbuf_addf(&sb, "%s:%d: %s: %s: %s\n", rel, o->line, env,
			    o->negative ? "wrong opcode found" :
			    "opcode not found", errcheck_quote(a, o->re));
	}
	if (sb.len)
		res = arena_printf(a, "\n%s", sb.buf);
	strbuf_release(&sb);
	c->dumps = dumps.v;
	c->ndumps = dumps.n;
	return res;
}

char **
asmcheck_env(struct arena *a, const char *env)
{
	const char *s1 = strchr(env, '/'), *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
	const struct arch *ar;
	char **v;

	if (!s2 || strchr(s2 + 1, '/') ||
	    !(ar = arch_find(s1 + 1, (size_t)(s2 - s1 - 1))) ||
	    (s2[1] && !ar->var))
		return NULL;
	v = arena_alloc(a, 4 * sizeof(char *));
	v[0] = arena_printf(a, "GOOS=%.*s", (int)(s1 - env), env);
	v[1] = arena_printf(a, "GOARCH=%s", ar->name);
	if (s2[1])
		v[2] = arena_printf(a, "%s=%s", ar->var, s2 + 1);
	return v;
}

void
asmcheck_free(struct asmchecks *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (!c->v[i].borrowed)
			regex_free(c->v[i].rx);
	memset(c, 0, sizeof(*c));
}
