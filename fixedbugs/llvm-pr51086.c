// run -O3
// LLVM PR 51086 (GitHub issue 50430): wrong code at -O3 on x86_64-linux-gnu
// A loop that only decrements a global down to -26 was optimized away.
// Its inner loop is never entered (i is 1), so the shift there never runs.
// walk() is opaque, so its loop must still leave b at -26.
// fixed: clang 13

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

int a, b;
static int c = 92;
long d;

static short
ident(short f)
{
	return f;
}

OPAQUE long
walk(void)
{
	// amd64:`cmpl\s+\$-25, b\(%rip\)`,`movl\s+\$-26, b\(%rip\)`
	short h;
	int i = d >= 0;

	for (; b > -26; --b) {
		if (i)
			continue;
		for (; i - 30; i--) {
			h = a << c;
			if (h)
				return 7;
		}
	}
	return 0;
}

int
main(void)
{
	walk();
	if (ident(0))
		c++;
	printf("%d\n", b);
	return 0;
}
