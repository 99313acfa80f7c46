// run
// Checks functions with restrict-qualified parameters called on
// non-overlapping objects, and that memmove (not memcpy) handles overlap.

#include <stdio.h>
#include <string.h>

static void add_arrays(int n, int *restrict dst, const int *restrict a,
	const int *restrict b)
{
	int i;

	for (i = 0; i < n; i++)
		dst[i] = a[i] + b[i];
}

static void scale(int n, double *restrict out, const double *restrict in,
	double k)
{
	while (n-- > 0)
		*out++ = *in++ * k;
}

int main(void)
{
	int a[4] = { 1, 2, 3, 4 }, b[4] = { 10, 20, 30, 40 }, r[4];
	double in[3] = { 0.5, 1.0, 1.5 }, out[3];
	char buf[] = "abcdefgh";
	int *restrict rp = r;

	add_arrays(4, r, a, b);
	printf("%d %d %d %d\n", r[0], r[1], r[2], r[3]);
	scale(3, out, in, 4.0);
	printf("%.1f %.1f %.1f\n", out[0], out[1], out[2]);
	rp[0] = 99;
	printf("%d\n", r[0]);
	memmove(buf + 2, buf, 5);
	printf("%s\n", buf);
	memmove(buf, buf + 3, 5);
	printf("%s\n", buf);
	return 0;
}
