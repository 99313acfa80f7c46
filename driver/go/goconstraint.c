/* Build constraints as Go 1.19's test/run.go judges them: shouldTest() and
 * match() over go/build/constraint.Parse(), mirrored byte for byte.  Only
 * header[0..len) is read and nothing is allocated.
 *
 * Character classes are Go's: a tag character is '_', '.' or a rune for
 * which unicode.IsLetter or unicode.IsDigit holds; trimming and field
 * splitting use unicode.IsSpace; invalid UTF-8 decodes as U+FFFD, one byte
 * at a time, and is neither.  The //go:build lexer itself skips only ' '
 * and '\t'.
 *
 * The one departure: a //go:build expression nested more than MAX_NEST
 * parentheses deep is treated as a syntax error (the line is ignored)
 * instead of recursing without bound; later Go releases likewise reject
 * oversized expressions (CVE-2024-34158, go.dev/issue/69141).
 */
#include "goconstraint.h"

#include <stdint.h>
#include <string.h>

#define RUNE_ERROR 0xFFFD
#define MAX_NEST 1000

/* The non-ASCII runes for which Go 1.19's unicode.IsLetter(r) ||
 * unicode.IsDigit(r) holds (Unicode 13.0.0), as (gap, length) pairs: each
 * run starts GAP runes after the end of the previous one (the first after
 * U+0080) and is LENGTH runes long.  Generated with a throwaway Go program.
 */
static const uint16_t letter_runs[] = {
	42,1, 10,1, 4,1, 5,23, 1,31, 1,458, 4,12, 14,5, 7,1, 1,1, 129,5, 1,2,
	2,4, 1,1, 6,1, 1,3, 1,1, 1,20, 1,83, 1,139, 8,166, 1,38, 2,1, 6,41,
	71,27, 4,4, 45,43, 21,10, 4,2, 1,99, 1,1, 15,2, 7,15, 2,1, 16,1, 1,30,
	29,89, 11,1, 14,43, 9,2, 4,1, 5,22, 4,1, 9,1, 3,1, 23,25, 7,11, 53,21,
	1,18, 60,54, 3,1, 18,1, 7,10, 4,10, 1,16, 4,8, 2,2, 2,22, 1,7, 1,1,
	3,4, 3,1, 16,1, 13,2, 1,3, 4,12, 10,1, 8,6, 4,2, 2,22, 1,7, 1,2, 1,2,
	1,2, 31,4, 1,1, 7,10, 2,3, 16,9, 1,3, 1,22, 1,7, 1,2, 1,5, 3,1, 18,1,
	15,2, 4,10, 9,1, 11,8, 2,2, 2,22, 1,7, 1,2, 1,5, 3,1, 30,2, 1,3, 4,10,
	1,1, 17,1, 1,6, 3,3, 1,4, 3,2, 1,1, 1,2, 3,2, 3,3, 3,12, 22,1, 21,10,
	21,8, 1,3, 1,23, 1,16, 3,1, 26,3, 5,2, 4,10, 16,1, 4,8, 1,3, 1,23,
	1,10, 1,5, 3,1, 32,1, 1,2, 4,10, 1,2, 17,9, 1,3, 1,41, 2,1, 16,1, 5,3,
	8,3, 4,10, 10,6, 5,18, 3,24, 1,9, 1,1, 2,7, 31,10, 17,48, 1,2, 12,7,
	9,10, 39,2, 1,1, 1,5, 1,24, 1,1, 1,10, 1,2, 9,1, 2,5, 1,1, 9,10, 2,4,
	32,1, 31,10, 22,8, 1,36, 27,5, 115,43, 20,11, 6,6, 4,4, 3,1, 3,2, 7,3,
	4,13, 12,1, 1,10, 6,38, 1,1, 5,1, 2,43, 1,333, 1,4, 2,7, 1,1, 1,4,
	2,41, 1,4, 2,33, 1,4, 2,7, 1,1, 1,4, 2,15, 1,57, 1,4, 2,67, 37,16,
	16,86, 2,6, 3,620, 2,17, 1,26, 5,75, 6,8, 7,13, 1,4, 14,18, 14,18,
	14,13, 1,3, 15,52, 35,1, 4,1, 3,10, 38,10, 6,89, 7,5, 2,34, 1,1, 5,70,
	10,31, 39,40, 2,5, 11,44, 4,26, 6,10, 38,23, 9,53, 43,10, 6,10, 13,1,
	93,47, 17,7, 4,10, 41,30, 13,56, 26,36, 28,10, 3,49, 2,9, 7,43, 2,3,
	41,4, 1,6, 1,2, 3,1, 5,192, 64,278, 2,6, 2,38, 2,6, 2,8, 1,1, 1,1, 1,1,
	1,31, 2,53, 1,7, 1,1, 3,3, 1,7, 3,4, 2,6, 4,13, 5,3, 1,7, 116,1, 13,1,
	16,13, 101,1, 4,1, 2,10, 1,1, 3,5, 6,1, 1,1, 1,1, 1,4, 1,11, 2,4, 5,5,
	4,1, 52,2, 2683,47, 1,47, 1,133, 6,4, 3,2, 12,38, 1,1, 5,1, 2,56, 7,1,
	16,23, 9,7, 1,7, 1,7, 1,7, 1,7, 1,7, 1,7, 1,7, 80,1, 469,2, 42,5, 5,2,
	4,86, 6,3, 1,90, 1,4, 5,43, 1,94, 17,32, 48,16, 512,6592, 64,20989,
	3,1165, 67,46, 2,269, 3,28, 20,47, 16,31, 2,70, 49,9, 2,103, 2,53, 2,9,
	42,13, 1,3, 1,4, 1,23, 29,52, 14,50, 28,10, 24,6, 3,1, 1,2, 1,38,
	10,23, 25,29, 7,47, 28,11, 6,5, 1,25, 1,41, 23,3, 1,8, 4,10, 6,23, 3,1,
	3,50, 1,1, 3,2, 2,5, 2,1, 1,1, 24,3, 2,11, 7,3, 12,6, 2,6, 2,6, 9,7,
	1,7, 1,43, 1,14, 6,115, 13,10, 6,11172, 12,23, 4,49, 8452,366, 2,106,
	38,7, 12,5, 5,1, 1,10, 1,13, 1,5, 1,1, 1,2, 1,2, 1,108, 33,363, 18,64,
	2,54, 40,12, 116,5, 1,135, 19,10, 7,26, 6,26, 11,89, 3,6, 2,6, 2,6,
	2,3, 35,12, 1,26, 1,19, 1,2, 1,15, 2,14, 34,123, 389,29, 3,49, 47,32,
	13,20, 1,8, 6,38, 10,30, 2,36, 4,8, 48,158, 2,10, 6,36, 4,36, 4,40,
	8,52, 156,311, 9,22, 10,8, 152,6, 2,1, 1,44, 1,2, 3,1, 2,23, 10,23,
	9,31, 65,19, 1,2, 10,22, 10,26, 70,56, 6,2, 64,1, 15,4, 1,3, 1,29,
	42,29, 3,29, 35,8, 1,28, 27,54, 10,22, 10,19, 13,18, 110,73, 55,51,
	13,51, 13,36, 12,10, 326,42, 6,2, 78,29, 10,1, 8,22, 106,21, 27,23,
	12,53, 46,10, 19,45, 32,25, 7,10, 9,36, 15,10, 4,1, 2,1, 8,35, 3,1,
	12,48, 14,4, 11,11, 1,1, 35,18, 1,25, 84,7, 1,1, 1,4, 1,15, 1,10, 7,47,
	17,10, 11,8, 2,2, 2,22, 1,7, 1,2, 1,5, 3,1, 18,1, 12,5, 158,53, 18,4,
	5,10, 5,3, 30,48, 20,2, 1,1, 8,10, 166,47, 41,4, 36,48, 20,1, 11,10,
	38,43, 13,1, 7,10, 54,27, 21,10, 198,44, 116,74, 21,8, 2,1, 2,8, 1,2,
	1,24, 15,1, 1,1, 14,10, 70,8, 2,39, 16,1, 1,1, 28,1, 10,40, 7,1, 21,1,
	11,46, 19,1, 34,57, 263,9, 1,37, 17,1, 15,10, 24,30, 112,7, 1,2, 1,38,
	21,1, 9,10, 6,6, 1,2, 1,32, 14,1, 7,10, 310,19, 189,1, 79,922, 230,196,
	2748,1071, 4049,583, 8633,569, 7,31, 1,10, 102,30, 18,48, 16,4, 12,10,
	9,21, 5,19, 688,64, 128,75, 5,1, 66,13, 64,2, 1,1, 28,6136, 8,1238,
	42,9, 8951,287, 49,3, 17,4, 8,396, 2308,107, 5,13, 3,9, 7,10, 5990,85,
	1,71, 1,2, 2,1, 2,2, 2,4, 1,12, 1,1, 1,7, 1,65, 1,4, 2,8, 1,7, 1,28,
	1,4, 1,5, 1,1, 3,7, 1,340, 2,25, 1,25, 1,31, 1,25, 1,31, 1,25, 1,31,
	1,25, 1,31, 1,25, 1,8, 2,50, 2304,45, 10,7, 2,10, 4,1, 369,44, 4,10,
	1286,197, 59,68, 7,1, 4,10, 1190,4, 1,27, 1,2, 1,1, 2,1, 1,10, 1,4,
	1,1, 1,1, 6,1, 4,1, 1,1, 1,1, 1,3, 1,2, 1,1, 2,1, 1,1, 1,1, 1,1, 1,1,
	1,2, 1,1, 2,4, 1,7, 1,4, 1,4, 1,1, 1,10, 1,17, 5,3, 1,5, 1,17, 3380,10,
	1030,42718, 34,4149, 11,222, 2,5762, 14,7473, 3103,542, 1506,4939,
};

/* Tokens of a //go:build expression. */
enum gbtok { TOK_END, TOK_TAG, TOK_AND, TOK_OR, TOK_NOT, TOK_LPAREN,
	     TOK_RPAREN };

/* A recursive-descent parser that evaluates as it goes, mirroring
 * go/build/constraint's exprParser:
 *	or   := and { "||" and }
 *	and  := not { "&&" not }
 *	not  := "!" atom | atom		("!" "!" is an error)
 *	atom := "(" or ")" | TAG
 */
struct gbparse {
	const struct gotags *t;
	const char *s;
	size_t n, i;
	enum gbtok tok;
	const char *tag;
	size_t taglen;
	int depth;
	int failed;
};

static int gb_or(struct gbparse *p);

/* Multi-byte UTF-8 lead bytes: range, sequence length, payload mask and
 * the smallest rune the length may encode (anything less is overlong). */
static const struct {
	unsigned char lo, hi;
	size_t width;
	unsigned char mask;
	uint32_t min;
} utf8_leads[] = {
	{ 0xC2, 0xDF, 2, 0x1F, 0x80 },
	{ 0xE0, 0xEF, 3, 0x0F, 0x800 },
	{ 0xF0, 0xF4, 4, 0x07, 0x10000 },
};

/* Decode the rune at S[0..N), N > 0, as Go's utf8.DecodeRune does: any
 * invalid sequence is U+FFFD of width 1. */
static size_t
utf8_decode(const char *s, size_t n, uint32_t *r)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k, i, w;
	uint32_t c;

	*r = u[0] < 0x80 ? u[0] : RUNE_ERROR;
	if (u[0] < 0x80)
		return 1;
	for (k = 0; k < sizeof(utf8_leads) / sizeof(utf8_leads[0]); k++)
		if (u[0] >= utf8_leads[k].lo && u[0] <= utf8_leads[k].hi)
			break;
	if (k == sizeof(utf8_leads) / sizeof(utf8_leads[0]))
		return 1;
	w = utf8_leads[k].width;
	if (n < w)
		return 1;
	c = u[0] & utf8_leads[k].mask;
	for (i = 1; i < w; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 1;
		c = c << 6 | (u[i] & 0x3F);
	}
	if (c < utf8_leads[k].min || c > 0x10FFFF ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return 1;
	*r = c;
	return w;
}

/* Go's unicode.IsSpace. */
static int
is_space(uint32_t r)
{
	switch (r) {
	case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000:
		return 1;
	}
	return r >= 0x2000 && r <= 0x200A;
}

/* unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' */
static int
is_tag_rune(uint32_t r)
{
	uint32_t lo = 0x80;
	size_t i;

	if (r < 0x80)
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
		       (r >= '0' && r <= '9') || r == '_' || r == '.';
	for (i = 0; i + 1 < sizeof(letter_runs) / sizeof(letter_runs[0]);
	     i += 2) {
		lo += letter_runs[i];
		if (r < lo)
			return 0;
		if (r < lo + letter_runs[i + 1])
			return 1;
		lo += letter_runs[i + 1];
	}
	return 0;
}

/* The length in bytes of the run of runes at the start of S[0..N) for
 * which is_space(r) == SPACE. */
static size_t
run_len(const char *s, size_t n, int space)
{
	size_t i = 0, w;
	uint32_t r;

	while (i < n) {
		w = utf8_decode(s + i, n - i, &r);
		if (is_space(r) != space)
			break;
		i += w;
	}
	return i;
}

/* The length in bytes of the run of tag runes at the start of S[0..N). */
static size_t
tag_len(const char *s, size_t n)
{
	size_t i = 0, w;
	uint32_t r;

	while (i < n) {
		w = utf8_decode(s + i, n - i, &r);
		if (!is_tag_rune(r))
			break;
		i += w;
	}
	return i;
}

/* strings.TrimSpace on the span *S, *N. */
static void
trim_space(const char **s, size_t *n)
{
	size_t i, w, end = 0;
	uint32_t r;

	i = run_len(*s, *n, 1);
	*s += i;
	*n -= i;
	for (i = 0; i < *n; i += w) {
		w = utf8_decode(*s + i, *n - i, &r);
		if (!is_space(r))
			end = i + w;
	}
	*n = end;
}

static int
has_prefix(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);

	return n >= k && memcmp(s, prefix, k) == 0;
}

/* Does S[0..N) equal the C string WORD (which may be NULL)? */
static int
span_eq(const char *s, size_t n, const char *word)
{
	return word && strlen(word) == n && memcmp(s, word, n) == 0;
}

static int
has_experiment(const struct gotags *t, const char *name, size_t n)
{
	const char *const *e;

	for (e = t->experiments; e && *e; e++)
		if (span_eq(name, n, *e))
			return 1;
	return 0;
}

int
goconstraint_tag(const struct gotags *t, const char *tag, size_t len)
{
	static const char exp[] = "goexperiment.";

	if (len == 0 || tag_len(tag, len) != len)
		return 0;
	if (has_prefix(tag, len, exp))
		return has_experiment(t, tag + strlen(exp), len - strlen(exp));
	if (t->cgo && span_eq(tag, len, "cgo"))
		return 1;
	if (span_eq(tag, len, t->goos) || span_eq(tag, len, t->goarch) ||
	    span_eq(tag, len, "gc"))
		return 1;
	if (t->gcflags_noopt && span_eq(tag, len, "gcflags_noopt"))
		return 1;
	return span_eq(tag, len, "test_run");
}

/* After PREFIX (already matched) the rest of the line must be empty or
 * start with a space; the constraint text is the rest, trimmed.  This is
 * the tail shared by splitGoBuild and splitPlusBuild. */
static int
split_rest(const char *s, size_t n, size_t prefix, const char **text,
	   size_t *textlen)
{
	const char *t = s + prefix;
	size_t tn = n - prefix;

	trim_space(&t, &tn);
	if (tn == n - prefix && tn != 0)
		return 0;
	*text = t;
	*textlen = tn;
	return 1;
}

/* splitGoBuild: "//go:build" at column 0, then space or end of line. */
static int
split_go_build(const char *s, size_t n, const char **text, size_t *textlen)
{
	if (!has_prefix(s, n, "//go:build"))
		return 0;
	trim_space(&s, &n);
	return split_rest(s, n, strlen("//go:build"), text, textlen);
}

/* splitPlusBuild: "//", optional space, "+build", then space or end. */
static int
split_plus_build(const char *s, size_t n, const char **text,
		 size_t *textlen)
{
	if (!has_prefix(s, n, "//"))
		return 0;
	s += 2;
	n -= 2;
	trim_space(&s, &n);
	if (!has_prefix(s, n, "+build"))
		return 0;
	return split_rest(s, n, strlen("+build"), text, textlen);
}

/* One literal of a // +build clause: "!!x" and "!" are the tag "ignore",
 * and so is an invalid tag, though a "!" before one still applies. */
static int
plus_lit_eval(const struct gotags *t, const char *s, size_t n)
{
	int neg = 0, v;

	if (has_prefix(s, n, "!!") || span_eq(s, n, "!"))
		return goconstraint_tag(t, "ignore", strlen("ignore"));
	if (has_prefix(s, n, "!")) {
		neg = 1;
		s++;
		n--;
	}
	if (n > 0 && tag_len(s, n) == n)
		v = goconstraint_tag(t, s, n);
	else
		v = goconstraint_tag(t, "ignore", strlen("ignore"));
	return neg ? !v : v;
}

/* A clause: literals separated by commas, ANDed (strings.Split, so empty
 * literals count, as invalid tags). */
static int
plus_clause_eval(const struct gotags *t, const char *s, size_t n)
{
	const char *comma;
	size_t k;
	int v = 1;

	for (;;) {
		comma = memchr(s, ',', n);
		k = comma ? (size_t)(comma - s) : n;
		v = plus_lit_eval(t, s, k) && v;
		if (!comma)
			return v;
		s += k + 1;
		n -= k + 1;
	}
}

/* parsePlusBuildExpr: clauses separated by spaces (strings.Fields), ORed;
 * no clause at all is the tag "ignore".  It never fails. */
static int
plus_build_eval(const struct gotags *t, const char *s, size_t n)
{
	size_t k;
	int any = 0, v = 0;

	for (;;) {
		k = run_len(s, n, 1);
		s += k;
		n -= k;
		if (n == 0)
			break;
		k = run_len(s, n, 0);
		v = plus_clause_eval(t, s, k) || v;
		any = 1;
		s += k;
		n -= k;
	}
	return any ? v : goconstraint_tag(t, "ignore", strlen("ignore"));
}

static int
gb_fail(struct gbparse *p)
{
	p->failed = 1;
	p->tok = TOK_END;
	return 0;
}

/* exprParser.lex: the next token into p->tok; a bad character fails. */
static void
gb_lex(struct gbparse *p)
{
	static const char single[] = "()!";
	static const enum gbtok singletok[] = { TOK_LPAREN, TOK_RPAREN,
						TOK_NOT };
	const char *c;
	char ch;

	if (p->failed)
		return;
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t'))
		p->i++;
	if (p->i >= p->n) {
		p->tok = TOK_END;
		return;
	}
	ch = p->s[p->i];
	if (ch != '\0' && (c = strchr(single, ch)) != NULL) {
		p->tok = singletok[c - single];
		p->i++;
	} else if (ch == '&' || ch == '|') {
		if (p->i + 1 >= p->n || p->s[p->i + 1] != ch) {
			gb_fail(p);
			return;
		}
		p->tok = ch == '&' ? TOK_AND : TOK_OR;
		p->i += 2;
	} else {
		p->tag = p->s + p->i;
		p->taglen = tag_len(p->tag, p->n - p->i);
		if (p->taglen == 0) {
			gb_fail(p);
			return;
		}
		p->tok = TOK_TAG;
		p->i += p->taglen;
	}
}

/* Entered with the first token lexed; leaves the next token lexed. */
static int
gb_atom(struct gbparse *p)
{
	int v;

	if (p->tok == TOK_LPAREN) {
		if (++p->depth > MAX_NEST)
			return gb_fail(p);
		v = gb_or(p);
		p->depth--;
		if (p->tok != TOK_RPAREN)
			return gb_fail(p);
		gb_lex(p);
		return v;
	}
	if (p->tok != TOK_TAG)
		return gb_fail(p);
	v = goconstraint_tag(p->t, p->tag, p->taglen);
	gb_lex(p);
	return v;
}

static int
gb_not(struct gbparse *p)
{
	gb_lex(p);
	if (p->tok != TOK_NOT)
		return gb_atom(p);
	gb_lex(p);
	if (p->tok == TOK_NOT)
		return gb_fail(p);
	return !gb_atom(p);
}

static int
gb_and(struct gbparse *p)
{
	int v = gb_not(p);

	while (p->tok == TOK_AND)
		v = gb_not(p) && v;
	return v;
}

static int
gb_or(struct gbparse *p)
{
	int v = gb_and(p);

	while (p->tok == TOK_OR)
		v = gb_and(p) || v;
	return v;
}

/* parseExpr: 1 with the value in *V, or 0 on a syntax error. */
static int
go_build_eval(const struct gotags *t, const char *s, size_t n, int *v)
{
	struct gbparse p;

	memset(&p, 0, sizeof(p));
	p.t = t;
	p.s = s;
	p.n = n;
	*v = gb_or(&p);
	if (p.tok != TOK_END)
		gb_fail(&p);
	return !p.failed;
}

/* constraint.Parse then Eval: 1 with the value in *V when S[0..N) is a
 * valid constraint line, else 0. */
static int
line_eval(const struct gotags *t, const char *s, size_t n, int *v)
{
	const char *text;
	size_t textlen;

	if (split_go_build(s, n, &text, &textlen))
		return go_build_eval(t, text, textlen, v);
	if (!split_plus_build(s, n, &text, &textlen))
		return 0;
	*v = plus_build_eval(t, text, textlen);
	return 1;
}

int
goconstraint_check(const struct gotags *t, const char *header, size_t len,
		   const char **line, size_t *linelen)
{
	const char *s = header, *nl;
	size_t n;
	int v;

	for (;;) {
		nl = len ? memchr(s, '\n', len) : NULL;
		n = nl ? (size_t)(nl - s) : len;
		if (has_prefix(s, n, "package "))
			break;
		if (line_eval(t, s, n, &v) && !v) {
			*line = s;
			*linelen = n;
			return 0;
		}
		if (!nl)
			break;
		s = nl + 1;
		len -= n + 1;
	}
	*line = NULL;
	*linelen = 0;
	return 1;
}
