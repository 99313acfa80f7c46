/* run.go's asmcheck: the "// arch:`re`" checks of a Go test
 * (wantedAsmOpcodes) and their match against go build -gcflags=-S
 * listings (asmCheck), with run.go's own regexps matched by hand. Which
 * environments are built, and building them, is the Go dialect's. */
#define _POSIX_C_SOURCE 200809L
#include "goasmcheck.h"
#include "arena.h"
#include "errcheck.h"
#include "regex.h"
#include "strbuf.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* run.go 1.19's wantedAsmOpcodes and asmCheck. Its own Go regexps are
 * matched by hand, with their leftmost-first semantics; the checks are
 * compiled with PCRE2. */

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

/* A part of a string. */
struct span {
	const char *s;
	size_t n;
};

/* An architecture spec OS/ARCH/SUB; an empty SUB means every variant. */
struct spec {
	struct span os, arch, sub;
};

/* The parse in progress: where checks go and how much room they have. */
struct builder {
	struct arena *a;
	struct goasmchecks *c;
	size_t cap;
	struct strlist envs;
	char *err;
	size_t errlen;
};

/* RE2's \s less '\n' (the lines and comments scanned have none inside
 * and end in '\n' or NUL), and \w. */
#define SPACE " \t\f\r"
#define WORD "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"

static const char *
skip_space(const char *p)
{
	return p + strspn(p, SPACE);
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
	size_t w = strspn(s, SPACE), p = w, q = w, k;

	while (q < len && (q + 2 >= len || s[q] != '/' || s[q + 1] != '/')) {
		p++;
		q = p + strspn(s + p, SPACE);
	}
	*code = (struct span){ s + w, p - w };
	*cmt = (struct span){ NULL, 0 };
	if (q < len) {
		k = q + 2 + strspn(s + q + 2, SPACE);
		k -= k == len;	/* (.+) takes back one space */
		*cmt = (struct span){ s + k, len - k };
	}
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
	for (p++; *p != '"'; p++)
		if (!*p || (*p == '\\' && !*++p))	/* no '\n' to refuse */
			return NULL;
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
 * optional groups in the order a backtracking matcher would, and read
 * the groups into SP as run.go does (arch.s NULL for "amd64/:", where
 * run.go panics). Return the end, *LIST at the checks, or NULL. */
static const char *
spec_scan(const char *p, struct spec *sp, const char **list)
{
	const char *w1 = p + strspn(p, WORD), *w2 = w1, *w3 = NULL, *e;

	if (w1 == p)
		return NULL;
	if (*w1 == '/')
		w2 = w1 + 1 + strspn(w1 + 1, WORD);
	if (w2 > w1 + 1 && *w2 == '/')	/* (/\w+) matched */
		w3 = w2 + 1 + strspn(w2 + 1, WORD);
	sp->os = (struct span){ "linux", 5 };
	sp->arch = (struct span){ p, (size_t)(w1 - p) };
	sp->sub = (struct span){ w1 + 1, (size_t)(w2 - w1 - 1) };
	if (w3 && (e = tail_scan(w3, list))) {
		sp->os = sp->arch;
		sp->arch = sp->sub;
		sp->sub = (struct span){ w2 + 1, (size_t)(w3 - w2 - 1) };
		return e;
	}
	if (w2 > w1 && (e = tail_scan(w2, list))) {
		if (w2 == w1 + 1) {	/* only (/\w*) matched */
			sp->os = sp->arch;
			sp->arch.s = NULL;
		}
		return e;
	}
	sp->sub.n = 0;
	if (sp->arch.n == 4 && memcmp(p, "wasm", 4) == 0)
		sp->os = (struct span){ "js", 2 };
	return tail_scan(w1, list);
}

/* Length of the valid UTF-8 sequence at S, or 0 (Go's DecodeRune). */
static size_t
utf8_len(const unsigned char *s)
{
	unsigned c = s[0], lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
	unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
	size_t n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 :
		   c < 0xF5 ? 4 : 0, i;

	if (n > 1 && (s[1] < lo || s[1] > hi))
		return 0;
	for (i = 2; i < n; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return n;
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

/* Decode the escape after the backslash at *P (strconv.UnquoteChar with
 * quote '"') into OUT, advancing *P; return the bytes written or -1. */
static int
unescape(const char **p, char *out)
{
	static const char hex[] = "0123456789abcdef0123456789ABCDEF";
	static const char esc[] = "abfnrtv\\\"", val[] = "\a\b\f\n\r\t\v\\\"";
	const char *s = *p, *h;
	int oct = *s >= '0' && *s <= '7', base = oct ? 8 : 16, n, i;
	unsigned long v = 0;

	if (*s && (h = strchr(esc, *s))) {
		*p = s + 1;
		*out = val[h - esc];
		return 1;
	}
	n = oct ? 3 : *s == 'x' ? 2 : *s == 'u' ? 4 : *s == 'U' ? 8 : 0;
	for (i = !oct; i < n + !oct; i++) {	/* \NNN, \xNN, \uNNNN, ... */
		if (!s[i] || !(h = strchr(hex, s[i])) || (h - hex) % 16 >= base)
			return -1;
		v = v * (unsigned long)base + (unsigned long)((h - hex) % 16);
	}
	*p = s + n + !oct;
	if (n == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ||
	    ((oct || n == 2) && v > 255))
		return -1;
	*out = (char)v;
	return oct || n == 2 ? 1 : (int)utf8_put(out, v);
}

/* Go's strconv.Unquote of literal Q[0..n) (arena), its length in *LEN, or
 * NULL. Raw strings lose CRs; in "..." bad UTF-8 becomes U+FFFD. */
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

/* ENV as a copy kept once in B's list of environments. */
static const char *
env_intern(struct builder *b, char *env)
{
	size_t i;

	for (i = 0; i < b->envs.n; i++)
		if (strcmp(b->envs.v[i], env) == 0)
			return b->envs.v[i];
	arena_push(b->a, &b->envs, env);
	return env;
}

/* Fill ENVS (room for 5) with the environments of SP as run.go expands
 * them; return how many, or -1 with B's error set. */
static int
spec_envs(struct builder *b, const struct spec *sp, const char **envs)
{
	const struct arch *ar = NULL;
	const char *sub;
	int n;

	if (sp->arch.s && !(ar = arch_find(sp->arch.s, sp->arch.n)))
		snprintf(b->err, b->errlen, "unsupported architecture: %.*s",
			 (int)sp->arch.n, sp->arch.s);
	else if (!ar)
		snprintf(b->err, b->errlen, "invalid architecture spec: "
			 "%.*s/", (int)sp->os.n, sp->os.s);
	if (!ar)
		return -1;
	for (n = 0; n == 0 || (!sp->sub.n && ar->variants[n]); n++) {
		sub = ar->variants[n] ? ar->variants[n] : "";
		if (sp->sub.n)
			sub = arena_strndup(b->a, sp->sub.s, sp->sub.n);
		envs[n] = env_intern(b, arena_printf(b->a, "%.*s/%s/%s",
						     (int)sp->os.n, sp->os.s,
						     ar->name, sub));
	}
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
	if (!(rx = regex_compile(NULL, re, msg, sizeof(msg))))
		goto bad;
	regex_free(rx);
	rx = regex_compile(b->a, arena_printf(b->a, "(?<" WHOLE ">%s)", re),
			   msg, sizeof(msg));
	if (rx)
		return rx;
bad:
	snprintf(b->err, b->errlen, "error parsing regexp: %s: `%s`", msg, re);
	return NULL;
}

/* Add the check literal Q[0..n) of line LINE for the NENVS ENVS. */
static int
check_add(struct builder *b, const char *q, size_t n, int line,
	  const char **envs, int nenvs)
{
	struct goasmchecks *c = b->c;
	struct goasmop op = { 0 }, *nv;
	char *text;
	size_t len;
	int i;

	op.negative = *q == '-';
	q += op.negative;
	n -= (size_t)op.negative;
	if (!(text = unquote(b->a, q, n, &len)) || strlen(text) != len) {
		snprintf(b->err, b->errlen, "%s", text ? "a NUL byte in a check"
			 " (PCRE2 patterns are C strings)" :
			 "error unquoting string: invalid syntax");
		return -1;
	}
	op.line = line;
	op.re = arena_printf(b->a, "^%s", text);
	if (!(op.rx = check_compile(b, op.re)))
		return -1;
	if (c->n + (size_t)nenvs > b->cap) {
		b->cap = 2 * b->cap + 16;
		nv = arena_alloc(b->a, b->cap * sizeof(*nv));
		if (c->n)
			memcpy(nv, c->v, c->n * sizeof(*nv));
		c->v = nv;
	}
	for (i = 0; i < nenvs; i++) {
		op.env = envs[i];
		c->v[c->n++] = op;
	}
	return 0;
}

/* Apply every architecture spec in PENDING to line LINE. */
static int
pending_apply(struct builder *b, const char *pending, int line)
{
	const char *p = pending, *e, *list, *q;
	const char *envs[5];
	struct spec sp;
	int n;

	while (*p) {
		if (!(e = spec_scan(p, &sp, &list))) {
			p++;
			continue;
		}
		if ((n = spec_envs(b, &sp, envs)) < 0)
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
goasmcheck_parse(struct arena *a, const char *src, struct goasmchecks *c,
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
		memset(c, 0, sizeof(*c));
		return -1;
	}
	if (b.envs.n)
		qsort(b.envs.v, b.envs.n, sizeof(char *), cmp_strp);
	c->envs = (const char **)b.envs.v;
	c->nenvs = b.envs.n;
	return 0;
}

/* Find rxLine `\((ABS:\d+)\)\s+(.*)` in S[0..len): return 1 with *LNUM
 * (-1 unless Itoa-shaped) and the instruction text *ASM, or 0. */
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
		    !strspn(s + k + 1, SPACE))
			continue;
		*lnum = s[d] == '0' || k - d > 9 ? -1 : strtol(s + d, NULL, 10);
		k += 1 + strspn(s + k + 1, SPACE);
		*asm = (struct span){ s + k, len - k };
		return 1;
	}
	return 0;
}

/* The index of the first check of C at line LINE or later. */
static size_t
op_first(const struct goasmchecks *c, long line)
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

/* Run the checks of ENV on the lines of TEXT at positions of ABS; FUNC[i]
 * = 1 + offset of the function of check i's last position (0: none).
 * Return NULL, or the check PCRE2 gave up on. */
static const struct goasmop *
listing_scan(struct goasmchecks *c, const char *env, const char *text,
	     const char *abs, size_t *func)
{
	const char *p, *eol;
	struct span asm;
	size_t fn = 0, k, len;
	long lnum, start, end;
	int rc;

	for (p = text; p; p = eol ? eol + 1 : NULL) {
		eol = strchr(p, '\n');
		len = eol ? (size_t)(eol - p) : strlen(p);
		if (len && *p != '\t')	/* run.go's functionMarkers */
			fn = (size_t)(p - text) + 1;
		if (!line_pos(p, len, abs, &lnum, &asm))
			continue;
		for (k = op_first(c, lnum); k < c->n && c->v[k].line == lnum;
		     k++) {
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
	}
	return NULL;
}

char *
goasmcheck_match(struct arena *a, struct goasmchecks *c, const char *env,
		 const char *output, const char *abspath, const char *rel)
{
	size_t *func = arena_alloc(a, (c->n + 1) * sizeof(size_t));
	size_t i, last = 0;
	const char *f, *q;
	const struct goasmop *o;
	struct strlist dumps = { 0 };
	struct strbuf sb;
	char *res;

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
		if (func[i] && func[i] != last) {	/* up to the next */
			f = q = output + (last = func[i]) - 1;	/* function */
			while ((q = strchr(q, '\n')) && strchr("\n\t", q[1]))
				q++;	/* (strchr finds q[1] == NUL too) */
			arena_push(a, &dumps, q ? arena_strndup(a, f, (size_t)
				   (q - f)) : arena_strdup(a, f));
		}
		strbuf_addf(&sb, "%s:%d: %s: %s: %s\n", rel, o->line, env,
			    o->negative ? "wrong opcode found" :
			    "opcode not found", errcheck_quote(a, o->re));
	}
	res = sb.len ? arena_printf(a, "\n%s", sb.buf) : NULL;
	strbuf_release(&sb);
	c->dumps = dumps.v;
	c->ndumps = dumps.n;
	return res;
}

char **
goasmcheck_env(struct arena *a, const char *env)
{
	const char *s1 = strchr(env, '/'), *s2;
	const struct arch *ar;
	char **v;

	if (!s1 || !(s2 = strchr(s1 + 1, '/')) || strchr(s2 + 1, '/') ||
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
