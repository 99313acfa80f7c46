// run
// Checks prefix and postfix ++ and -- on integers, pointers and doubles,
// each used once between sequence points.

#include <stdio.h>

int main(void)
{
	int i = 5, j;
	double d = 0.5;
	char s[] = "abc";
	char *p = s;
	unsigned u = 0;

	j = i++;
	printf("%d %d\n", i, j);
	j = ++i;
	printf("%d %d\n", i, j);
	j = i--;
	printf("%d %d\n", i, j);
	j = --i;
	printf("%d %d\n", i, j);
	d++;
	printf("%.1f\n", d);
	printf("%c", *p++);
	printf("%c", *++p);
	printf("%c\n", *--p);
	u--;
	printf("%d\n", u + 1 == 0);
	for (i = 0; i < 3; ++i)
		printf("%d", i);
	printf("\n");
	i = 10;
	while (i-- > 7)
		printf("%d ", i);
	printf("end %d\n", i);
	return 0;
}
