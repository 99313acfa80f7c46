// run
// Checks printf field widths: right alignment by default, '-' for left
// alignment, '*' taking the width from an argument (negative means '-').

#include <stdio.h>

int main(void)
{
	printf("[%5d]\n", 42);
	printf("[%-5d]\n", 42);
	printf("[%1d]\n", 12345);
	printf("[%8s]\n", "right");
	printf("[%-8s]\n", "left");
	printf("[%*d]\n", 6, -7);
	printf("[%*d]\n", -6, -7);
	printf("[%-*s]\n", 4, "ab");
	printf("[%3c]\n", 'x');
	printf("[%-3c]\n", 'y');
	printf("[%05d]\n", -42);
	printf("[%10.3f]\n", 3.14159);
	printf("[%-10.2f]\n", 2.25);
	printf("[%6u]\n", 65535u);
	printf("[%4ld]\n", -1L);
	printf("[%*s]\n", 0, "");
	return 0;
}
