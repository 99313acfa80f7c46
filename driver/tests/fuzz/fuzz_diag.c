/* libFuzzer target: the splitting of compiler output into diagnostics.
 *
 * The input is compiler output, optionally preceded by a source text and a
 * NUL byte. It goes through cerror_split with the diagnostics pattern of
 * config/gcc.yaml (loaded once from FUZZ_CONFIG), through run.go's
 * splitOutput (goerror_split, with and without ERRORAUTO lines), and,
 * with the source, through run.go's -update_errors (goerrupdate_text).
 */
#include "arena.h"
#include "c/cerror.h"
#include "go/goerror.h"
#include "go/goerrupdate.h"
#include "profile.h"
#include "regex.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_CONFIG
#define FUZZ_CONFIG "config"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct regex *diag;

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_diag: broken invariant: %s\n", what);
	abort();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct profile *p;
	char err[512];

	(void)argc;
	(void)argv;
	p = profile_load(FUZZ_CONFIG "/gcc.yaml");
	diag = regex_compile(NULL, p->diagnostics, err, sizeof(err));
	if (!diag) {
		fprintf(stderr, "fuzz_diag: gcc diagnostics: %s\n", err);
		exit(2);
	}
	profile_free(p);
	return 0;
}

/* V[0..n) are entries; a continuation line never starts one (only a
 * file name can put a TAB first, in "file:line: text"). */
static void
check_entries(char **v, size_t n, int go)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!v[i])
			fail("NULL entry");
		if (go && v[i][0] == '\t')
			fail("entry starts with a continuation");
	}
	if (n && v[n])
		fail("entries not NULL-terminated");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 2), **v, *up;
	char *full[] = { "/t/x.go", "/t/y.go" }, *shortn[] = { "x.go", "y.go" };
	const char *src, *out;
	struct arena a;
	size_t n, nl;

	memcpy(text, data, size);
	text[size] = text[size + 1] = '\0';
	nl = strlen(text);
	src = nl < size ? text : "";
	out = nl < size ? text + nl + 1 : text;
	arena_init(&a);
	v = cerror_split(&a, out, diag, "/t/x.c", "x.c", &n);
	check_entries(v, n, 0);
	v = goerror_split(&a, out, 0, full, shortn, 2, &n);
	check_entries(v, n, 1);
	v = goerror_split(&a, out, 1, full, shortn, 2, &n);
	check_entries(v, n, 1);
	up = goerrupdate_text(&a, src, out, "/t/x.go");
	if (!up)
		fail("update_go gave nothing");
	arena_release(&a);
	free(text);
	return 0;
}
