// run
// Checks pointer arithmetic: adding integers moves by whole elements,
// subtraction gives ptrdiff_t, one-past-the-end pointers compare correctly.

#include <stdio.h>
#include <stddef.h>

int main(void)
{
	double v[5] = { 0.5, 1.5, 2.5, 3.5, 4.5 };
	double *p = v, *end = v + 5;
	ptrdiff_t d;
	int a[4] = { 1, 2, 3, 4 };
	int *q = &a[3];

	printf("%.1f\n", *(p + 2));
	printf("%.1f\n", p[4]);
	printf("%.1f\n", 3[v]);
	d = end - p;
	printf("%td\n", d);
	printf("%td\n", &v[1] - &v[4]);
	printf("%d\n", (char *)(p + 1) - (char *)p == (ptrdiff_t)sizeof(double));
	for (; p < end; p++)
		if ((p - v) % 2 == 0)
			printf("%.1f ", *p);
	printf("\n");
	printf("%d\n", p == end && p - 1 == &v[4]);
	while (q >= a + 1) {
		printf("%d", *q);
		q--;
	}
	printf("\n");
	printf("%d %td\n", *&a[2], &a[2] - a);
	return 0;
}
