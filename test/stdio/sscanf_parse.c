// run
// Checks sscanf: return value counts assignments, %n, scansets, field
// widths, assignment suppression with *, and EOF on empty input.

#include <stdio.h>

int main(void)
{
	int a = 0, b = 0, n = 0, r;
	char word[16], rest[16];
	double d;
	unsigned x;

	r = sscanf("12 34", "%d %d", &a, &b);
	printf("%d %d %d\n", r, a, b);
	r = sscanf("7 apples", "%d %15s%n", &a, word, &n);
	printf("%d %d %s %d\n", r, a, word, n);
	r = sscanf("key=value;more", "%15[^=]=%15[^;]", word, rest);
	printf("%d %s %s\n", r, word, rest);
	r = sscanf("2024-06-30", "%4d-%*d-%d", &a, &b);
	printf("%d %d %d\n", r, a, b);
	r = sscanf("abc", "%d", &a);
	printf("%d\n", r);
	r = sscanf("", "%d", &a);
	printf("%d\n", r == EOF);
	r = sscanf("0.75 ff", "%lf %x", &d, &x);
	printf("%d %.2f %u\n", r, d, x);
	r = sscanf("123456", "%2d%3d", &a, &b);
	printf("%d %d %d\n", r, a, b);
	return 0;
}
