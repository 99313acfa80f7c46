/* The verdict matrix of a run under several profiles: a cell per test
 * and profile, the rows that differ, the totals, the releases of a
 * family where a verdict changes, and the fixed: lines proved on both
 * sides. It reads finished jobs and never runs anything. */
#define _POSIX_C_SOURCE 200809L
#include "matrix.h"
#include "job.h"
#include "release.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What one test did under one profile. */
enum cell { C_NONE, C_OK, C_FAIL, C_SKIP, C_BUG, C_FIXED, C_KNOWN, C_N };

/* Which side of its fixed: line a cell ran on, above the verdict. */
enum side { S_NONE, S_BEFORE, S_AFTER };

#define CELL(x) ((x) & 15)
#define SIDE(x) ((x) >> 4)

static const char *const cell_words[C_N] = {
	[C_NONE] = "-", [C_OK] = "ok", [C_FAIL] = "FAIL", [C_SKIP] = "skip",
	[C_BUG] = "BUG", [C_FIXED] = "FIXED", [C_KNOWN] = "known",
};

void
matrix_init(struct matrix *m, char **tests, size_t n)
{
	memset(m, 0, sizeof(*m));
	m->tests = tests;
	m->ntests = n;
}

static enum cell
verdict_of(const struct job *j)
{
	switch (j->status) {
	case ST_OK:
		return j->expect_fail ? C_KNOWN : C_OK;
	case ST_FAIL:
		return C_FAIL;
	case ST_SKIP:
		return C_SKIP;
	case ST_BUG:
		return C_BUG;
	case ST_FIXED:
		return C_FIXED;
	default:
		return C_NONE;
	}
}

/* A job's cell: its verdict, and the side of its fixed: line it ran on. */
static unsigned char
cell_of(const struct job *j)
{
	enum side side = j->expect == EXPECT_UNFIXED ? S_BEFORE :
			 j->expect == EXPECT_FIXED ? S_AFTER : S_NONE;

	return (unsigned char)(side << 4 | verdict_of(j));
}

void
matrix_add(struct matrix *m, const struct matrix_col *col,
	   const struct job *jobs, size_t n)
{
	size_t p = m->nprofiles++, i, k = 0;

	m->cols = xrealloc(m->cols, m->nprofiles * sizeof(*m->cols));
	m->cols[p] = *col;
	m->cells = xrealloc(m->cells, m->ntests * m->nprofiles);
	/* move the earlier rows to their wider places, last first */
	for (i = m->ntests; i-- > 0;) {
		memmove(m->cells + i * m->nprofiles, m->cells + i * p, p);
		m->cells[i * m->nprofiles + p] = C_NONE;
	}
	/* the lists are usually the same: try the next job first */
	for (i = 0; i < m->ntests; i++) {
		if (k >= n || strcmp(jobs[k].path, m->tests[i]) != 0)
			for (k = 0; k < n; k++)
				if (strcmp(jobs[k].path, m->tests[i]) == 0)
					break;
		if (k < n)
			m->cells[i * m->nprofiles + p] = cell_of(&jobs[k++]);
	}
}

static int
row_differs(const struct matrix *m, size_t i)
{
	const unsigned char *row = m->cells + i * m->nprofiles;
	size_t p;

	for (p = 1; p < m->nprofiles; p++)
		if (CELL(row[p]) != CELL(row[0]))
			return 1;
	return 0;
}

static void
print_totals(const struct matrix *m, int width)
{
	size_t p, i, count[C_N];
	int c;

	printf("\n%-*s", width, "profile");
	for (c = C_OK; c < C_N; c++)
		printf(" %6s", cell_words[c]);
	printf("\n");
	for (p = 0; p < m->nprofiles; p++) {
		memset(count, 0, sizeof(count));
		for (i = 0; i < m->ntests; i++)
			count[CELL(m->cells[i * m->nprofiles + p])]++;
		printf("%-*s", width, m->cols[p].name);
		for (c = C_OK; c < C_N; c++)
			printf(" %6zu", count[c]);
		printf("\n");
	}
}

/* The columns of FAMILY whose release is known, by release: their
 * count, into ORDER (room for every column). */
static size_t
family_cols(const struct matrix *m, const char *family, size_t *order)
{
	size_t p, n = 0, k;

	for (p = 0; p < m->nprofiles; p++) {
		if (!m->cols[p].release || strcmp(m->cols[p].family, family))
			continue;
		for (k = n; k > 0 && release_cmp(m->cols[order[k - 1]].release,
						  m->cols[p].release, 0) > 0; k--)
			order[k] = order[k - 1];
		order[k] = p;
		n++;
	}
	return n;
}

/* Test I's verdicts along the N columns ORDER, as runs of one verdict:
 * "BUG up to clang-14, ok from clang-15". */
static void
print_changes(const struct matrix *m, size_t i, const size_t *order,
	      size_t n)
{
	const unsigned char *row = m->cells + i * m->nprofiles;
	size_t a = 0, b;

	printf("%s:", m->tests[i]);
	while (a < n) {
		for (b = a; b + 1 < n && CELL(row[order[b + 1]]) ==
					 CELL(row[order[a]]); b++)
			;
		printf("%s %s", a ? "," : "", cell_words[CELL(row[order[a]])]);
		if (a == 0 && b + 1 < n)
			printf(" up to %s", m->cols[order[b]].name);
		else if (a > 0 && b + 1 == n)
			printf(" from %s", m->cols[order[a]].name);
		else if (a > 0 && a == b)
			printf(" at %s", m->cols[order[a]].name);
		else if (a > 0)
			printf(" from %s to %s", m->cols[order[a]].name,
			       m->cols[order[b]].name);
		a = b + 1;
	}
	printf("\n");
}

/* For each family with two releases or more: the tests whose verdict
 * changes from one release to another, and where. */
static void
print_families(const struct matrix *m)
{
	size_t *order = xcalloc(m->nprofiles, sizeof(*order));
	size_t p, q, i, k, n, changed;
	const unsigned char *row;

	for (p = 0; p < m->nprofiles; p++) {
		for (q = 0; q < p && strcmp(m->cols[q].family,
					    m->cols[p].family); q++)
			;
		n = q < p ? 0 : family_cols(m, m->cols[p].family, order);
		if (n < 2)
			continue;
		printf("\n== releases of %s:", m->cols[p].family);
		for (k = 0; k < n; k++)
			printf("%s %s %s", k ? "," : "",
			       m->cols[order[k]].name,
			       m->cols[order[k]].release);
		printf("\n");
		for (i = changed = 0; i < m->ntests; i++) {
			row = m->cells + i * m->nprofiles;
			for (k = 1; k < n && CELL(row[order[k]]) ==
					     CELL(row[order[0]]); k++)
				;
			if (k < n && ++changed)
				print_changes(m, i, order, n);
		}
		if (!changed)
			printf("no test changes its verdict between them\n");
	}
	free(order);
}

/* Is test I proved in column P's family: failing (BUG) on a release
 * before its fix and passing on one after? */
static int
proved_in(const struct matrix *m, size_t i, size_t p)
{
	const unsigned char *row = m->cells + i * m->nprofiles;
	int before = 0, after = 0;
	size_t q;

	for (q = 0; q < m->nprofiles; q++) {
		if (strcmp(m->cols[q].family, m->cols[p].family))
			continue;
		before |= SIDE(row[q]) == S_BEFORE && CELL(row[q]) == C_BUG;
		after |= SIDE(row[q]) == S_AFTER && CELL(row[q]) == C_OK;
	}
	return before && after;
}

/* Why test I, which has a fixed: line, is not proved here. */
static const char *
unproved_why(const struct matrix *m, size_t i)
{
	const unsigned char *row = m->cells + i * m->nprofiles;
	int before = 0, after = 0;
	size_t p;

	for (p = 0; p < m->nprofiles; p++) {
		before |= SIDE(row[p]) == S_BEFORE;
		after |= SIDE(row[p]) == S_AFTER;
	}
	return !before ? "no release before its fix ran" :
	       !after ? "no release with its fix ran" :
	       "a release failed on the wrong side";
}

/* How many tests with a fixed: line failed before their fix and passed
 * after it, per family, and how many ran on one side only (with VERBOSE,
 * which and why). */
static void
print_proofs(const struct matrix *m, int verbose)
{
	size_t i, p, q, proved = 0, sided = 0, count;
	int any, one, shown = 0;

	for (i = 0; i < m->ntests; i++) {
		for (p = any = one = 0; p < m->nprofiles; p++) {
			any |= SIDE(m->cells[i * m->nprofiles + p]) != S_NONE;
			one |= proved_in(m, i, p);
		}
		proved += one;
		sided += any && !one;
	}
	if (!proved && !sided)
		return;
	printf("\n== fixed: %zu tests proved, failing before their fix and "
	       "passing after", proved);
	for (p = 0; p < m->nprofiles; p++) {
		for (q = 0; q < p && strcmp(m->cols[q].family,
					    m->cols[p].family); q++)
			;
		if (q < p)
			continue;
		for (i = count = 0; i < m->ntests; i++)
			count += proved_in(m, i, p);
		if (count)
			printf("%s%s %zu", shown++ ? ", " : " (",
			       m->cols[p].family, count);
	}
	printf("%s; %zu not proved here\n", shown ? ")" : "", sided);
	for (i = 0; verbose && i < m->ntests; i++) {
		for (p = any = one = 0; p < m->nprofiles; p++) {
			any |= SIDE(m->cells[i * m->nprofiles + p]) != S_NONE;
			one |= proved_in(m, i, p);
		}
		if (any && !one)
			printf("not proved: %s: %s\n", m->tests[i],
			       unproved_why(m, i));
	}
}

void
matrix_print(const struct matrix *m, int verbose)
{
	size_t i, p, ndiff = 0;
	int width = 8;

	for (i = 0; i < m->ntests; i++) {
		if (!row_differs(m, i))
			continue;
		ndiff++;
		if ((int)strlen(m->tests[i]) > width)
			width = (int)strlen(m->tests[i]);
	}
	printf("\n== matrix: %zu of %zu tests differ between", ndiff,
	       m->ntests);
	for (p = 0; p < m->nprofiles; p++)
		printf("%s %s", p ? "," : "", m->cols[p].name);
	printf("\n");
	if (ndiff) {
		printf("%-*s", width, "test");
		for (p = 0; p < m->nprofiles; p++)
			printf("  %-6s", m->cols[p].name);
		printf("\n");
	}
	for (i = 0; i < m->ntests; i++) {
		if (!row_differs(m, i))
			continue;
		printf("%-*s", width, m->tests[i]);
		for (p = 0; p < m->nprofiles; p++)
			printf("  %-6s",
			       cell_words[CELL(m->cells[i * m->nprofiles +
							p])]);
		printf("\n");
	}
	print_totals(m, width);
	print_families(m);
	print_proofs(m, verbose);
	fflush(stdout);
}

void
matrix_release(struct matrix *m)
{
	free(m->cols);
	free(m->cells);
	memset(m, 0, sizeof(*m));
}
