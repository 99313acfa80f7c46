#include <stdio.h>
#include "va.h"

int
main(void)
{
	char c = 7;
	short s = -300;
	_Bool b = 1;
	float f = 0.25f;
	int x = 1000;
	struct span sp = { 10, 25 };
	char buf[16];
	int r;

	printf("%.2f\n", sum_tagged("iiid", c, s, b, f));
	printf("%.2f\n", sum_tagged("Lps", 5000000000LL, &x, sp));
	printf("%.2f\n", sum_tagged(""));
	printf("%lld\n", sum_twice(4, 1, 2, 3, 4));
	r = format(buf, sizeof buf, "%s-%d-%c", "abc", 42, 'z');
	printf("%s %d\n", buf, r);
	r = format(buf, 5, "%d", 123456789);
	printf("%s %d\n", buf, r);
	return 0;
}
