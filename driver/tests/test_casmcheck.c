/* Unit tests of c/casmcheck.c: the checks read from C sources and
 * matched against -S listings, per machine and tag. */
#define _POSIX_C_SOURCE 200809L
#include "unit.h"
#include "arena.h"
#include "c/casmcheck.h"

#include <stdio.h>
#include <string.h>

/* A gcc-like listing of two functions, an object and a cold part. */
static const char listing[] =
	"\t.text\n"
	"\t.globl\ttimes9\n"
	"\t.type\ttimes9, @function\n"
	"times9:\n"
	".LFB0:\n"
	"\t.cfi_startproc\n"
	"\tleal\t(%rdi,%rdi,8), %eax\n"
	"\tret\t# done\n"
	"\t.cfi_endproc\n"
	"\t.size\ttimes9, .-times9\n"
	"after:\n"
	"\timull\t$10, %edi, %eax\n"
	"\tjmp\tother\n"
	"\t.size\tafter, .-after\n"
	"table:\n"
	"\t.long\t1\n";

void
test_casmcheck(void)
{
	static const struct {
		const char *name, *src, *machine;
		int parse_rc, nchecks;
		const char *want;	/* NULL: checks hold; else in message */
	} cases[] = {
		{ "positive holds", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// amd64:\"lea\"\n}\n", "x86_64", 0, 1, NULL },
		{ "negative holds", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// amd64:-\"imul\"\n}\n", "x86_64", 0, 1, NULL },
		{ "positive fails", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// amd64:\"imul\"\n}\n", "x86_64", 0, 1,
		  "t.c:4: amd64: opcode not found: \"imul\"" },
		{ "negative fails", "int\nafter(int x)\n{\n\treturn x; "
		  "// x86_64:-\"imul\"\n}\n", "x86_64", 0, 1,
		  "t.c:4: x86_64: wrong opcode found: \"imul\"" },
		{ "listing shown", "int\nafter(int x)\n{\n\treturn x; "
		  "// x86_64:-\"imul\"\n}\n", "x86_64", 0, 1,
		  "after:\n\timull $10, %edi, %eax\n\tjmp other\n" },
		{ "directives left out", "int\ntimes9(int x)\n{\n\treturn x;"
		  " // amd64:-`cfi`,-\"done\"\n}\n", "x86_64", 0, 2, NULL },
		{ "size ends the function", "int\ntimes9(int x)\n{\n\treturn "
		  "x; // amd64:-\"jmp\"\n}\n", "x86_64", 0, 1, NULL },
		{ "one-line definition", "int after(int x) { return x; } "
		  "// amd64:\"jmp other\"\n", "x86_64", 0, 1, NULL },
		{ "attribute line before the definition",
		  "__attribute__((noinline))\nint\ntimes9(int x)\n{\n\t"
		  "return x; // amd64:\"lea\"\n}\n", "x86_64", 0, 1, NULL },
		{ "attribute on the definition's line",
		  "__attribute__((noipa, cold)) int after(int x)\n{\n\treturn"
		  " x; // amd64:\"jmp other\"\n}\n", "x86_64", 0, 1, NULL },
		{ "several entries", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// amd64:\"lea\",\"ret\" arm64:\"madd\"\n}\n", "x86_64", 0,
		  2, NULL },
		{ "other machine dropped", "int\ntimes9(int x)\n{\n\treturn x;"
		  " // arm64:\"madd\"\n}\n", "x86_64", 0, 0, NULL },
		{ "arm64 on aarch64", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// arm64:\"madd\"\n}\n", "aarch64", 0, 1, "opcode not "
		  "found" },
		{ "tag present", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// gcc.amd64:\"imul\"\n}\n", "x86_64", 0, 1, "not found" },
		{ "tag absent", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// clang.amd64:\"imul\"\n}\n", "x86_64", 0, 0, NULL },
		{ "escaped quote", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// amd64:-\"\\\"\"\n}\n", "x86_64", 0, 1, NULL },
		{ "missing function", "int\nnowhere(int x)\n{\n\treturn x; "
		  "// amd64:\"ret\"\n}\n", "x86_64", 0, 1, "function nowhere "
		  "has no listing" },
		{ "ordinary comment", "int\ntimes9(int x)\n{\n\t// see: "
		  "below\n\treturn x;\n}\n", "x86_64", 0, 0, NULL },
		{ "comment in a string", "int\ntimes9(int x)\n{\n\tputs(\"// "
		  "amd64:\\\"imul\\\"\");\n}\n", "x86_64", 0, 0, NULL },
		{ "unknown arch", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// amd46:\"lea\"\n}\n", "x86_64", -1, 0, NULL },
		{ "outside a function", "int x; // amd64:\"lea\"\n", "x86_64",
		  -1, 0, NULL },
		{ "unclosed quote", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// amd64:\"lea\n}\n", "x86_64", -1, 0, NULL },
		{ "bad regexp", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// amd64:\"(\"\n}\n", "x86_64", -1, 0, NULL },
		{ "trailing junk", "int\ntimes9(int x)\n{\n\treturn x; "
		  "// amd64:\"lea\" and more\n}\n", "x86_64", -1, 0, NULL },
	};
	static const char *const tags[] = { "gcc", "c11", NULL };
	struct casmchecks ck;
	struct arena a;
	char err[256], *res;
	size_t i;
	int rc, line;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		arena_init(&a);
		memset(&ck, 0, sizeof(ck));
		rc = casmcheck_parse(&a, cases[i].src, cases[i].machine, tags,
				     &ck, &line, err, sizeof(err));
		check_int(cases[i].name, rc, cases[i].parse_rc);
		if (rc == 0) {
			check_int(cases[i].name, (long)ck.n, cases[i].nchecks);
			res = casmcheck_match(&a, &ck, listing, "t.c");
			if (!cases[i].want)
				check(res == NULL, cases[i].name, "got %s", res);
			else
				check(res && strstr(res, cases[i].want),
				      cases[i].name, "want %s in %s",
				      cases[i].want, res ? res : "(null)");
		}
		arena_release(&a);
	}
}
