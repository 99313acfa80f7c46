// run -O3
// gcc PR 66233: wrong code converting float to unsigned int in a vectorized loop
// Values of 2^31 and above must convert to the matching unsigned integer.

#include <stdio.h>

#define N 8

static unsigned int small[N];
static unsigned int large[N];
static volatile float step = 5e8f;

static void
fill(void)
{
	float s = step;

	for (int i = 0; i < N; i++)
		small[i] = (float)i;
	for (int i = 0; i < N; i++)
		large[i] = i * s;
}

int
main(void)
{
	fill();
	for (int i = 0; i < N; i++)
		printf("%u %u\n", small[i], large[i]);
	return 0;
}
