// run
// gcc PR 56051: wrong code for x < (unsigned char)(1 << s)
// It was folded to (x >> s) == 0, wrong when the cast truncates: with s = 8
// the bound (unsigned char)256 is 0 and nothing is below it. The same
// fold on a 64-bit x compared with a 32-bit 1U << s is checked too.
// fixed: gcc 4.8

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE int
below_narrow(unsigned char v, unsigned int s)
{
	// amd64:`s[ah]ll\s+%cl, %eax`,`cmp[bl]`,-`shr`
	return v < (unsigned char)(1 << s);
}

OPAQUE int
at_least_wide(unsigned long long v, unsigned int s)
{
	// amd64:`s[ah]ll\s+%cl`,`cmpq`,-`shr`
	return v >= (unsigned long long)(1U << s);
}

static volatile unsigned int shifts[3] = { 8, 3, 9 };
static volatile unsigned char narrow[2] = { 0, 7 };
static volatile unsigned long long wide[2] = { 2ULL << 32, 5 };

int
main(void)
{
	for (int i = 0; i < 3; i++) {
		unsigned int s = shifts[i];

		printf("s=%u:", s);
		for (int j = 0; j < 2; j++)
			printf(" %d %d", below_narrow(narrow[j], s), at_least_wide(wide[j], s));
		printf("\n");
	}
	return 0;
}
