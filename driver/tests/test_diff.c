/* Unit tests of diff.c: unified diffs of two texts. */
#include "unit.h"
#include "diff.h"
#include "strbuf.h"

void
test_diff(void)
{
	static const struct {
		const char *name, *a, *b, *want;
	} cases[] = {
		{ "equal", "x\ny\n", "x\ny\n", "" },
		{ "one line changed", "a\nb\nc\n", "a\nB\nc\n",
		  "--- want\n+++ got\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n" },
		{ "added at end", "a\n", "a\nb\n",
		  "--- want\n+++ got\n@@ -1,1 +1,2 @@\n a\n+b\n" },
		{ "from empty", "", "a\n",
		  "--- want\n+++ got\n@@ -0,0 +1,1 @@\n+a\n" },
		{ "missing newline", "a\n", "a",
		  "--- want\n+++ got\n@@ -1,1 +1,1 @@\n-a\n+a\n"
		  "\\ No newline at end of file\n" },
		{ "context is three lines",
		  "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nX\n6\n7\n8\n9\n",
		  "--- want\n+++ got\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+X\n"
		  " 6\n 7\n 8\n" },
		{ "two hunks",
		  "a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n",
		  "A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n",
		  "--- want\n+++ got\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n"
		  "@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n" },
	};
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb, 0);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		strbuf_reset(&sb);
		diff_unified(&sb, cases[i].a, "want", cases[i].b, "got", 100);
		check_str(cases[i].name, sb.buf, cases[i].want);
	}
	strbuf_reset(&sb);
	diff_unified(&sb, "a\nb\nc\nd\n", "want", "1\n2\n3\n4\n", "got", 3);
	check_str("truncated", sb.buf, "--- want\n+++ got\n@@ -1,4 +1,4 @@\n"
		  "-a\n-b\n-c\n... (diff truncated)\n");
	strbuf_release(&sb);
}
