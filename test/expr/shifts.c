// run
// Checks left and right shifts with counts inside the width of the
// promoted left operand, on unsigned and non-negative signed values.

#include <stdio.h>

int main(void)
{
	unsigned u = 1;
	unsigned long long ull = 1;
	int i = 5;
	unsigned char c = 0x80;
	int n;

	printf("%u\n", u << 31 >> 31);
	printf("%d\n", (u << 31) == 0x80000000u);
	printf("%llu\n", ull << 40);
	printf("%d\n", i << 3);
	printf("%d\n", i >> 1);
	printf("%d\n", 1000 >> 3);
	printf("%d\n", c << 1);
	printf("%#x\n", 0xF0F0u >> 4);
	printf("%u\n", 0xFFFFFFFFu >> 28);
	for (n = 0; n < 8; n++)
		printf("%u ", 0x80u >> n);
	printf("\n");
	n = 3;
	printf("%d\n", 1 << n + 1);
	printf("%d\n", (1 << n) + 1);
	return 0;
}
