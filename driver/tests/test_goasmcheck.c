/* Unit tests of go/goasmcheck.c: run.go's asmcheck parse, environments
 * and matching against real Go 1.19 listings. */
#include "unit.h"
#include "arena.h"
#include "go/goasmcheck.h"
#include "errcheck.h"
#include "strbuf.h"

#define NELEM(x) (sizeof(x) / sizeof((x)[0]))

/* The file the listings below were built from (Go 1.19, GOAMD64=v1). */
#define ABS "/usr/lib/go-1.19/test/codegen/bits.go"
#define POS(n) "\t0x0000 00000 (" ABS ":" #n ")\t"

/* Parse SRC into "env line re;" items (re %q-quoted, '-' first when
 * negative) or "error LINE: message". */
static char *
parse_show(struct arena *a, const char *src)
{
	struct goasmchecks c;
	struct strbuf sb;
	char err[256], *res;
	size_t i;
	int line = 0;

	strbuf_init(&sb, 0);
	if (goasmcheck_parse(a, src, &c, &line, err, sizeof(err)) < 0)
		strbuf_addf(&sb, "error %d: %s", line, err);
	for (i = 0; i < c.n; i++)
		strbuf_addf(&sb, "%s %d %s%s;", c.v[i].env, c.v[i].line,
			    c.v[i].negative ? "-" : "",
			    errcheck_quote(a, c.v[i].re));
	res = arena_strdup(a, sb.buf ? sb.buf : "");
	strbuf_release(&sb);
	return res;
}

static void
test_parse(void)
{
	static const struct {
		const char *name, *src, *want;
	} cases[] = {
		{ "arch without variants", "x // arm64:\"ADD\"\n",
		  "linux/arm64/ 1 \"^ADD\";" },
		{ "every variant", "\nx // 386:\"MOVL\"",
		  "linux/386/sse2 2 \"^MOVL\";"
		  "linux/386/softfloat 2 \"^MOVL\";" },
		{ "one variant", "x // amd64/v3:\"SHLXQ\"",
		  "linux/amd64/v3 1 \"^SHLXQ\";" },
		{ "variant of an arch without any is kept",
		  "x // arm64/v8:\"A\"", "linux/arm64/v8 1 \"^A\";" },
		{ "os/arch/variant", "x // linux/mips/softfloat:\"A\"",
		  "linux/mips/softfloat 1 \"^A\";" },
		{ "os/arch/ means all variants", "x // plan9/arm/:\"A\"",
		  "plan9/arm/5 1 \"^A\";plan9/arm/6 1 \"^A\";"
		  "plan9/arm/7 1 \"^A\";" },
		{ "wasm builds for js", "x // wasm:\"I64Add\"",
		  "js/wasm/ 1 \"^I64Add\";" },
		{ "several checks, negative ones",
		  "x // s390x:\"A\" , -\"B\",`C`",
		  "linux/s390x/ 1 \"^A\";linux/s390x/ 1 -\"^B\";"
		  "linux/s390x/ 1 \"^C\";" },
		{ "several specs", "x // riscv64:\"A\" ppc64le/power9:-\"B\"",
		  "linux/riscv64/ 1 \"^A\";linux/ppc64le/power9 1 -\"^B\";" },
		{ "pending comments reach the next code line",
		  "// ppc64:\"A\"\n\n   // plain words\n\t\nx\ny\n",
		  "linux/ppc64/power8 5 \"^A\";linux/ppc64/power9 5 \"^A\";" },
		{ "a spec may span comment lines",
		  "// loong64:\n//  \"A\"\nx\n", "linux/loong64/ 3 \"^A\";" },
		{ "no code line: dropped", "x\n// arm64:\"A\"\n", "" },
		{ "bare trailing // stays code", "x //\ny // arm64:\"A\"",
		  "linux/arm64/ 2 \"^A\";" },
		{ "comment starts at the first //",
		  "s := \"a//b\" // arm64:\"A\"", "linux/arm64/ 1 \"^A\";" },
		{ "backquotes are raw", "x // arm64:`MOVD\\t\\$1`",
		  "linux/arm64/ 1 \"^MOVD\\\\t\\\\$1\";" },
		{ "escapes", "x // arm64:\"A\\tB\\\\d\\x41\\101\\u00e9\\\"\"",
		  "linux/arm64/ 1 \"^A\\tB\\\\dAAé\\\"\";" },
		{ "\\U escape", "x // arm64:\"\\U0001F600\"",
		  "linux/arm64/ 1 \"^😀\";" },
		{ "unsupported architecture", "\n\nx // foo:\"A\"",
		  "error 3: unsupported architecture: foo" },
		{ "english word before a string", "x // note: \"A\"",
		  "error 1: unsupported architecture: note" },
		{ "no word boundary", "x // xamd64:\"A\"",
		  "error 1: unsupported architecture: xamd64" },
		{ "bad escape", "x // arm64:\"\\d\"",
		  "error 1: error unquoting string: invalid syntax" },
		{ "\\' is bad in \"...\"", "x // arm64:\"\\'\"",
		  "error 1: error unquoting string: invalid syntax" },
		{ "octal above 255", "x // arm64:\"\\400\"",
		  "error 1: error unquoting string: invalid syntax" },
		{ "surrogate", "x // arm64:\"\\uD800\"",
		  "error 1: error unquoting string: invalid syntax" },
		{ "bad regexp", "x // arm64:\"(\"",
		  "error 1: error parsing regexp: missing closing parenthesis "
		  "at offset 2: `^(`" },
		{ "regexp must be UTF-8", "x // arm64:\"\\xff\"",
		  "error 1: error parsing regexp: invalid UTF-8: `^\xff`" },
		{ "arch/: run.go panics", "x // amd64/:\"A\"",
		  "error 1: invalid architecture spec: amd64/" },
	};
	struct arena a;
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		arena_init(&a);
		check_str(cases[i].name, parse_show(&a, cases[i].src),
			  cases[i].want);
		arena_release(&a);
	}
}

static void
test_envs(void)
{
	static const char src[] =
		"x // wasm:\"A\" amd64/v2:\"B\" 386:\"C\" arm64:\"D\"\n"
		"y // amd64:\"E\" wasm:\"F\"\n";
	struct goasmchecks c;
	struct strbuf sb;
	struct arena a;
	char err[128];
	size_t i;
	int line;

	arena_init(&a);
	strbuf_init(&sb, 0);
	check_int("envs parse", goasmcheck_parse(&a, src, &c, &line, err,
						 sizeof(err)), 0);
	for (i = 0; i < c.nenvs; i++)
		strbuf_addf(&sb, "%s;", c.envs[i]);
	check_str("envs sorted, distinct", sb.buf,
		  "js/wasm/;linux/386/softfloat;linux/386/sse2;linux/amd64/v1;"
		  "linux/amd64/v2;linux/amd64/v3;linux/amd64/v4;linux/arm64/;");
	check_int("one asmop per check and env", c.n, 10);
	check_int("shared pattern", c.v[2].rx == c.v[3].rx, 1);
	strbuf_release(&sb);
	arena_release(&a);
}

static void
test_env(void)
{
	static const struct {
		const char *env, *want;
	} cases[] = {
		{ "linux/amd64/v3", "GOOS=linux GOARCH=amd64 GOAMD64=v3" },
		{ "linux/arm64/", "GOOS=linux GOARCH=arm64" },
		{ "js/wasm/", "GOOS=js GOARCH=wasm" },
		{ "plan9/386/softfloat",
		  "GOOS=plan9 GOARCH=386 GO386=softfloat" },
		{ "linux/ppc64le/power9", "GOOS=linux GOARCH=ppc64le "
		  "GOPPC64=power9" },
		{ "linux/mips64/hardfloat", "GOOS=linux GOARCH=mips64 "
		  "GOMIPS64=hardfloat" },
		{ "linux/arm/7", "GOOS=linux GOARCH=arm GOARM=7" },
		{ "linux/arm64/v8", NULL },
		{ "linux/amd64", NULL },
		{ "linux/amd64/v1/x", NULL },
		{ "linux/foo/", NULL },
	};
	struct strbuf sb;
	struct arena a;
	char **v;
	size_t i, k;

	strbuf_init(&sb, 0);
	for (i = 0; i < NELEM(cases); i++) {
		arena_init(&a);
		strbuf_reset(&sb);
		v = goasmcheck_env(&a, cases[i].env);
		for (k = 0; v && v[k]; k++)
			strbuf_addf(&sb, "%s%s", k ? " " : "", v[k]);
		check_str(cases[i].env, v ? sb.buf : NULL, cases[i].want);
		arena_release(&a);
	}
	strbuf_release(&sb);
}

/* Lines 1-3 of a source whose checks the listings below are run against. */
static const char match_src[] =
	"// amd64:\"BTQ\\t[$]63\",-\"BTL\"\n"
	"x // amd64:\"MOVL\\t[$]1\" arm64:\"MOVD\"\n"
	"y // amd64:`X*`,\"ADD|AX\"\n";

/* A real function header and its first lines, from bits.go. */
#define HEAD "command-line-arguments.bitcheck64_constleft<1> STEXT nosplit " \
	"size=41 args=0x8 locals=0x0 funcid=0x0 align=0x0\n"

#define HEAD2 "command-line-arguments.bitcheck64_constright<1> STEXT " \
	"nosplit size=127 args=0x40 locals=0x0 funcid=0x0 align=0x0\n"

static void
test_match(void)
{
	static const struct {
		const char *name, *env, *out, *want;
		size_t ndumps;
		const char *dump;	/* the first one */
	} cases[] = {
		{ "all found", "linux/amd64/v1",
		  HEAD POS(2) "BTQ\t$63, AX\n" POS(2) "MOVL\t$1, AX\n"
		  POS(3) "ADDQ\tAX, BX\n" POS(3) "XORL\tAX, AX\n",
		  NULL, 0, NULL },
		{ "nothing found, sorted by line", "linux/amd64/v2",
		  "# command-line-arguments\n",
		  "\nbits.go:2: linux/amd64/v2: opcode not found: "
		  "\"^BTQ\\t[$]63\"\n"
		  "bits.go:2: linux/amd64/v2: opcode not found: "
		  "\"^MOVL\\t[$]1\"\n"
		  "bits.go:3: linux/amd64/v2: opcode not found: \"^X*\"\n"
		  "bits.go:3: linux/amd64/v2: opcode not found: "
		  "\"^ADD|AX\"\n", 0, NULL },
		{ "wrong opcode found, function dumped once", "linux/amd64/v1",
		  HEAD POS(2) "BTL\t$0, AX\n" POS(2) "BTQ\t$63, AX\n"
		  POS(2) "MOVL\t$1, AX\n" POS(3) "ADDQ\tAX, BX\n",
		  "\nbits.go:2: linux/amd64/v1: wrong opcode found: \"^BTL\"\n"
		  "bits.go:3: linux/amd64/v1: opcode not found: \"^X*\"\n", 1,
		  HEAD POS(2) "BTL\t$0, AX\n" POS(2) "BTQ\t$63, AX\n"
		  POS(2) "MOVL\t$1, AX\n" POS(3) "ADDQ\tAX, BX\n" },
		{ "only the failing function is dumped", "linux/amd64/v4",
		  "# command-line-arguments\n" HEAD POS(2) "BTQ\t$63, AX\n"
		  POS(2) "MOVL\t$1, AX\n" HEAD2 POS(3) "ADDQ\tAX, BX\n"
		  "\t0x0000 48 0f ba e0 3f 72 1c 48  H...?r.H\n\n"
		  "go.cuinfo.packagename.codegen SDWARFCUINFO dupok size=0\n",
		  "\nbits.go:3: linux/amd64/v4: opcode not found: \"^X*\"\n", 1,
		  HEAD2 POS(3) "ADDQ\tAX, BX\n"
		  "\t0x0000 48 0f ba e0 3f 72 1c 48  H...?r.H\n" },
		{ "anchored at the instruction", "linux/amd64/v1",
		  POS(2) "BTQ\t$63, AX\n" POS(2) "XMOVL\t$1, AX\n"
		  POS(3) "XADDQ\tAX, BX\n" POS(3) "X\n",
		  "\nbits.go:2: linux/amd64/v1: opcode not found: "
		  "\"^MOVL\\t[$]1\"\n", 0, NULL },
		{ "other files and lines ignored", "linux/amd64/v1",
		  POS(2) "BTQ\t$63, AX\n"
		  "\t0x0000 00000 (codegen/bits.go:2)\tMOVL\t$1, AX\n"
		  "\t0x0000 00000 (/tmp" ABS ":2)\tMOVL\t$1, AX\n"
		  "\t0x0000 00000 (" ABS ":02)\tMOVL\t$1, AX\n"
		  "\t0x0000 00000 (" ABS ":2)MOVL\t$1, AX\n"
		  POS(1) "MOVL\t$1, AX\n" POS(3) "X\tAX\n",
		  "\nbits.go:2: linux/amd64/v1: opcode not found: "
		  "\"^MOVL\\t[$]1\"\n", 0, NULL },
		{ "checks of other envs ignored", "linux/arm64/",
		  POS(2) "MOVD\t$1, R0\n", NULL, 0, NULL },
		{ "no checks for this env", "linux/riscv64/", "", NULL, 0,
		  NULL },
	};
	struct goasmchecks c;
	struct arena a;
	char err[128];
	size_t i;
	int line;

	for (i = 0; i < NELEM(cases); i++) {
		arena_init(&a);
		goasmcheck_parse(&a, match_src, &c, &line, err, sizeof(err));
		check_str(cases[i].name,
			  goasmcheck_match(&a, &c, cases[i].env, cases[i].out,
					 ABS, "bits.go"), cases[i].want);
		check_int(cases[i].name, c.ndumps, cases[i].ndumps);
		if (c.ndumps)
			check_str(cases[i].name, c.dumps[0], cases[i].dump);
		arena_release(&a);
	}
}

void
test_goasmcheck(void)
{
	test_parse();
	test_envs();
	test_env();
	test_match();
}
