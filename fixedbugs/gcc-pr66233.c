// run -O3
// gcc PR 66233: wrong code converting float to unsigned int in a vectorized loop
// SSE2 only converts floats to signed ints, so values of 2^31 and above
// need an adjustment; the vectorized conversion got it wrong. Values of
// 2^31 and above must convert to the matching unsigned integer.
// fixed: gcc 6

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

#define N 8

OPAQUE void
convert(unsigned int *dst, const float *src)
{
	// amd64:`cvttps2dq`,`subps`
	// gcc.amd64:`cmpleps`,`pslld\s+\$31`
	// clang.amd64:`psrad\s+\$31`
	for (int i = 0; i < N; i++)
		dst[i] = src[i];
}

static volatile float step = 5e8f;

int
main(void)
{
	float src[N];
	unsigned int dst[N];
	float s = step;

	for (int i = 0; i < N; i++)
		src[i] = i * s;
	convert(dst, src);
	for (int i = 0; i < N; i++)
		printf("%u\n", dst[i]);
	return 0;
}
