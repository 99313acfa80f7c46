/* libFuzzer target: the requires: expressions (constraint.h) and Go's
 * build constraints (goconstraint.h).
 *
 * The input is evaluated as a requires: expression, whose value must not
 * change inside parentheses and must flip under "!"; as a constraint
 * header (an unterminated copy, so that a read past the end is caught)
 * under two tag sets; and after "//go:build " as one line, whose value
 * must agree with constraint_eval's whenever both accept it.
 */
#include "constraint.h"
#include "go/goconstraint.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const experiments[] = { "regabiargs", "fieldtrack",
					   NULL };
static const struct gotags configs[] = {
	{ "linux", "amd64", 1, 0, experiments },
	{ "windows", "386", 0, 1, NULL },
};
/* What goconstraint_tag holds true under each of configs, as plain tags. */
static const char *const ctags[][8] = {
	{ "linux", "amd64", "cgo", "gc", "test_run", "goexperiment.regabiargs",
	  "goexperiment.fieldtrack", NULL },
	{ "windows", "386", "gcflags_noopt", "gc", "test_run", NULL },
};

static void
fail(const char *what)
{
	fprintf(stderr, "fuzz_constraint: broken invariant: %s\n", what);
	abort();
}

static void
check_requires(const char *expr, size_t k)
{
	char err[256], *wrapped;
	size_t n = strlen(expr);
	int v, w;

	err[0] = '\0';
	v = constraint_eval(expr, ctags[k], err, sizeof(err));
	if (v < -1 || v > 1)
		fail("constraint_eval out of range");
	if (v < 0) {
		if (!err[0])
			fail("constraint_eval failed without a message");
		return;
	}
	wrapped = malloc(n + 4);
	snprintf(wrapped, n + 4, "!(%s)", expr);
	/* Wrapping adds two levels of nesting, which may pass the limit. */
	w = constraint_eval(wrapped, ctags[k], err, sizeof(err));
	if (w != !v && !(w < 0 && strstr(err, "deep")))
		fail("!(expr) is not the negation of expr");
	w = constraint_eval(wrapped + 1, ctags[k], err, sizeof(err));
	if (w != v && !(w < 0 && strstr(err, "deep")))
		fail("(expr) differs from expr");
	free(wrapped);
}

static void
check_header(const uint8_t *data, size_t size, size_t k)
{
	char *copy = malloc(size ? size : 1);
	const char *line = NULL;
	size_t linelen = 0;
	int v;

	memcpy(copy, data, size);
	v = goconstraint_check(&configs[k], size ? copy : NULL, size, &line,
			       &linelen);
	if (v == 1 && (line || linelen))
		fail("a true header reports a line");
	if (v == 0 && (!line || line < copy || line + linelen > copy + size ||
		       (line > copy && line[-1] != '\n') ||
		       memchr(line, '\n', linelen)))
		fail("the false line is not a line of the header");
	if (v != 0 && v != 1)
		fail("goconstraint_check out of range");
	v = goconstraint_tag(&configs[k], copy, size);
	if (v != 0 && v != 1)
		fail("goconstraint_tag out of range");
	free(copy);
}

/* goconstraint_check of "//go:build " FMT (with EXPR for %s): 1 when the
 * line is true or does not parse, 0 when it is false. */
static int
go_line(const char *fmt, const char *expr, size_t k)
{
	size_t n = strlen(fmt) + strlen(expr) + 16, badlen;
	char *line = malloc(n);
	const char *bad;
	int v;

	memcpy(line, "//go:build ", 11);
	snprintf(line + 11, n - 11, fmt, expr);
	v = goconstraint_check(&configs[k], line, strlen(line), &bad, &badlen);
	free(line);
	return v;
}

/* "//go:build EXPR" and the requires: expression EXPR agree when both
 * parse (the tag sets hold the same names). An EXPR that constraint_eval
 * accepts is balanced, so Go parses "!(EXPR)" exactly when it parses
 * EXPR; a line that does not parse is ignored (true), hence Go parsed EXPR
 * exactly when one of the two lines is false. */
static void
check_agree(const char *expr, size_t k)
{
	char err[256];
	int c, g, gn;

	if (strchr(expr, '\n'))
		return;
	c = constraint_eval(expr, ctags[k], err, sizeof(err));
	if (c < 0)
		return;
	g = go_line("%s", expr, k);
	gn = go_line("!(%s)", expr, k);
	if (g + gn == 1 && g != c)
		fail("requires: and //go:build disagree");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	size_t k;

	memcpy(text, data, size);
	text[size] = '\0';
	for (k = 0; k < 2; k++) {
		check_requires(text, k);
		check_header(data, size, k);
		check_agree(text, k);
	}
	free(text);
	return 0;
}
