// run
// Checks the lifetime of variable length arrays (C11 6.2.4p7): storage is
// allocated each time the declaration is reached and released when
// execution leaves the scope, whether by the end of a loop body, by break,
// by a goto back to before the declaration, or by return. Each loop here
// would need far more than a normal stack (4000 x 64 KiB) if the storage
// were not released, and the size may change every iteration.

#include <stdio.h>
#include <string.h>

#define ROUNDS 4000

static long use(int n)
{
	char big[n];

	memset(big, n % 251, (size_t)n);
	return big[n - 1] + big[0];
}

int main(int argc, char **argv)
{
	int base = 65536 + argc - 1;
	long total = 0;
	int i;

	(void)argv;
	for (i = 0; i < ROUNDS; i++) {
		int len = base + i % 5;
		char v[len];

		v[len - 1] = (char)(i % 7);
		total += v[len - 1] + (long)sizeof v - base;
	}
	printf("loop %ld\n", total);

	total = 0;
	for (i = 0; i < ROUNDS; i++) {
		while (1) {
			char w[base];

			w[0] = 1;
			total += w[0];
			break;
		}
	}
	printf("break %ld\n", total);

	i = 0;
	total = 0;
again:
	if (i < ROUNDS) {
		char g[base + i];

		g[i] = 2;
		total += g[i] + (long)(sizeof g - (size_t)base);
		i++;
		goto again;
	}
	printf("goto %ld\n", total);

	total = 0;
	for (i = 0; i < ROUNDS; i++)
		total += use(base);
	printf("return %ld\n", total);
	return 0;
}
