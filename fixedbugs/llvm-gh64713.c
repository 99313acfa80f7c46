// run -t 30
// llvm GH 64713: declaring a function through __typeof__ applied to a
// function type, e.g. __typeof__(int (int)) name;, made clang loop forever
// (a regression that appeared in clang 15; clang 14 compiled it). The
// declaration just declares a function of that type, which is then defined
// and called normally. The -t 30 deadline turns the hang into a failure.
// fixed: clang 17 since 15
// kind: crash

#include <stdio.h>

__typeof__(long (long, long)) mix;
__typeof__(void (void)) report;

static long total;

long
mix(long a, long b)
{
	return a * 10 + b;
}

void
report(void)
{
	printf("%ld\n", total);
}

int
main(void)
{
	total = mix(mix(4, 2), 7);
	report();
	return 0;
}
