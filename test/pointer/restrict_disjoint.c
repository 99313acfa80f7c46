// run
// Checks restrict-qualified pointer parameters used as C11 6.7.3.1
// allows: every object modified through one restrict pointer is reached
// through no other pointer during the call, including two restrict
// parameters pointing into disjoint halves of one array, read-only
// parameters that alias each other (6.7.3.1p10: no object is modified
// through them), and a string copy from a literal into a local array.

#include <stdio.h>
#include <stddef.h>

static void
saxpy(size_t n, float a, const float *restrict x, float *restrict y)
{
	size_t i;

	for (i = 0; i < n; i++)
		y[i] = a * x[i] + y[i];
}

static int
dot(size_t n, const int *restrict a, const int *restrict b)
{
	int s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s += a[i] * b[i];
	return s;
}

static void
split_copy(size_t half, int *restrict dst, const int *restrict src)
{
	while (half-- > 0)
		*dst++ = *src++ * 2;
}

static char *
copy_upper(char *restrict dst, const char *restrict src)
{
	char *start = dst;

	while ((*dst = *src++) != '\0') {
		if (*dst >= 'a' && *dst <= 'z')
			*dst = (char)(*dst - 'a' + 'A');
		dst++;
	}
	return start;
}

int main(void)
{
	float x[4] = { 1, 2, 3, 4 }, y[4] = { 0.5f, 0.5f, 0.5f, 0.5f };
	int v[3] = { 1, 2, 3 };
	int both[8] = { 1, 2, 3, 4, 0, 0, 0, 0 };
	char out[16];
	int i;

	saxpy(4, 2.0f, x, y);
	printf("%.1f %.1f %.1f %.1f\n", y[0], y[1], y[2], y[3]);
	printf("%d\n", dot(3, v, v));
	split_copy(4, both + 4, both);
	for (i = 0; i < 8; i++)
		printf("%d%c", both[i], i == 7 ? '\n' : ' ');
	printf("%s\n", copy_upper(out, "restrict ok"));
	return 0;
}
