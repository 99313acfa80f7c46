#ifndef RUNDRIVER_GOENV_H
#define RUNDRIVER_GOENV_H

/* What the Go toolchain under test says about itself, read once. */
struct goenv {
	char *go;		/* the go command to run */
	char *goroot;
	char *goos, *goarch;	/* target */
	char *hostos, *hostarch;
	char *goexperiment;	/* go env GOEXPERIMENT */
	int cgo;		/* CGO_ENABLED parses as true */
	int unified;		/* "unified" is in GOEXPERIMENT */
	int gcflags_noopt;	/* $GO_GCFLAGS contains -N or -l */
	char *gcflags;		/* $GO_GCFLAGS, "" when unset */
	char **experiments;	/* run.go's own goexperiment tags, NULL-ended */
	long timeout_scale;	/* $GO_TEST_TIMEOUT_SCALE, 1 when unset */
};

/* Ask COMPILER (the profile's go, or -compiler) with one "go env" call;
 * fatal when that fails. The caller frees with goenv_free. */
struct goenv *goenv_load(const char *compiler);
/* Free it. */
void goenv_free(struct goenv *g);

#endif
