#ifndef RUNDRIVER_MATRIX_H
#define RUNDRIVER_MATRIX_H

#include <stddef.h>

struct job;

/* The verdicts of one list of tests under several profiles. */
struct matrix {
	char **tests;		/* the first profile's tests, borrowed */
	size_t ntests;
	const char **profiles;	/* borrowed names */
	size_t nprofiles;
	unsigned char *cells;	/* ntests x nprofiles, enum cell */
};

/* Start a matrix over the N TESTS (borrowed; they must outlive it). */
void matrix_init(struct matrix *m, char **tests, size_t n);
/* Record the verdicts of the N finished JOBS of profile NAME (borrowed);
 * a test of the first profile it does not have shows as "-". */
void matrix_add(struct matrix *m, const char *name, const struct job *jobs,
		size_t n);
/* Print the tests whose verdicts differ between the profiles, then the
 * totals per profile, on stdout. */
void matrix_print(const struct matrix *m);
/* Free what the matrix allocated. */
void matrix_release(struct matrix *m);

#endif
