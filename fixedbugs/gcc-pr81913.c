// run
// gcc PR 81913: the number of iterations of a do-while loop whose exit test
// compares two unsigned char induction variables (one counting down by one,
// the other climbing by a step only known at run time) was computed as if
// neither could wrap, so a loop in which one of them wraps ran the wrong
// number of times.
// fixed: gcc 7.3 since 7
// Probes where the falling counter wraps below zero, where the climbing one
// wraps past 255, and where neither does.

#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

KEEP static unsigned
laps(unsigned char fall, unsigned char climb, unsigned char stride)
{
	// amd64:`\bcmpb\b`
	unsigned n = 0;

	do {
		n++;
		fall--;
		climb += stride;
	} while (fall >= climb);
	return n;
}

int
main(int argc, char **argv)
{
	unsigned char one = (unsigned char)argc;

	(void)argv;
	printf("%u\n", laps(one - 1, 200, 60));		/* fall wraps to 255 */
	printf("%u\n", laps(one + 2, 250, 4));		/* climb wraps to 254 */
	printf("%u\n", laps(one + 99, one, 2 * one));	/* no wrap */
	printf("%u\n", laps(one, 0, one));		/* one lap */
	return 0;
}
