// run
// Checks printf flags: '+', ' ', '#', '0', '-' and their combinations,
// including '-' overriding '0' and precision disabling '0' for integers.

#include <stdio.h>

int main(void)
{
	printf("[%+d] [%+d] [%+d]\n", 5, -5, 0);
	printf("[% d] [% d]\n", 5, -5);
	printf("[%+ d]\n", 5);
	printf("[%06d] [%-06d]\n", 42, 42);
	printf("[%06.3d]\n", 42);
	printf("[%#o] [%#o]\n", 8u, 0u);
	printf("[%#x] [%#X] [%#x]\n", 255u, 255u, 0u);
	printf("[%#.0f] [%.0f]\n", 3.0, 3.0);
	printf("[%#g]\n", 2.0);
	printf("[%08.2f] [%-8.2f] [%+.1f]\n", -1.5, 1.5, 0.5);
	printf("[%+08d]\n", 123);
	printf("[%-+6d]\n", 7);
	printf("[%%] [100%%]\n");
	return 0;
}
