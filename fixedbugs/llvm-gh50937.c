// errorcheck -0 -Wunused-but-set-variable
// clang GH 50937 (bugzilla 51595, closed as a duplicate): clang 13's new
// -Wunused-but-set-variable reported a local that carries
// __attribute__((cleanup(fn))) and is only assigned, although the cleanup
// function receives its address and reads the final value when the scope
// ends (the g_autoptr / g_autofree pattern of GLib). Clang 14 counts the
// cleanup as a use; a plain local that is only stored to is still
// reported. GCC does not warn about the cleanup variable either.
// fixed: clang 14
// requires: gcc || clang

#include <stdio.h>

static void
report(int *last)
{
	printf("last value %d\n", *last);
}

int
count_down(int n)
{
	int seen __attribute__((cleanup(report))) = 0;
	int dead = 0;	// ERROR "variable 'dead' set but not used|variable .dead. set but not used"

	while (n > 0) {
		seen = n--;
		dead = n;
	}
	return n;
}
