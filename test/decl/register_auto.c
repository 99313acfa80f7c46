// run
// Checks the auto and register storage-class specifiers (C11 6.7.1):
// both give automatic storage duration, register objects of scalar,
// pointer and struct type are read and written normally, register may
// qualify parameters, and sizeof and member access work on register
// objects (only taking their address is forbidden, 6.5.3.2p1).

#include <stdio.h>

struct pair {
	int a, b;
};

static long
sum_to(register int n)
{
	register long total = 0;
	register int i;

	for (i = 1; i <= n; i++)
		total += i;
	return total;
}

static int
count_char(register const char *s, register char c)
{
	register int n = 0;

	while (*s)
		n += *s++ == c;
	return n;
}

static int
swap_sum(struct pair p)
{
	register struct pair q = p;
	register int t = q.a;

	q.a = q.b;
	q.b = t;
	return q.a * 10 + q.b;
}

int main(void)
{
	auto int x = 3;
	register double d = 0.5;
	register struct pair rp = { 1, 2 };
	auto struct pair ap = rp;

	printf("%ld %ld\n", sum_to(100), sum_to(0));
	printf("%d\n", count_char("register storage", 'r'));
	printf("%d\n", swap_sum(ap));
	rp.b += x;
	printf("%d %d\n", rp.a, rp.b);
	d *= x;
	printf("%.1f %d\n", d, sizeof d == sizeof(double));
	{
		auto int x = 7;
		register int y = x * x;

		printf("%d %d\n", x, y);
	}
	printf("%d\n", x);
	return 0;
}
