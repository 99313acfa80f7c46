// run
// Checks the integer conversions %d %i %u %o %x %X with length modifiers
// hh, h, l, ll, j, z, t, on values at the limits of their types.

#include <stdio.h>
#include <limits.h>
#include <stdint.h>
#include <stddef.h>

int main(void)
{
	unsigned char uc = 200;
	short sh = -300;
	long l = -123456789L;
	unsigned long long ull = 0xFEDCBA9876543210ull;
	intmax_t im = INTMAX_MIN;
	size_t sz = 4096;
	ptrdiff_t pd = -17;

	printf("%d %i\n", 31, -31);
	printf("%o %x %X\n", 511u, 48879u, 48879u);
	printf("%hhu %hhx\n", uc, uc);
	printf("%hd %hx\n", sh, (unsigned short)sh);
	printf("%ld %lx\n", l, 0xdeadbeefUL);
	printf("%llx %llo\n", ull, 0777ull);
	printf("%lld %llu\n", LLONG_MIN, ULLONG_MAX);
	printf("%jd %jx\n", im, UINTMAX_MAX);
	printf("%zu %zx\n", sz, sz);
	printf("%td\n", pd);
	printf("%d %d\n", INT_MAX, INT_MIN);
	printf("%u %x\n", UINT_MAX, UINT_MAX);
	printf("%hhd\n", (signed char)-128);
	return 0;
}
