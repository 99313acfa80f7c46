// run
// Checks access to objects through unsigned char pointers (C11 6.2.6.1p4,
// 6.5p7, 6.3.2.3p7): a char pointer converted from an object pointer
// points to its lowest byte, sizeof bytes make up the object
// representation, copying those bytes one at a time copies the value of
// an int, a double and a struct, and reversing the bytes twice restores
// the value; results do not depend on byte order.

#include <stdio.h>
#include <string.h>

_Static_assert(sizeof(int) == 4, "a 4-byte int is assumed");

struct rec {
	int id;
	double score;
	char name[6];
};

static void
copy_bytes(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n-- > 0)
		*d++ = *s++;
}

static void
reverse_bytes(void *obj, size_t n)
{
	unsigned char *lo = obj, *hi = lo + n - 1, t;

	while (lo < hi) {
		t = *lo;
		*lo++ = *hi;
		*hi-- = t;
	}
}

int main(void)
{
	int i = -123456, j = 0;
	double d = 2.75, e = 0;
	struct rec r = { 7, 9.5, "bytes" }, q;
	unsigned char *bp = (unsigned char *)&i;
	long big = 0x1234567L, saved = big;
	unsigned sum = 0;
	size_t k;

	printf("%d\n", (void *)bp == (void *)&i);
	copy_bytes(&j, &i, sizeof i);
	copy_bytes(&e, &d, sizeof d);
	printf("%d %.2f\n", j, e);
	printf("%d %d\n", memcmp(&i, &j, sizeof i), memcmp(&d, &e, sizeof d));
	copy_bytes(&q, &r, sizeof r);
	printf("%d %.1f %s\n", q.id, q.score, q.name);
	reverse_bytes(&big, sizeof big);
	reverse_bytes(&big, sizeof big);
	printf("%d\n", big == saved);
	i = 0x01010101;
	for (k = 0; k < sizeof i; k++)
		sum += bp[k];
	printf("%d\n", sum == sizeof i);
	return 0;
}
