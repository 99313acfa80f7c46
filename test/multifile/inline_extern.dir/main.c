#include <stdio.h>
#include "mathx.h"

int
main(void)
{
	int (*fp)(int) = square;

	printf("%d %d\n", square(7), cube(3));
	printf("%d\n", use_b(2));
	printf("%d\n", fp(12));
	printf("%d %d\n", square_address_a() == square_address_b(),
		fp == square_address_a());
	return 0;
}
