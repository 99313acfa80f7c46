// run -O3
// gcc PR 100499: number-of-iterations analysis asked multiple_of_p whether
// a product computed in a narrow unsigned type was a multiple of the step
// and got yes even though the product wraps, so a loop counting down to
// the next v with v * 52 == 0 (mod 256) was given too few iterations.
// fixed: gcc 12

#include <stdio.h>

#define NOINLINE __attribute__((noinline))

volatile unsigned char start_value = 70;

NOINLINE int
countdown(unsigned char v)
{
	// gcc.amd64:`imul`
	int taken = 0;

	while ((unsigned char)(v * 52) != 0) {
		v--;
		taken++;
	}
	return taken;
}

int
main(void)
{
	/* 70 -> 64 is the first v with v * 52 divisible by 256 */
	printf("%d\n", countdown(start_value));
	printf("%d\n", countdown((unsigned char)(start_value + 60)));
	return 0;
}
