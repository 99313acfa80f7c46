// run
// Checks when sizeof evaluates its operand (C11 6.5.3.4p2): an operand
// of variable length array type is evaluated at run time, side effects
// included, whether it is an expression (*p++, a[k++]) or a type name
// whose size expression has side effects; an operand that is not of VLA
// type is never evaluated, even inside a function with VLAs.

#include <stdio.h>

static int calls;

static int next(int v)
{
	calls++;
	return v;
}

static void run(int n)
{
	int a[n][n + 1];
	int (*p)[n + 1] = a;
	int k = 0;
	size_t s;

	s = sizeof *p++;
	printf("sizeof *p++ = %d ints, p advanced %d\n", (int)(s / sizeof(int)),
		(int)(p - a));
	s = sizeof a[k++];
	printf("sizeof a[k++] = %d ints, k=%d\n", (int)(s / sizeof(int)), k);
	s = sizeof(char[next(n * 3)]);
	printf("sizeof(char[next(%d)]) = %d, calls=%d\n", n * 3, (int)s, calls);
	s = sizeof a[0][k++];
	printf("sizeof a[0][k++] = %d, k=%d\n", (int)(s == sizeof(int)), k);
	s = sizeof next(1);
	printf("sizeof next(1): calls=%d\n", calls);
	printf("%d\n", (int)(sizeof p == sizeof(int (*)[4])));
}

int main(int argc, char **argv)
{
	(void)argv;
	run(argc + 2);
	run(argc + 4);
	return 0;
}
