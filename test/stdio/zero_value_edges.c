// run
// Checks conversions of zero and the precision rules around it (C11
// 7.21.6.1p6, p8): precision 0 with value 0 prints no digits (but keeps
// '+', ' ' and the width), '#' adds no 0x to a zero, '#' with %o raises
// the precision only as far as a leading 0 needs, a precision makes '0'
// be ignored for integers, and %f, %e and %g of 0.0 with and without '#'.

#include <stdio.h>

int main(void)
{
	printf("[%.0d] [%5.0d] [%+.0d] [% .0d]\n", 0, 0, 0, 0);
	printf("[%.0u] [%.0x] [%#.0x] [%#x] [%#X]\n", 0u, 0u, 0u, 0u, 0u);
	printf("[%#o] [%#.0o] [%#o] [%#.3o] [%#.4o] [%#5o]\n", 0u, 0u, 8u, 8u,
		8u, 8u);
	printf("[%.3d] [%08.3d] [%-8.3d] [%5.3x]\n", -5, 42, 42, 0u);
	printf("[%+d] [%x] [%lu] [%.1d]\n", 0, 0u, 0ul, 0);
	printf("[%.0f] [%#.0f] [%e] [%.0e]\n", 0.0, 0.0, 0.0, 0.0);
	printf("[%g] [%#g] [%+g] [%#.2g]\n", 0.0, 0.0, 0.0, 0.0);
	printf("[%05.1f] [%-5.1f] [%+.1e]\n", -0.0, 0.0, -0.0);
	return 0;
}
