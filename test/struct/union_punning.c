// run
// Checks reading a union member other than the one last stored (C11
// 6.5.2.3p3 and footnote 95: the bytes are reinterpreted in the new
// type) between members of the same width: int32_t and uint32_t (two's
// complement is required of intN_t, 7.20.1.1p1), float and uint32_t,
// double and uint64_t (IEEE 754 binary32/binary64 encodings, Annex F),
// and the byte sum of a word, which does not depend on byte order.

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <math.h>

_Static_assert(sizeof(float) == 4 && sizeof(double) == 8,
	"IEEE binary32 and binary64 are assumed");

union word {
	uint32_t u;
	int32_t s;
	float f;
	unsigned char b[4];
};

union dword {
	uint64_t u;
	double d;
};

int main(void)
{
	union word w;
	union dword d;
	int sum, i;

	w.s = -1;
	printf("%" PRIu32 "\n", w.u);
	w.u = 0x80000000u;
	printf("%" PRId32 "\n", w.s);
	w.f = 1.0f;
	printf("%08" PRIx32 "\n", w.u);
	w.f = -2.0f;
	printf("%08" PRIx32 "\n", w.u);
	w.u = 0x40490fdbu;
	printf("%.7f\n", w.f);
	w.u = 0x7f800000u;
	printf("%d\n", !!isinf(w.f));
	d.d = 1.0;
	printf("%016" PRIx64 "\n", d.u);
	d.d = -0.0;
	printf("%016" PRIx64 "\n", d.u);
	d.u = UINT64_C(0x4000000000000000);
	printf("%.1f\n", d.d);
	w.u = 0x01020304u;
	for (i = 0, sum = 0; i < 4; i++)
		sum += w.b[i];
	printf("%d\n", sum);
	return 0;
}
