/* Unified diffs of two texts, for golden-output failures. Pure: it
 * formats into a buffer and touches no file. */
#define _POSIX_C_SOURCE 200809L
#include "diff.h"
#include "strbuf.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

enum { CONTEXT = 3, MAX_CELLS = 4000000 };

/* A text cut into lines; a last line without '\n' is marked. */
struct lines {
	const char **p;
	size_t *len;
	size_t n;
};

static void
lines_split(struct lines *l, const char *s)
{
	size_t cap = 16;
	const char *eol;

	l->p = xmalloc(cap * sizeof(*l->p));
	l->len = xmalloc(cap * sizeof(*l->len));
	l->n = 0;
	while (*s) {
		if (l->n == cap) {
			cap *= 2;
			l->p = xrealloc(l->p, cap * sizeof(*l->p));
			l->len = xrealloc(l->len, cap * sizeof(*l->len));
		}
		eol = strchr(s, '\n');
		l->p[l->n] = s;
		l->len[l->n] = eol ? (size_t)(eol - s + 1) : strlen(s);
		s += l->len[l->n++];
	}
}

static int
line_eq(const struct lines *a, size_t i, const struct lines *b, size_t j)
{
	return a->len[i] == b->len[j] &&
	       memcmp(a->p[i], b->p[j], a->len[i]) == 0;
}

/* The edit script: for each step, ' ' keep, '-' delete from A, '+' add
 * from B. Common prefix and suffix are kept; the middle is an LCS when it
 * is small enough, else delete-all then add-all. */
static char *
edit_script(const struct lines *a, const struct lines *b, size_t *n)
{
	size_t pre = 0, suf = 0, ma, mb, i, j, k = 0;
	char *ops = xmalloc(a->n + b->n + 1);
	unsigned *t = NULL;

	while (pre < a->n && pre < b->n && line_eq(a, pre, b, pre))
		pre++;
	while (suf < a->n - pre && suf < b->n - pre &&
	       line_eq(a, a->n - 1 - suf, b, b->n - 1 - suf))
		suf++;
	ma = a->n - pre - suf;
	mb = b->n - pre - suf;
	memset(ops, ' ', pre);
	k = pre;
	if (ma && mb && (ma + 1) * (mb + 1) <= MAX_CELLS) {
		t = xcalloc((ma + 1) * (mb + 1), sizeof(*t));
#define T(x, y) t[(x) * (mb + 1) + (y)]
		for (i = ma; i-- > 0;)
			for (j = mb; j-- > 0;)
				T(i, j) = line_eq(a, pre + i, b, pre + j) ?
					  T(i + 1, j + 1) + 1 :
					  T(i + 1, j) > T(i, j + 1) ?
					  T(i + 1, j) : T(i, j + 1);
		for (i = j = 0; i < ma || j < mb;) {
			if (i < ma && j < mb && line_eq(a, pre + i, b, pre + j))
				ops[k++] = ' ', i++, j++;
			else if (i < ma && (j == mb || T(i + 1, j) >= T(i, j + 1)))
				ops[k++] = '-', i++;
			else
				ops[k++] = '+', j++;
		}
#undef T
		free(t);
	} else {
		memset(ops + k, '-', ma);
		k += ma;
		memset(ops + k, '+', mb);
		k += mb;
	}
	memset(ops + k, ' ', suf);
	*n = k + suf;
	return ops;
}

static void
add_line(struct strbuf *out, char op, const struct lines *l, size_t i)
{
	strbuf_add(out, &op, 1);
	strbuf_add(out, l->p[i], l->len[i]);
	if (l->p[i][l->len[i] - 1] != '\n')
		strbuf_addstr(out, "\n\\ No newline at end of file\n");
}

/* Write the hunk covering ops [lo, hi). */
static int
hunk(struct strbuf *out, const char *ops, size_t lo, size_t hi,
     const struct lines *a, const struct lines *b, int budget)
{
	size_t k, i = 0, j = 0, na = 0, nb = 0;
	int written = 0;

	for (k = 0; k < lo; k++) {
		i += ops[k] != '+';
		j += ops[k] != '-';
	}
	for (k = lo; k < hi; k++) {
		na += ops[k] != '+';
		nb += ops[k] != '-';
	}
	strbuf_addf(out, "@@ -%zu,%zu +%zu,%zu @@\n", na ? i + 1 : i, na,
		    nb ? j + 1 : j, nb);
	for (k = lo; k < hi; k++) {
		if (written++ >= budget) {
			strbuf_addstr(out, "... (diff truncated)\n");
			return -1;
		}
		if (ops[k] == '+')
			add_line(out, '+', b, j++);
		else if (ops[k] == '-')
			add_line(out, '-', a, i++);
		else
			add_line(out, ' ', a, i++), j++;
	}
	return written;
}

void
diff_unified(struct strbuf *out, const char *a, const char *name_a,
	     const char *b, const char *name_b, int max_lines)
{
	struct lines la, lb;
	size_t n, k, lo, hi, last;
	char *ops;
	int w;

	if (strcmp(a, b) == 0)
		return;
	lines_split(&la, a);
	lines_split(&lb, b);
	ops = edit_script(&la, &lb, &n);
	strbuf_addf(out, "--- %s\n+++ %s\n", name_a, name_b);
	for (k = 0; k < n && max_lines > 0;) {
		while (k < n && ops[k] == ' ')
			k++;
		if (k == n)
			break;
		lo = k > CONTEXT ? k - CONTEXT : 0;
		/* extend while changes are within 2*CONTEXT of each other */
		last = k;
		for (hi = k; hi < n; hi++) {
			if (ops[hi] != ' ')
				last = hi;
			else if (hi - last > 2 * CONTEXT)
				break;
		}
		hi = last + 1 + CONTEXT < n ? last + 1 + CONTEXT : n;
		w = hunk(out, ops, lo, hi, &la, &lb, max_lines);
		if (w < 0)
			break;
		max_lines -= w;
		k = hi;
	}
	free(ops);
	free(la.p);
	free(la.len);
	free(lb.p);
	free(lb.len);
}
