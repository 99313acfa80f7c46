// run
// Checks Duff's device (C11 6.8.4.2, 6.8.5.2): a switch whose case
// labels sit inside a do-while loop it encloses, so the first jump lands
// in the middle of the unrolled body. An 8-way unrolled copy and sum is
// compared with a plain loop for every count from 1 to 40.

#include <stdio.h>

static long duff_sum(const int *p, int count, int *out)
{
	long s = 0;
	int n = (count + 7) / 8;

	switch (count % 8) {
	case 0:	do {	s += *p; *out++ = *p++;
	case 7:		s += *p; *out++ = *p++;
	case 6:		s += *p; *out++ = *p++;
	case 5:		s += *p; *out++ = *p++;
	case 4:		s += *p; *out++ = *p++;
	case 3:		s += *p; *out++ = *p++;
	case 2:		s += *p; *out++ = *p++;
	case 1:		s += *p; *out++ = *p++;
		} while (--n > 0);
	}
	return s;
}

int main(void)
{
	int src[40], dst[41];
	int count, i, bad = 0;
	long total = 0;

	for (i = 0; i < 40; i++)
		src[i] = i * i - 7 * i;
	for (count = 1; count <= 40; count++) {
		long expect = 0, got;

		for (i = 0; i < 41; i++)
			dst[i] = -999;
		got = duff_sum(src, count, dst);
		for (i = 0; i < count; i++) {
			expect += src[i];
			if (dst[i] != src[i])
				bad++;
		}
		if (dst[count] != -999)
			bad++;
		if (got != expect)
			printf("count %d: %ld != %ld\n", count, got, expect);
		total += got;
	}
	printf("mismatched copies %d\n", bad);
	printf("total %ld\n", total);
	return 0;
}
