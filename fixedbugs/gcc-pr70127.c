// run
// gcc PR 70127: wrong code for d = e = a[0] = c with a signed 2-bit bit-field
// The chained struct assignment runs in a loop; every copy must keep the
// bit-field value 1.

#include <stdio.h>

struct rec {
	int f;
	signed int g : 2;
};

static struct rec arr[1], src = { 5, 1 }, dst;
static short n;

int
main(void)
{
	while (n++ <= 0) {
		struct rec tmp = { 1, 1 };

		dst = tmp = arr[0] = src;
	}
	printf("%d %d %d %d\n", arr[0].f, arr[0].g, dst.f, dst.g);
	return 0;
}
