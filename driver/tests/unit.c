#include "unit.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;

void
check(int ok, const char *name, const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		passed++;
		return;
	}
	failed++;
	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

void
check_str(const char *name, const char *got, const char *want)
{
	int same = (!got && !want) || (got && want && strcmp(got, want) == 0);

	check(same, name, "got %s%s%s, want %s%s%s", got ? "\"" : "",
	      got ? got : "NULL", got ? "\"" : "", want ? "\"" : "",
	      want ? want : "NULL", want ? "\"" : "");
}

void
check_int(const char *name, long got, long want)
{
	check(got == want, name, "got %ld, want %ld", got, want);
}

int
main(void)
{
	static void (*const groups[])(void) = {
		test_recipe, test_constraint, test_errcheck, test_diff,
		test_profile, test_flags, test_discover, test_golden, test_arena,
		test_goconstraint, test_gorecipe, test_goerrcheck, test_asmcheck, test_casmcheck,
	};
	size_t i;

	for (i = 0; i < sizeof(groups) / sizeof(groups[0]); i++)
		groups[i]();
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed != 0;
}
