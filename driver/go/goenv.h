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
	char *tooldir;		/* GOTOOLDIR, or NULL: tools via "go tool" */
	char **toolenv;		/* what "go tool" adds to a tool's
				 * environment, NULL-terminated */
};

/* Ask COMPILER (the profile's go, or -compiler) with one "go env" call;
 * fatal when that fails. The caller frees with goenv_free. */
struct goenv *goenv_load(const char *compiler);
/* Ask for GOTOOLDIR and the environment "go tool" gives a tool (under
 * GOENV=off and an empty GOFLAGS, as tests run), so that compile, link,
 * asm and pack can be started without a go command in between. 0, or -1
 * (and nothing set) when the go command cannot say. */
int goenv_tools(struct goenv *g);
/* Free it. */
void goenv_free(struct goenv *g);

#endif
