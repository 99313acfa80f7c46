// run
// Checks the <float.h> characteristics of IEEE 754 binary32 and binary64
// (C11 5.2.4.2.2, Annex F): radix, mantissa digits, decimal digits,
// exponent ranges, epsilon as the gap above 1.0 (1 + eps/2 rounds back to
// 1 under round-to-nearest-even), FLT_MAX, FLT_MIN and DBL_MIN as hex
// constants, and an epsilon found by halving until 1 + e rounds to 1.

#include <stdio.h>
#include <float.h>

int main(void)
{
	volatile float f1;
	volatile double d1;
	float fe = 1.0f;
	double de = 1.0;

	printf("%d %d %d\n", FLT_RADIX, FLT_MANT_DIG, DBL_MANT_DIG);
	printf("%d %d %d %d\n", FLT_DIG, DBL_DIG, FLT_DECIMAL_DIG,
		DBL_DECIMAL_DIG);
	printf("%d %d %d %d\n", FLT_MIN_EXP, FLT_MAX_EXP, DBL_MIN_EXP,
		DBL_MAX_EXP);
	printf("%d %d %d %d\n", FLT_MIN_10_EXP, FLT_MAX_10_EXP,
		DBL_MIN_10_EXP, DBL_MAX_10_EXP);
	printf("%d %d\n", FLT_EPSILON == 0x1p-23f, DBL_EPSILON == 0x1p-52);
	printf("%g %g\n", FLT_EPSILON, DBL_EPSILON);
	printf("%d %d\n", FLT_MAX == 0x1.fffffep127f, FLT_MIN == 0x1p-126f);
	printf("%d %d\n", DBL_MAX == 0x1.fffffffffffffp1023,
		DBL_MIN == 0x1p-1022);
	f1 = 1.0f + FLT_EPSILON;
	printf("%d ", f1 > 1.0f);
	f1 = 1.0f + FLT_EPSILON / 2;
	printf("%d\n", f1 == 1.0f);
	d1 = 1.0 + DBL_EPSILON;
	printf("%d ", d1 > 1.0);
	d1 = 1.0 + DBL_EPSILON / 2;
	printf("%d\n", d1 == 1.0);
	for (;;) {
		f1 = 1.0f + fe / 2;
		if (f1 == 1.0f)
			break;
		fe /= 2;
	}
	for (;;) {
		d1 = 1.0 + de / 2;
		if (d1 == 1.0)
			break;
		de /= 2;
	}
	printf("%d %d\n", fe == FLT_EPSILON, de == DBL_EPSILON);
	printf("%.9g %.17g\n", FLT_MAX, DBL_MAX);
	return 0;
}
