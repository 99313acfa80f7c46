#ifndef RUNDRIVER_GOCONSTRAINT_H
#define RUNDRIVER_GOCONSTRAINT_H

#include <stddef.h>

/* The tag set a Go test is judged against, as run.go 1.19 sees it. */
struct gotags {
	const char *goos, *goarch;	/* target */
	int cgo;			/* CGO_ENABLED parses as true */
	int gcflags_noopt;		/* $GO_GCFLAGS contains -N or -l */
	const char *const *experiments;	/* NULL-terminated: enabled
					 * goexperiment names, e.g.
					 * "regabiargs" */
};

/* Is TAG (LEN bytes) true under T? run.go's match(): letters, digits, _
 * and . only; goexperiment.X, cgo, goos, goarch, gc, gcflags_noopt,
 * test_run; nothing else. */
int goconstraint_tag(const struct gotags *t, const char *tag, size_t len);
/* Check the constraint lines of HEADER[0..len) (the source up to
 * "\npackage": run.go's shouldTest() examines lines until one starts with
 * "package "), each //go:build or // +build line parsed as
 * go/build/constraint.Parse does (invalid lines ignored), all ANDed.
 * Return 1 when the test runs, 0 when a line is false; then *LINE points
 * at the start of the first false line inside HEADER and *LINELEN is its
 * length (for -show_skips). */
int goconstraint_check(const struct gotags *t, const char *header,
		       size_t len, const char **line, size_t *linelen);

#endif
