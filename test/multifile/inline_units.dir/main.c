#include <stdio.h>
#include "shapes.h"

int
main(void)
{
	int (*fp)(int, int, int) = clamp;
	int n;

	printf("%d %d %d\n", clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10));
	printf("%d\n", fp(7, 8, 9));
	printf("%d %d\n", scaled_area(3, 4), scaled_area(200, -1));
	printf("%d\n", first_calls());
	printf("%d\n", second_calls());
	n = count_calls();
	printf("%d %d\n", n, count_calls());
	return 0;
}
