// run
// Checks void pointers: any object pointer converts to void * and back
// unchanged, generic code over bytes with unsigned char, and NULL.

#include <stdio.h>
#include <string.h>

static void swap(void *a, void *b, size_t size)
{
	unsigned char *p = a, *q = b;

	while (size--) {
		unsigned char t = *p;

		*p++ = *q;
		*q++ = t;
	}
}

static void reverse(void *base, size_t n, size_t size)
{
	unsigned char *lo = base, *hi = lo + (n - 1) * size;

	for (; lo < hi; lo += size, hi -= size)
		swap(lo, hi, size);
}

int main(void)
{
	int i = 1, j = 2;
	double d[4] = { 1.25, 2.5, 3.75, 5.0 };
	char s[] = "stressed";
	void *vp = &i;
	int *ip = vp;
	void *null = NULL;
	size_t k;

	swap(&i, &j, sizeof i);
	printf("%d %d\n", i, j);
	printf("%d\n", ip == &i && *ip == 2);
	reverse(d, 4, sizeof d[0]);
	for (k = 0; k < 4; k++)
		printf("%.2f ", d[k]);
	printf("\n");
	reverse(s, strlen(s), 1);
	printf("%s\n", s);
	printf("%d\n", null == NULL && null == 0);
	printf("%d\n", (void *)d == (void *)&d[0]);
	return 0;
}
