// run
// Checks max_align_t (C11 7.19p2) and fundamental alignment (C11 6.2.8p2):
// its alignment is at least that of every standard scalar type, memory
// from malloc, calloc and realloc is aligned for it (C11 7.22.3p1) so any
// object type can be stored there, and _Alignas(max_align_t) gives a
// buffer the same guarantee.

#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAXAL _Alignof(max_align_t)

static int aligned(const void *p)
{
	return (uintptr_t)p % MAXAL == 0;
}

int main(void)
{
	_Alignas(max_align_t) unsigned char buf[4 * sizeof(max_align_t)];
	size_t n;
	int ok = 1;
	long double *ld;
	void *p, *q;

	printf("%d\n", MAXAL >= _Alignof(long double) && MAXAL >= _Alignof(long long)
		&& MAXAL >= _Alignof(void *) && MAXAL >= _Alignof(double));
	printf("%d\n", sizeof(max_align_t) % MAXAL == 0);
	for (n = 1; n <= 100; n++) {
		p = malloc(n);
		q = calloc(n, 3);
		if (p == NULL || q == NULL)
			return 1;
		ok &= aligned(p) && aligned(q);
		p = realloc(p, n * 7);
		if (p == NULL)
			return 1;
		ok &= aligned(p);
		free(p);
		free(q);
	}
	printf("%d\n", ok);
	ld = malloc(sizeof *ld * 3);
	if (ld == NULL)
		return 1;
	ld[0] = 1.5L;
	ld[1] = ld[0] * 4;
	ld[2] = ld[1] - 0.25L;
	printf("%.2Lf %.2Lf %.2Lf\n", ld[0], ld[1], ld[2]);
	free(ld);
	printf("%d\n", aligned(buf));
	memset(buf, 0, sizeof buf);
	printf("%d\n", buf[sizeof buf - 1]);
	return 0;
}
