// run
// gcc PR 65427: wrong code choosing between two xors of 8-int generic vectors
// requires: gcc || clang
// Checks both arms of the choice made inside a loop.

#include <stdio.h>
#include <string.h>

typedef int v8si __attribute__((vector_size(8 * sizeof(int))));

static v8si a, b, c, d;

static void
select_xor(int x, int y)
{
	do {
		if (x)
			d = a ^ c;
		else
			d = a ^ b;
	} while (y);
}

static void
show(void)
{
	int out[8];

	memcpy(out, &d, sizeof out);
	for (int i = 0; i < 8; i++)
		printf("%#x%s", (unsigned)out[i], i == 7 ? "\n" : " ");
}

int
main(void)
{
	a = (v8si){ 1, 2, 3, 4, 5, 6, 7, 8 };
	b = (v8si){ 0x40, 0x80, 0x40, 0x80, 0x40, 0x80, 0x40, 0x80 };
	c = (v8si){ 0x80, 0x40, 0x80, 0x40, 0x80, 0x40, 0x80, 0x40 };
	select_xor(0, 0);
	show();
	select_xor(1, 0);
	show();
	return 0;
}
