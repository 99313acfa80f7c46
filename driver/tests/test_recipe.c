/* Unit tests of the recipes: recipe.c's splitting, c/crecipe.c's block
 * and go/gorecipe.c's run.go rules, each dialect's own flags. */
#include "unit.h"
#include "arena.h"
#include "c/cpath.h"
#include "c/crecipe.h"
#include "go/gorecipe.h"
#include "recipe.h"
#include "strbuf.h"

#include <stdio.h>
#include <string.h>

/* Words joined by SEP for comparison. */
static void
join_by(struct strbuf *sb, char **w, size_t n, const char *sep)
{
	size_t i;

	strbuf_reset(sb);
	for (i = 0; i < n; i++)
		strbuf_addf(sb, "%s%s", i ? sep : "", w[i]);
}

static void
test_split(void)
{
	static const struct {
		const char *in, *want;	/* want NULL: an error */
	} cases[] = {
		{ "run", "run" },
		{ "  run  a\tb ", "run|a|b" },
		{ "run \"a b\" 'c d'", "run|a b|c d" },
		{ "run a\\ b", "run|a b" },
		{ "run \"\"", "run|" },
		{ "run x\"y z\"w", "run|xy zw" },
		{ "run \"unclosed", NULL },
		{ "run trailing\\", NULL },
		{ "", "" },
	};
	struct arena a;
	struct strbuf sb;
	char **w, err[128];
	size_t i, n;
	int rc;

	strbuf_init(&sb, 0);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		rc = recipe_split(&a, cases[i].in, &w, &n, err, sizeof(err));
		if (rc == 0)
			join_by(&sb, w, n, "|");
		check_str(cases[i].in, rc == 0 ? sb.buf : NULL, cases[i].want);
		arena_release(&a);
	}
	strbuf_release(&sb);
}

/* TEXT's recipe as "action|flags|args|requires", or "error LINE: why",
 * into SB. */
static void
parsed(struct strbuf *sb, const char *text, const char *const *vflags)
{
	struct arena a;
	struct recipe r;
	struct crecipe cr;
	struct strbuf f;
	char err[256];
	size_t k;
	int line;

	arena_init(&a);
	strbuf_init(&f, 0);
	strbuf_reset(sb);
	if (crecipe_parse(&a, text, vflags, &r, &cr, &line, err,
			  sizeof(err)) < 0) {
		strbuf_addf(sb, "error %d: %s", line, err);
	} else {
		join_by(&f, r.flags, r.nflags, "|");
		strbuf_addf(sb, "%s|%s|", r.action, f.buf);
		for (k = 0; k < r.nargs; k++)
			strbuf_addf(sb, "%s%s", k ? " " : "", r.args[k]);
		strbuf_addstr(sb, "|");
		for (k = 0; k < cr.nrequires; k++)
			strbuf_addstr(sb, cr.requires[k]);
	}
	strbuf_release(&f);
	arena_release(&a);
}

static void
test_parse(void)
{
	static const struct {
		const char *text;
		const char *want;	/* action|flags|args|requires, or the error */
	} cases[] = {
		{ "// run\n\nint x;\n", "run|||" },
		{ "// run -O2 -t 5 a b\n\nx\n", "run|-O2|a b|" },
		{ "// run -s -goexperiment x\n\n", "run|-s|-goexperiment|x|" },
		{ "// compile -include stdio.h\n\n", "compile|-include|stdio.h|" },
		{ "// errorcheck -0 -Wall\n\n", "errorcheck|-Wall||" },
		{ "// run a -notflag\n\n", "run||a -notflag|" },
		{ "// run\n// requires: gcc && !tcc\n// text\n\n",
		  "run|||gcc && !tcc" },
		{ "// +build linux\n// compile\n\n", "compile|||" },
		{ "/* run x */\n\nint main;\n", "run||x|" },
		{ "// run\r\n\r\nint x;\r\n", "run|||" },
		{ "", "error 1: empty file: no test directive" },
		{ "\n// run\n", "error 1: file starts with a blank line: no "
			       "test directive" },
		{ "// run\nint x;\n", "error 2: code inside the recipe block: a "
			      "blank line must end the leading comment" },
		{ "// run\n", "error 2: recipe not ended by a blank line" },
		{ "int x;\n\n", "error 1: no test directive: the file must start "
			   "with a comment such as \"// run\"" },
		{ "//\n\n", "error 1: no test directive: the first comment line "
			  "must name an action such as \"run\"" },
		{ "// run -t\n\n", "error 1: -t needs a number of seconds" },
		{ "// run -t x\n\n", "error 1: need number of seconds for -t "
			       "timeout, got x instead" },
		{ "// run \"a\n\n", "error 1: invalid test recipe: unclosed "
			      "quote" },
	};
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb, 0);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		parsed(&sb, cases[i].text, NULL);
		check_str(cases[i].text, sb.buf, cases[i].want);
	}
	strbuf_release(&sb);
}

/* Flags whose value is the next word keep it, before the source; the
 * program's arguments stay the program's. */
static void
test_value_flags(void)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{ "// run -include stdio.h -O1\n\n", "run|-include|stdio.h|-O1||" },
		{ "// errorcheck -0 --param max-inline-insns-single=2 -Wall\n\n",
		  "errorcheck|--param|max-inline-insns-single=2|-Wall||" },
		{ "// run -I inc -D X=1 -x c a b\n\n",
		  "run|-I|inc|-D|X=1|-x|c|a b|" },
		{ "// run -Iinc -DX=1 -Xlinker -s arg\n\n",
		  "run|-Iinc|-DX=1|-Xlinker|-s|arg|" },
		{ "// run -include\n\n", "error 1: -include needs a value" },
	};
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb, 0);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		parsed(&sb, cases[i].text, cpath_value_flags);
		check_str(cases[i].text, sb.buf, cases[i].want);
	}
	strbuf_release(&sb);
}

static void
test_want_error(void)
{
	static const struct {
		const char *text;
		int want_error;
		double timeout;
	} cases[] = {
		{ "// errorcheck\n\n", -1, 0 },
		{ "// errorcheck -0\n\n", 0, 0 },
		{ "// compile -1\n\n", 1, 0 },
		{ "// run -t 2.5\n\n", -1, 2.5 },
	};
	struct arena a;
	struct recipe r;
	struct crecipe cr;
	char err[128];
	size_t i;
	int line;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		crecipe_parse(&a, cases[i].text, NULL, &r, &cr, &line, err,
			      sizeof(err));
		check_int(cases[i].text, r.want_error, cases[i].want_error);
		check(r.timeout == cases[i].timeout, cases[i].text,
		      "timeout %g, want %g", r.timeout, cases[i].timeout);
		arena_release(&a);
	}
}

void
test_recipe(void)
{
	test_split();
	test_parse();
	test_value_flags();
	test_want_error();
}

/* run.go's recipe rules for the Go dialect. */
void
test_gorecipe(void)
{
	static const struct {
		const char *text;
		const char *want;	/* action|flags|args|goexps|-s, or the error */
	} cases[] = {
		{ "// run\n\npackage main\n", "run||||0" },
		{ "// errorcheck -0 -m -l\n\npackage p\n",
		  "errorcheck|-m -l|||0" },
		{ "// run\n// +build amd64\n\npackage main\n",
		  "run||// +build amd64||0" },
		{ "// +build linux\n// run\n\npackage main\n", "run||||0" },
		{ "// +build ignore\n\npackage main\n", "+build||ignore||0" },
		{ "// run -goexperiment fieldtrack x\n\npackage main\n",
		  "run||x|fieldtrack|0" },
		{ "// run\npackage main\n\nfunc main() {}\n",
		  "run||package main||0" },
		{ "// rundir -ldflags -X=a\n\npackage ignored\n",
		  "rundir|-ldflags -X=a|||0" },
		{ "// rundir -s -l\n\npackage ignored\n", "rundir|-l|||1" },
		{ "// run -goexperiment\n\npackage main\n",
		  "error: -goexperiment needs a value" },
		{ "\n// run\n\n", "skip: starts with newline" },
		{ "// run\npackage main\n", "error: double newline ending "
		  "execution recipe not found in x.go" },
		{ "", "error: empty file: no test recipe" },
		{ "//\n\npackage p\n", "||||0" },
	};
	struct arena a;
	struct gorecipe g;
	struct goflags gf;
	struct recipe r;
	struct strbuf sb, f;
	char err[256];
	size_t i;
	int rc;

	strbuf_init(&sb, 0);
	strbuf_init(&f, 0);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		strbuf_reset(&sb);
		rc = gorecipe_cut(cases[i].text, strlen(cases[i].text), "x.go",
				  &g, err, sizeof(err));
		if (rc == 0)
			rc = gorecipe_parse(&a, &g, &r, &gf, err,
					    sizeof(err)) < 0 ? -1 : 0;
		if (rc != 0) {
			strbuf_addf(&sb, "%s: %s", rc > 0 ? "skip" : "error",
				    err);
		} else {
			join_by(&f, r.flags, r.nflags, " ");
			strbuf_addf(&sb, "%s|%s|", r.action, f.buf);
			join_by(&f, r.args, r.nargs, " ");
			strbuf_addf(&sb, "%s|", f.buf);
			join_by(&f, gf.experiments, gf.nexperiments, " ");
			strbuf_addf(&sb, "%s|%d", f.buf, gf.single);
		}
		check_str(cases[i].text, sb.buf, cases[i].want);
		arena_release(&a);
	}
	strbuf_release(&sb);
	strbuf_release(&f);
}
