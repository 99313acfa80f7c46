/* Unit tests of c/cerrupdate.c, the C dialect's -update_errors: how a
 * diagnostic's text becomes a pattern, and how each line's ERROR comment
 * is rewritten. */
#include "unit.h"
#include "arena.h"
#include "c/cerrupdate.h"
#include "regex.h"
#include "strbuf.h"

#include <stdio.h>
#include <string.h>

static const char *const gcc_tags[] = { "ERROR", "GCC_ERROR", NULL };

/* Each escaped text compiles and matches the text it came from. */
static void
test_escape(void)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{ "plain words, 'quotes' ok", "plain words, 'quotes' ok" },
		{ "a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o",
		  "a\\.b\\*c\\+d\\?e\\(f\\)g\\[h]i\\{j}k\\|l\\^m\\$n\\\\o" },
		{ "#error \"quoted\"", "#error \\x22quoted\\x22" },
		{ "tab\there\x7f", "tab\\x09here\\x7f" },
		{ "__LINE__ and LINE+1", "__[L]INE__ and [L]INE\\+1" },
		{ "a////b/////c", "a///\\/b///\\//c" },
		{ "ends */ here", "ends \\*\\/ here" },
		{ "*/", "\\*\\/" },
		{ "opens /* here", "opens /\\* here" },
		{ "caf\xc3\xa9", "caf\xc3\xa9" },
		{ "", "" },
	};
	struct regex *re;
	struct arena a;
	char err[256], *got;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		got = cerrupdate_escape(&a, cases[i].text);
		check_str(cases[i].text, got, cases[i].want);
		re = regex_compile(&a, got, err, sizeof(err));
		check(re && regex_match(re, cases[i].text,
					strlen(cases[i].text)) == 1,
		      cases[i].text, "escaped %s does not match it: %s", got,
		      re ? "no match" : err);
		arena_release(&a);
	}
}

/* The rewritten text and the changes, "LINE SIGN TEXT" joined by '|'. */
static void
test_rewrite(void)
{
	static const struct {
		const char *name, *text;
		const char *msgs[4];
		const char *want;	/* NULL: TEXT unchanged */
		const char *changes;
	} cases[] = {
		{ "a pattern that matches stays", "a; // ERROR \"undecl\"\n",
		  { "x.c:1: error: 'b' undeclared" }, NULL, "" },
		{ "a new comment at the end", "int a = b;  \n",
		  { "x.c:1: error: 'b' undeclared here (not in a function)" },
		  "int a = b; // ERROR \"'b' undeclared here \\(not in a "
		  "function\\)\"\n",
		  "1+'b' undeclared here \\(not in a function\\)" },
		{ "a dead pattern goes, and its comment", "int g;\t\t// ERROR "
		  "\"stale\"\nint h;\n", { NULL }, "int g;\nint h;\n",
		  "1-stale" },
		{ "a dead pattern replaced", "int c = d;\t// ERROR \"gone\"\n",
		  { "x.c:1: error: d" }, "int c = d;\t// ERROR \"d\"\n",
		  "1-gone|1+d" },
		{ "other compilers' lines are left alone",
		  "a; // CLANG_ERROR \"c\"\nb; // CLANG_ERROR \"d\"\n",
		  { "x.c:1: error: g" }, NULL,
		  "1!it has ERROR comments for other compilers" },
		{ "a new pattern after the last group",
		  "a; // GCC_ERROR \"old\" \"keep\"\n",
		  { "x.c:1: error: keep it", "x.c:1: error: new" },
		  "a; // GCC_ERROR \"keep\" ERROR \"new\"\n", "1-old|1+new" },
		{ "a new pattern in the last ERROR group",
		  "a; // GCC_ERROR \"g\"  ERROR  \"keep\" /* why */\n",
		  { "x.c:1: error: keep", "x.c:1: error: g", "x.c:1: error: n" },
		  "a; // GCC_ERROR \"g\"  ERROR  \"keep\" \"n\" /* why */\n",
		  "1+n" },
		{ "C90 comments", "/* errorcheck */\n\nint a = b;\n"
		  "x; /* ERROR \"old\" */ y;\nint c; /* ERROR \"stale\" */ int d;"
		  "\n", { "x.c:3: error: b", "x.c:4: error: new" },
		  "/* errorcheck */\n\nint a = b; /* ERROR \"b\" */\n"
		  "x; /* ERROR \"new\" */ y;\nint c; int d;\n",
		  "3+b|4-old|4+new|5-stale" },
		{ "what follows the patterns stays",
		  "a; // ERROR \"x\" // DIAG: y\nb; /* ERROR \"x\" more */\n",
		  { NULL }, "a; // DIAG: y\nb; /* more */\n", "1-x|2-x" },
		{ "longest first, a text once",
		  "a;\n", { "x.c:1: error: x", "x.c:1: warning: x y",
			    "x.c:1: error: x" },
		  "a; // ERROR \"x y\" \"x\"\n", "1+x y|1+x" },
		{ "a pattern a diagnostic another took is dead",
		  "a; // ERROR \"e\" \"e\"\n", { "x.c:1: error: e" },
		  "a; // ERROR \"e\"\n", "1-e" },
		{ "LINE patterns", "a;\nb; // ERROR \"LINE-1\"\n",
		  { "x.c:2: error: see x.c:1" }, NULL, "" },
		{ "CRLF lines, no last newline", "a;\r\nb; // ERROR \"s\"\r\nc;",
		  { "x.c:1: error: e", "x.c:3: error: f" },
		  "a; // ERROR \"e\"\r\nb;\r\nc; // ERROR \"f\"",
		  "1+e|2-s|3+f" },
		{ "a line with //// is off", "a; //// ERROR \"off\"\n",
		  { "x.c:1: error: e" }, NULL,
		  "1!its \"////\" turns ERROR comments off" },
		{ "a backslash ends the line", "#define X \\\n\t1\n",
		  { "x.c:1: warning: w" }, NULL,
		  "1!an ERROR comment at its end would change the code" },
		{ "a blank where a pattern was cut between two",
		  "a; //ERROR \"dead\"\"h\"GCC_ERROR \"g\"\n",
		  { "x.c:1: error: g", "x.c:1: error: h" },
		  "a; //ERROR \"h\"GCC_ERROR \"g\"\n", "1-dead" },
		{ "a second ERROR comment after the patterns",
		  "a; // ERROR \"old\" x // ERROR \"hidden\"\n", { NULL }, NULL,
		  "1!a second ERROR comment follows its patterns" },
		{ "an unreadable comment", "a; // ERROR \"open\n",
		  { "x.c:1: error: e" }, NULL,
		  "1!invalid ERROR comment: unclosed quote in \"open" },
		{ "other files and lines past the end", "a;\n",
		  { "y.h:1: error: e", "x.c:2: error: e", "cc1: error: opt" },
		  NULL, "" },
		{ "quotes in a diagnostic", "#error \"quoted\"\n",
		  { "x.c:1: error: #error \"quoted\"" },
		  "#error \"quoted\" // ERROR \"#error \\x22quoted\\x22\"\n",
		  "1+#error \\x22quoted\\x22" },
	};
	struct cerrupdate_changes ch;
	struct arena a;
	struct strbuf sb;
	char *msgs[4], *got;
	size_t i, k, n;

	strbuf_init(&sb, 0);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		strbuf_reset(&sb);
		memset(&ch, 0, sizeof(ch));
		for (n = 0; n < 4 && cases[i].msgs[n]; n++)
			msgs[n] = arena_strdup(&a, cases[i].msgs[n]);
		got = cerrupdate_text(&a, cases[i].text, "x.c", gcc_tags, msgs,
				      n, &ch);
		check_str(cases[i].name, got == cases[i].text ? NULL : got,
			  cases[i].want);
		for (k = 0; k < ch.n; k++)
			strbuf_addf(&sb, "%s%d%c%s", k ? "|" : "", ch.v[k].line,
				    ch.v[k].sign, ch.v[k].text);
		check_str(cases[i].name, sb.buf, cases[i].changes);
		arena_release(&a);
	}
	strbuf_release(&sb);
}

void
test_cerrupdate(void)
{
	test_escape();
	test_rewrite();
}
