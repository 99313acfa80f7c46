// run
// Checks '*' for field width and precision (C11 7.21.6.1p5): each takes
// an int argument before the value, a negative width means the '-' flag
// and its absolute value, a negative precision counts as if it were
// omitted, and '*' works with %d, %s, %f, %x and %c in the same call.

#include <stdio.h>

int main(void)
{
	int w;

	for (w = -6; w <= 6; w += 3)
		printf("[%*d]\n", w, 42);
	printf("[%.*d] [%.*d] [%.*d]\n", 5, 42, -1, 42, 0, 0);
	printf("[%.*s] [%.*s] [%.*s]\n", 3, "abcdef", -2, "abcdef", 0, "abc");
	printf("[%*.*f] [%-*.*f]\n", 8, 2, 3.25, 8, 1, 0.5);
	printf("[%.*f]\n", -3, 0.5);
	printf("[%0*d] [%0*d]\n", 6, -12, -6, 12);
	printf("[%#*x] [%*c] [%-*c]\n", 8, 255u, 3, 'x', 3, 'y');
	printf("[%*s|%*s]\n", 4, "ab", -4, "cd");
	printf("[%*.*s]\n", -7, 2, "xyz");
	return 0;
}
