// run -O3
// LLVM PR 51086 (GitHub issue 50430): wrong code at -O3 on x86_64-linux-gnu
// A loop that only decrements a global down to -26 was optimized away.
// Its inner loop is never entered (i is 1), so the shift there never runs.

#include <stdio.h>

int a, b;
static int c = 92;
long d;

static short
ident(short f)
{
	return f;
}

static long
walk(void)
{
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
