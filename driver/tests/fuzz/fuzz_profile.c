/* libFuzzer target: the YAML profile loader (profile.h).
 *
 * The input is profile text. profile_parse reads it from an unterminated
 * copy (a read past the end is caught); when it loads, the result is
 * checked and the same bytes, written to a file in a private directory,
 * must load through profile_load to an identical profile. The directory
 * is made once per process under $TMPDIR and removed at exit; the file is
 * removed after each input.
 */
#define _POSIX_C_SOURCE 200809L
#include "dialect.h"
#include "dialects.h"
#include "profile.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[4096], file[4200];

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_profile: broken invariant: %s\n", what);
	abort();
}

static void
cleanup(void)
{
	unlink(file);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tmp = getenv("TMPDIR");

	(void)argc;
	(void)argv;
	snprintf(dir, sizeof(dir), "%s/fuzz-profile-XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		perror("fuzz_profile: mkdtemp");
		exit(2);
	}
	snprintf(file, sizeof(file), "%s/p.yaml", dir);
	atexit(cleanup);
	return 0;
}

static int
same_str(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* V[0..n) are strings and V[n] is NULL (V may be NULL when N is 0 and
 * NULL_OK). */
static int
good_strv(char **v, size_t n, int null_ok)
{
	size_t i;

	if (!v)
		return null_ok && n == 0;
	for (i = 0; i < n; i++)
		if (!v[i])
			return 0;
	return v[n] == NULL;
}

static int
same_strv(char **a, size_t na, char **b, size_t nb)
{
	size_t i;

	if (na != nb || !a != !b)
		return 0;
	for (i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return 0;
	return 1;
}

static void
check_profile(const struct profile *p)
{
	int k;

	if (!p->path || !p->name || !p->dialect_name || !p->compiler)
		fail("missing required field");
	if (!p->dialect || dialect_find(p->dialect_name) != p->dialect)
		fail("unknown dialect accepted");
	if (p->dialect->needs_diagnostics && !p->diag)
		fail("profile without the diagnostics its dialect needs");
	if (!p->diagnostics != !p->diag)
		fail("diagnostics not compiled with the profile");
	if (!good_strv(p->extensions, p->nextensions, 0) ||
	    !good_strv(p->tags, p->ntags, 0) || !good_strv(p->env, p->nenv, 0) ||
	    !good_strv(p->error_tags, p->nerror_tags, 1) ||
	    !good_strv(p->version.words, p->version.n, 1) ||
	    !good_strv(p->flags.words, p->flags.n, 1))
		fail("malformed list");
	for (k = 0; k < STEP_NKINDS; k++)
		if (!good_strv(p->steps[k].words, p->steps[k].n, 1))
			fail("malformed step");
	if (!(p->timeout > 0) || p->output_limit == 0)
		fail("timeout or output limit not positive");
}

static void
compare(const struct profile *a, const struct profile *b)
{
	int k, same;

	same = same_str(a->path, b->path) && same_str(a->name, b->name) &&
	       same_str(a->dialect_name, b->dialect_name) &&
	       same_str(a->compiler, b->compiler) &&
	       same_str(a->diagnostics, b->diagnostics) &&
	       same_str(a->known_failures, b->known_failures) &&
	       a->timeout == b->timeout && a->output_limit == b->output_limit &&
	       same_strv(a->extensions, a->nextensions, b->extensions,
			 b->nextensions) &&
	       same_strv(a->tags, a->ntags, b->tags, b->ntags) &&
	       same_strv(a->env, a->nenv, b->env, b->nenv) &&
	       same_strv(a->error_tags, a->nerror_tags, b->error_tags,
			 b->nerror_tags) &&
	       same_strv(a->version.words, a->version.n, b->version.words,
			 b->version.n) &&
	       same_strv(a->flags.words, a->flags.n, b->flags.words,
			 b->flags.n);
	for (k = 0; k < STEP_NKINDS; k++)
		same = same && same_strv(a->steps[k].words, a->steps[k].n,
					 b->steps[k].words, b->steps[k].n);
	if (!same)
		fail("profile_load and profile_parse differ");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = malloc(size ? size : 1), err[512];
	struct profile *p, *q;
	FILE *f;

	memcpy(copy, data, size);
	err[0] = '\0';
	p = profile_parse(file, copy, size, err, sizeof(err));
	free(copy);
	if (!p) {
		if (strncmp(err, file, strlen(file)) != 0 ||
		    err[strlen(file)] != ':')
			fail("error message does not name the file");
		return 0;
	}
	check_profile(p);
	f = fopen(file, "wb");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
		perror("fuzz_profile: writing the profile");
		exit(2);
	}
	q = profile_load(file);
	unlink(file);
	compare(p, q);
	profile_free(q);
	profile_free(p);
	return 0;
}
