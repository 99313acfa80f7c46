#ifndef RUNDRIVER_MATRIX_H
#define RUNDRIVER_MATRIX_H

#include <stddef.h>

struct job;

/* A profile of the matrix: its name, family and the release its
 * compiler reported (NULL: unknown); all borrowed. */
struct matrix_col {
	const char *name, *family, *release;
};

/* The verdicts of one list of tests under several profiles. */
struct matrix {
	char **tests;		/* the first profile's tests, borrowed */
	size_t ntests;
	struct matrix_col *cols;
	size_t nprofiles;
	unsigned char *cells;	/* ntests x nprofiles: a verdict, and the
				 * side of a fixed: line it was on */
};

/* Start a matrix over the N TESTS (borrowed; they must outlive it). */
void matrix_init(struct matrix *m, char **tests, size_t n);
/* Record the verdicts of the N finished JOBS of profile COL; a test of
 * the first profile it does not have shows as "-". */
void matrix_add(struct matrix *m, const struct matrix_col *col,
		const struct job *jobs, size_t n);
/* Print the tests whose verdicts differ between the profiles, the
 * totals per profile, where verdicts change between the releases of one
 * compiler family, and how many fixed: lines the run proved (with
 * VERBOSE, which it did not and why), on stdout. */
void matrix_print(const struct matrix *m, int verbose);
/* Free what the matrix allocated. */
void matrix_release(struct matrix *m);

#endif
