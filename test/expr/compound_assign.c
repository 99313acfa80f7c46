// run
// Checks every compound assignment operator, including the implicit
// conversion back to the type of the left operand.

#include <stdio.h>

int main(void)
{
	int x = 10;
	unsigned char uc = 250;
	double d = 1.5;
	int i = 7;
	int arr[3] = { 1, 2, 3 };
	int k = 0;

	x += 5;  printf("%d\n", x);
	x -= 3;  printf("%d\n", x);
	x *= 4;  printf("%d\n", x);
	x /= 5;  printf("%d\n", x);
	x %= 5;  printf("%d\n", x);
	x <<= 4; printf("%d\n", x);
	x >>= 2; printf("%d\n", x);
	x &= 6;  printf("%d\n", x);
	x |= 9;  printf("%d\n", x);
	x ^= 15; printf("%d\n", x);
	uc += 10;
	printf("%d\n", uc);
	i *= d;
	printf("%d\n", i);
	d /= 2;
	printf("%.3f\n", d);
	arr[k++] += 10;
	printf("%d %d %d k=%d\n", arr[0], arr[1], arr[2], k);
	printf("%d\n", (x += 1) * 2);
	return 0;
}
