/* The verdict matrix of a run under several profiles: a cell per test
 * and profile, the rows that differ, the totals. It reads finished jobs
 * and never runs anything. */
#define _POSIX_C_SOURCE 200809L
#include "matrix.h"
#include "job.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What one test did under one profile. */
enum cell { C_NONE, C_OK, C_FAIL, C_SKIP, C_BUG, C_FIXED, C_KNOWN, C_N };

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
cell_of(const struct job *j)
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

void
matrix_add(struct matrix *m, const char *name, const struct job *jobs,
	   size_t n)
{
	size_t p = m->nprofiles++, i, k = 0;

	m->profiles = xrealloc(m->profiles, m->nprofiles * sizeof(char *));
	m->profiles[p] = name;
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
		if (row[p] != row[0])
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
			count[m->cells[i * m->nprofiles + p]]++;
		printf("%-*s", width, m->profiles[p]);
		for (c = C_OK; c < C_N; c++)
			printf(" %6zu", count[c]);
		printf("\n");
	}
}

void
matrix_print(const struct matrix *m)
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
		printf("%s %s", p ? "," : "", m->profiles[p]);
	printf("\n");
	if (ndiff) {
		printf("%-*s", width, "test");
		for (p = 0; p < m->nprofiles; p++)
			printf("  %-6s", m->profiles[p]);
		printf("\n");
	}
	for (i = 0; i < m->ntests; i++) {
		if (!row_differs(m, i))
			continue;
		printf("%-*s", width, m->tests[i]);
		for (p = 0; p < m->nprofiles; p++)
			printf("  %-6s",
			       cell_words[m->cells[i * m->nprofiles + p]]);
		printf("\n");
	}
	print_totals(m, width);
	fflush(stdout);
}

void
matrix_release(struct matrix *m)
{
	free(m->profiles);
	free(m->cells);
	memset(m, 0, sizeof(*m));
}
