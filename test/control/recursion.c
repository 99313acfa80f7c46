// run
// Checks recursive functions: factorial, Fibonacci, Ackermann for small
// arguments, Towers of Hanoi move count, and a recursion 10000 calls deep.

#include <stdio.h>

static unsigned long long fact(unsigned n)
{
	return n <= 1 ? 1 : n * fact(n - 1);
}

static int fib(int n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static int ack(int m, int n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

static int moves;

static void hanoi(int n, char from, char to, char via)
{
	if (n == 0)
		return;
	hanoi(n - 1, from, via, to);
	moves++;
	if (n == 3)
		printf("move 3 %c->%c\n", from, to);
	hanoi(n - 1, via, to, from);
}

static long sum_to(long n)
{
	return n == 0 ? 0 : n + sum_to(n - 1);
}

int main(void)
{
	printf("%llu\n", fact(20));
	printf("%d\n", fib(20));
	printf("%d %d\n", ack(2, 3), ack(3, 3));
	hanoi(5, 'A', 'C', 'B');
	printf("moves=%d\n", moves);
	printf("%ld\n", sum_to(10000));
	return 0;
}
