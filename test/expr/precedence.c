// run
// Checks operator precedence and associativity without extra parentheses.

#include <stdio.h>

int main(void)
{
	int a = 2, b = 3, c = 4, d;
	int arr[3] = { 10, 20, 30 };
	int *p = arr;

	printf("%d\n", a + b * c);
	printf("%d\n", a * b + c);
	printf("%d\n", 20 - 6 - 4);
	printf("%d\n", 64 / 8 / 2);
	printf("%d\n", a + b << 1);
	printf("%d\n", a < b == c < b);
	printf("%d\n", 6 & 3 | 8);
	printf("%d\n", 1 | 2 ^ 3 & 4);
	printf("%d\n", a || b && 0);
	printf("%d\n", -a * -b);
	printf("%d\n", !a + 1);
	printf("%d\n", *p + 1);
	printf("%d\n", *p++ + 5);
	printf("%d\n", *p);
	printf("%d\n", a > b ? 1 : c > b ? 2 : 3);
	d = a = b = 7;
	printf("%d %d %d\n", a, b, d);
	a = 1;
	a += b *= 2;
	printf("%d %d\n", a, b);
	printf("%d\n", (int)sizeof arr / (int)sizeof arr[0]);
	printf("%d\n", ~0 + 2);
	return 0;
}
