/* Unit tests of golden.c: comparing and blessing NAME.out. */
#define _POSIX_C_SOURCE 200809L
#include "unit.h"
#include "arena.h"
#include "golden.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void
test_golden(void)
{
	static const struct {
		const char *name, *file, *got;	/* file NULL: absent */
		int if_present, ignore_space;
		const char *want;	/* NULL: pass; else message start */
	} cases[] = {
		{ "equal", "hi\n", "hi\n", 0, 0, NULL },
		{ "crlf normalised", "hi\nyo\n", "hi\r\nyo\r\n", 0, 0, NULL },
		{ "lone cr kept", "hi\n", "hi\r", 0, 0, "output does not match" },
		{ "differs", "hi\n", "ho\n", 0, 0, "output does not match" },
		{ "absent and empty", NULL, "", 0, 0, NULL },
		{ "absent and not empty", NULL, "x\n", 0, 0, "output should be "
		  "empty" },
		{ "absent, only if present", NULL, "x\n", 1, 0, NULL },
		{ "present, only if present", "y\n", "x\n", 1, 0, "output "
		  "does not match" },
		{ "blanks count, exactly", "a b\n", "a  b \n", 0, 0,
		  "output does not match" },
		{ "blanks squeezed", "a b\n", "a \t b  \n", 0, 1, NULL },
		{ "blanks at the end dropped", "a\nb\n", "a  \nb\t\n", 0, 1,
		  NULL },
		{ "no blank is not some blank", "ab\n", "a b\n", 0, 1,
		  "output does not match" },
		{ "words still count", "a b\n", "a c\n", 0, 1,
		  "output does not match" },
	};
	char dir[] = "/tmp/rd-golden-XXXXXX", path[512], *res;
	struct arena a;
	FILE *f;
	size_t i;

	arena_init(&a);
	check_str("path", golden_path(&a, "t/x.c"), "t/x.out");
	check_str("path of a dotted folder", golden_path(&a, "t.d/x"),
		  "t.d/x.out");
	if (!mkdtemp(dir)) {
		check(0, "mkdtemp", "failed");
		return;
	}
	snprintf(path, sizeof(path), "%s/x.out", dir);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		unlink(path);
		if (cases[i].file && (f = fopen(path, "w"))) {
			fputs(cases[i].file, f);
			fclose(f);
		}
		res = golden_check(&a, path, cases[i].got,
				   strlen(cases[i].got), 0, cases[i].if_present,
				   cases[i].ignore_space);
		if (res && cases[i].want)
			res[strlen(cases[i].want) < strlen(res) ?
			    strlen(cases[i].want) : strlen(res)] = '\0';
		check_str(cases[i].name, res, cases[i].want);
	}
	unlink(path);
	res = golden_check(&a, path, "new\r\n", 5, 1, 0, 0);
	check_str("bless writes", res, NULL);
	res = golden_check(&a, path, "new\n", 4, 0, 0, 0);
	check_str("blessed file matches", res, NULL);
	unlink(path);
	rmdir(dir);
	arena_release(&a);
}
