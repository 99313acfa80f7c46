/* Unit tests of the ERROR machinery: c/cerror.c's comments and
 * diagnostic lines, errcheck.c's matching, go/goerror.c and
 * go/goerrupdate.c for the Go dialect. */
#include "unit.h"
#include "arena.h"
#include "c/cerror.h"
#include "errcheck.h"
#include "go/goerror.h"
#include "go/goerrupdate.h"
#include "regex.h"
#include "strbuf.h"

#include <stdio.h>
#include <string.h>

static const char *const gcc_tags[] = { "ERROR", "GCC_ERROR", NULL };

static void
test_wanted(void)
{
	static const struct {
		const char *text;
		const char *want;	/* "prefix pattern;" each, or the error */
	} cases[] = {
		{ "int x; // ERROR \"a\"\n", "x.c:1 a;" },
		{ "\nx; // ERROR \"a\" \"b c\"\n", "x.c:2 a;x.c:2 b c;" },
		{ "x; /* ERROR \"a\" */ y;\n", "x.c:1 a;" },
		{ "x; // GCC_ERROR \"g\" CLANG_ERROR \"c\"\n", "x.c:1 g;" },
		{ "x; // CLANG_ERROR \"c\" GCC_ERROR \"g\" \"h\"\n",
		  "x.c:1 g;x.c:1 h;" },
		{ "x; // CLANG_ERROR \"c\"\n", "" },
		{ "x; //// ERROR \"disabled\"\n", "" },
		{ "a\nb\nc; // ERROR \"LINE-1 LINE LINE+2\"\n",
		  "x.c:3 x.c:2 x.c:3 x.c:5;" },
		{ "x; // ERROR \"a\\(b\\)\"\n", "x.c:1 a\\(b\\);" },
		{ "x; // error \"lowercase is not an annotation\"\n", "" },
		{ "s = \"// not ERROR\";\n", "" },
		{ "x; // ERROR\n", "" },
		{ "x; // ERROR no quotes\n", "error 1: invalid ERROR comment: "
		  "ERROR needs a quoted pattern;" },
		{ "\n\nx; // ERROR \"(\"\n", "error 3: invalid regexp \"(\" in "
		  "ERROR line: missing closing parenthesis at offset 1;" },
		/* every unusable pattern is named, the others still count */
		{ "a; // ERROR \"(\" \"ok\"\nb; // ERROR \"LINE+x\"\n"
		  "c; // ERROR \"c\"\n",
		  "error 1: invalid regexp \"(\" in ERROR line: missing "
		  "closing parenthesis at offset 1;error 2: invalid pattern "
		  "\"LINE+x\" in ERROR line: LINE+ must be followed by a "
		  "number;x.c:1 ok;x.c:3 c;" },
		{ "a; // ERROR \"kept\" \"open\n",
		  "error 1: invalid ERROR comment: unclosed quote in \"open;"
		  "x.c:1 kept;" },
		{ "a; // ERROR \"a\" GCC_ERROR\n", "error 1: invalid ERROR "
		  "comment: GCC_ERROR needs a quoted pattern;x.c:1 a;" },
	};
	struct cerror_badlist bad;
	struct arena a;
	struct wantlist w;
	struct strbuf sb;
	size_t i, k;

	strbuf_init(&sb, 0);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		strbuf_reset(&sb);
		memset(&w, 0, sizeof(w));
		memset(&bad, 0, sizeof(bad));
		cerror_wanted(&a, cases[i].text, "x.c", gcc_tags, &w, &bad);
		for (k = 0; k < bad.n; k++)
			strbuf_addf(&sb, "error %d: %s;", bad.v[k].line,
				    bad.v[k].msg);
		for (k = 0; k < w.n; k++)
			strbuf_addf(&sb, "%s %s;", w.v[k].prefix,
				    w.v[k].pattern);
		check_str(cases[i].text, sb.buf, cases[i].want);
		arena_release(&a);
	}
	strbuf_release(&sb);
}

static const char diag_re[] =
	"^(?<file>[^:\\n]+):(?<line>\\d+):(?:\\d+:)? (?<text>(?:fatal error|"
	"error|warning): .*)$";

static void
test_split(void)
{
	static const struct {
		const char *out;
		const char *want;	/* entries joined by '|' */
	} cases[] = {
		{ "/t/x.c: In function 'f':\n"
		  "/t/x.c:3:17: error: bad /t/x.c thing\n"
		  "    3 |   int x = \"s\";\n"
		  "      |           ^\n",
		  "x.c:3: error: bad x.c thing" },
		{ "x.c:1:2: warning: w\r\nx.c:2: error: e\n",
		  "x.c:1: warning: w|x.c:2: error: e" },
		{ "x.c:1:2: error: e\n\tcontinued\n",
		  "x.c:1: error: e\n\tcontinued" },
		{ "\torphan continuation\nx.c:1:2: note: n\n", "" },
		{ "cc1: error: bad option\n", "cc1: error: bad option" },
		{ "dir/y.h:7:1: error: e", "y.h:7: error: e" },
		{ "", "" },
	};
	struct arena a;
	struct strbuf sb;
	struct regex *re;
	char err[128], **v;
	size_t i, k, n;

	re = regex_compile(NULL, diag_re, err, sizeof(err));
	check(re != NULL, "diagnostics regexp", "%s", err);
	strbuf_init(&sb, 0);
	for (i = 0; re && i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		strbuf_reset(&sb);
		v = cerror_split(&a, cases[i].out, re, "/t/x.c", "x.c", &n);
		for (k = 0; k < n; k++)
			strbuf_addf(&sb, "%s%s", k ? "|" : "", v[k]);
		check_str(cases[i].out, sb.buf, cases[i].want);
		arena_release(&a);
	}
	strbuf_release(&sb);
	regex_free(re);
}

static void
test_match(void)
{
	static const struct {
		const char *name, *src;
		const char *msgs[4];
		const char *want;	/* NULL: pass */
	} cases[] = {
		{ "one match", "a; // ERROR \"bad\"\n", { "x.c:1: error: bad" },
		  NULL },
		{ "column prefix", "a; // ERROR \"bad\"\n",
		  { "x.c:1:5: error: bad" }, NULL },
		{ "missing", "\na; // ERROR \"bad\"\n", { NULL },
		  "x.c:2: missing error \"bad\"" },
		{ "no match", "a; // ERROR \"bad\"\n", { "x.c:1: error: good" },
		  "\nx.c:1: no match for `bad` in:\n\tx.c:1: error: good\n"
		  "Unmatched Errors:\nx.c:1: error: good\n" },
		{ "unmatched", "a;\n", { "x.c:1: error: e" },
		  "\nUnmatched Errors:\nx.c:1: error: e\n" },
		{ "line 1 is not line 12", "a; // ERROR \"e\"\n",
		  { "x.c:1: error: e", "x.c:12: error: e" },
		  "\nUnmatched Errors:\nx.c:12: error: e\n" },
		{ "one pattern eats all it matches", "a; // ERROR \"e\"\n",
		  { "x.c:1: error: e1", "x.c:1: error: e2" }, NULL },
		{ "two patterns need two messages", "a; // ERROR \"e\" \"e\"\n",
		  { "x.c:1: error: e1" }, "x.c:1: missing error \"e\"" },
		{ "dir prefix ignored", "a; // ERROR \"e\"\n",
		  { "sub/x.c:1: error: e" }, NULL },
		{ "text starts after first space", "a; // ERROR \"^error\"\n",
		  { "x.c:1: error: e" }, NULL },
		{ "dot does not match newline", "a; // ERROR \"e.c\"\n",
		  { "x.c:1: error: e\nc" },
		  "\nx.c:1: no match for `e.c` in:\n\tx.c:1: error: e\nc\n"
		  "Unmatched Errors:\nx.c:1: error: e\nc\n" },
		{ "quote in pattern output", "a; // ERROR \"`\"\n", { NULL },
		  "x.c:1: missing error \"`\"" },
		{ "backquote falls back to %q", "a; // ERROR \"`\"\n",
		  { "x.c:1: error: e" },
		  "\nx.c:1: no match for \"`\" in:\n\tx.c:1: error: e\n"
		  "Unmatched Errors:\nx.c:1: error: e\n" },
	};
	struct cerror_badlist bad;
	struct arena a;
	struct wantlist w;
	char *msgs[4], *res;
	size_t i, n;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		memset(&w, 0, sizeof(w));
		memset(&bad, 0, sizeof(bad));
		cerror_wanted(&a, cases[i].src, "x.c", gcc_tags, &w, &bad);
		for (n = 0; n < 4 && cases[i].msgs[n]; n++)
			msgs[n] = arena_strdup(&a, cases[i].msgs[n]);
		res = errcheck_match(&a, &w, msgs, n);
		check_str(cases[i].name, res, cases[i].want);
		arena_release(&a);
	}
}

/* The C dialect's failure message: a line counting the problems first,
 * every unusable pattern, and a hint when a missing error's diagnostic
 * sits 1 to 3 lines away. */
static void
test_report(void)
{
	static const struct {
		const char *name, *src, *head;
		const char *msgs[4];
		const char *want;	/* NULL: pass */
	} cases[] = {
		{ "pass", "a; // ERROR \"bad\"\n", NULL, { "x.c:1: error: bad" },
		  NULL },
		{ "head alone", "a;\n", "H", { NULL }, "H" },
		{ "head, then counts", "a; // ERROR \"e\"\n", "H", { NULL },
		  "H\n1 missing\nx.c:1: missing error \"e\"" },
		{ "missing", "\na; // ERROR \"bad\"\n", NULL, { NULL },
		  "1 missing\nx.c:2: missing error \"bad\"" },
		{ "no match", "a; // ERROR \"bad\"\n", NULL,
		  { "x.c:1: error: good" },
		  "1 missing, 1 unexpected\nx.c:1: no match for `bad` in:\n"
		  "\tx.c:1: error: good\nUnmatched Errors:\nx.c:1: error: good" },
		{ "one line off", "a; // ERROR \"inc\"\nb;\n", NULL,
		  { "x.c:2: warning: incompatible" },
		  "1 missing, 1 unexpected\nx.c:1: missing error \"inc\", but "
		  "a diagnostic on line 2 matches it: x.c:2: warning: "
		  "incompatible; is the ERROR comment 1 line off?\n"
		  "Unmatched Errors:\nx.c:2: warning: incompatible" },
		{ "three lines up, first line of the diagnostic",
		  "\n\n\n\na; // ERROR \"inc\"\n", NULL,
		  { "x.c:2: error: inc\n\tmore" },
		  "1 missing, 1 unexpected\nx.c:5: missing error \"inc\", but "
		  "a diagnostic on line 2 matches it: x.c:2: error: inc; is "
		  "the ERROR comment 3 lines off?\nUnmatched Errors:\n"
		  "x.c:2: error: inc\n\tmore" },
		{ "four lines is too far", "a; // ERROR \"inc\"\n", NULL,
		  { "x.c:5: error: inc" },
		  "1 missing, 1 unexpected\nx.c:1: missing error \"inc\"\n"
		  "Unmatched Errors:\nx.c:5: error: inc" },
		{ "another file", "a; // ERROR \"inc\"\n", NULL,
		  { "y.h:2: error: inc" },
		  "1 missing, 1 unexpected\nx.c:1: missing error \"inc\"\n"
		  "Unmatched Errors:\ny.h:2: error: inc" },
		{ "nearest pair first, one hint per diagnostic",
		  "a; // ERROR \"e\"\nb; // ERROR \"e\"\n", NULL,
		  { "x.c:3: error: e" },
		  "2 missing, 1 unexpected\nx.c:1: missing error \"e\"\n"
		  "x.c:2: missing error \"e\", but a diagnostic on line 3 "
		  "matches it: x.c:3: error: e; is the ERROR comment 1 line "
		  "off?\nUnmatched Errors:\nx.c:3: error: e" },
		{ "hint under a no match", "a; // ERROR \"inc\"\n", NULL,
		  { "x.c:1: error: other", "x.c:2: error: inc" },
		  "1 missing, 2 unexpected\nx.c:1: no match for `inc` in:\n"
		  "\tx.c:1: error: other\n\tbut a diagnostic on line 2 matches "
		  "it: x.c:2: error: inc; is the ERROR comment 1 line off?\n"
		  "Unmatched Errors:\nx.c:2: error: inc\nx.c:1: error: other" },
		{ "invalid patterns, and the rest matched",
		  "a; // ERROR \"(\" \"e\"\nb; // ERROR \"x\n", NULL,
		  { "x.c:1: error: e", "x.c:2: error: f" },
		  "1 invalid pattern, 1 invalid ERROR comment, 1 unexpected\n"
		  "x.c:1: invalid regexp \"(\" in ERROR line: missing closing "
		  "parenthesis at offset 1\nx.c:2: invalid ERROR comment: "
		  "unclosed quote in \"x\nUnmatched Errors:\nx.c:2: error: f" },
		{ "plurals", "a; // ERROR \"p\" \"q\"\n", NULL,
		  { "x.c:3: error: r", "x.c:4: error: s" },
		  "2 missing, 2 unexpected\nx.c:1: missing error \"p\"\n"
		  "x.c:1: missing error \"q\"\nUnmatched Errors:\n"
		  "x.c:3: error: r\nx.c:4: error: s" },
	};
	struct cerror_badlist bad;
	struct errcheck_result res;
	struct arena a;
	struct wantlist w;
	char *msgs[4];
	size_t i, n;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		memset(&w, 0, sizeof(w));
		memset(&bad, 0, sizeof(bad));
		cerror_wanted(&a, cases[i].src, "x.c", gcc_tags, &w, &bad);
		for (n = 0; n < 4 && cases[i].msgs[n]; n++)
			msgs[n] = arena_strdup(&a, cases[i].msgs[n]);
		errcheck_run(&a, &w, msgs, n, &res);
		check_str(cases[i].name, cerror_report(&a, cases[i].head, "x.c",
						       &bad, &res),
			  cases[i].want);
		arena_release(&a);
	}
}

/* A pattern that backtracks catastrophically fails its test with a
 * message naming it, instead of hanging the run. */
static void
test_catastrophic(void)
{
	struct cerror_badlist bad = { 0 };
	struct arena a;
	struct wantlist w = { 0 };
	char *msgs[1], *res;

	arena_init(&a);
	cerror_wanted(&a, "a; // ERROR \"(a+)+$\"\n", "x.c", gcc_tags, &w,
		      &bad);
	msgs[0] = arena_strdup(&a, "x.c:1: error: aaaaaaaaaaaaaaaaaaaaaaaaaaaa"
			       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab");
	res = errcheck_match(&a, &w, msgs, 1);
	check_str("catastrophic pattern hits the match limit", res,
		  "x.c:1: pattern \"(a+)+$\" hit the PCRE2 match limit");
	arena_release(&a);
}

/* A compile that printed nothing hands over no messages at all (NULL):
 * every pattern is then missing, and no pattern means a match. */
static void
test_no_messages(void)
{
	struct cerror_badlist bad = { 0 };
	struct arena a;
	struct wantlist w = { 0 };

	arena_init(&a);
	check_str("no messages, no patterns", errcheck_match(&a, &w, NULL, 0),
		  NULL);
	cerror_wanted(&a, "a; // ERROR \"e\"\n", "x.c", gcc_tags, &w, &bad);
	check_str("no messages, one pattern", errcheck_match(&a, &w, NULL, 0),
		  "x.c:1: missing error \"e\"");
	arena_release(&a);
}

void
test_errcheck(void)
{
	test_no_messages();
	test_wanted();
	test_split();
	test_match();
	test_report();
	test_catastrophic();
}

/* run.go's wantedErrors and splitOutput for the Go dialect. */
void
test_goerrcheck(void)
{
	static const struct {
		const char *text, *want;
	} wanted[] = {
		{ "x := 1 // ERROR \"a\" \"b\"\n", "x.go:1 a;x.go:1 b;" },
		{ "x // GC_ERROR \"g\"\n", "x.go:1 g;" },
		{ "x // GCCGO_ERROR \"g\"\n", "" },
		{ "x // ERROR \"a\" // GCCGO_ERROR \"b\"\n", "x.go:1 a;x.go:1 b;" },
		{ "x //// ERROR \"off\"\n", "" },
		{ "x // ERRORAUTO \"auto\"\n", "<autogenerated> auto;" },
		{ "\nx // ERROR \"LINE+1 \\(\"\n", "x.go:2 x.go:3 \\(;" },
		{ "x //ERROR \"no space\"\n", "" },
		{ "x // ERROR no quotes\n", "error 1: invalid errchk line: "
		  "x // ERROR no quotes" },
	};
	static const struct {
		const char *out, *want;
		int want_auto;
	} split[] = {
		{ "# command-line-arguments\n/t/x.go:3: bad /t/x.go\n"
		  "\tmore\n\ngo tool compile: exit 1\n",
		  "x.go:3: bad x.go\n\tmore", 0 },
		{ "<autogenerated>:1: a\n/t/x.go:1: b\r\n",
		  "x.go:1: b", 0 },
		{ "<autogenerated>:1: a\n", "<autogenerated>:1: a", 1 },
		{ "\tleading tab\n  \n", "", 0 },
	};
	struct arena a;
	struct wantlist w;
	struct strbuf sb;
	char err[256], **v, *full = "/t/x.go", *shortn = "x.go";
	size_t i, k, n;
	int line;

	strbuf_init(&sb, 0);
	for (i = 0; i < sizeof(wanted) / sizeof(wanted[0]); i++) {
		arena_init(&a);
		strbuf_reset(&sb);
		memset(&w, 0, sizeof(w));
		if (goerror_wanted(&a, wanted[i].text, "x.go", &w, &line, err,
				   sizeof(err)) < 0)
			strbuf_addf(&sb, "error %d: %s", line, err);
		for (k = 0; k < w.n; k++)
			strbuf_addf(&sb, "%s %s;", w.v[k].prefix,
				    w.v[k].pattern);
		check_str(wanted[i].text, sb.buf, wanted[i].want);
		arena_release(&a);
	}
	for (i = 0; i < sizeof(split) / sizeof(split[0]); i++) {
		arena_init(&a);
		strbuf_reset(&sb);
		v = goerror_split(&a, split[i].out, split[i].want_auto, &full,
				  &shortn, 1, &n);
		for (k = 0; k < n; k++)
			strbuf_addf(&sb, "%s%s", k ? "|" : "", v[k]);
		check_str(split[i].out, sb.buf, split[i].want);
		arena_release(&a);
	}
	strbuf_release(&sb);
	arena_init(&a);
	check_str("update_errors",
		  goerrupdate_text(&a, "x := 1 // ERROR \"old\"\ny\n",
				   "/t/x.go:1: bad \"thing\" (autotmp_12)\n"
				   "/t/x.go:1: another /t/x.go\n"
				   "/t/other.go:2: z\n/t/x.go:9: far\n"
				   "/t/x.go:1: another /t/x.go\n", "/t/x.go"),
		  "x := 1 // ERROR \"another x.go$\" "
		  "\"bad .thing. \\(autotmp_[0-9]+\\)$\"\ny\n");
	arena_release(&a);
}
