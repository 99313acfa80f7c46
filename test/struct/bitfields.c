// run
// Checks bit-field values (not layout): unsigned bit-fields wrap modulo
// 2^width, signed ones hold their in-range values, and _Bool bit-fields.
// Narrow unsigned bit-fields promote to int, so f.mode - 3 is negative.

#include <stdio.h>

struct flags {
	unsigned int ready : 1;
	unsigned int mode : 3;
	signed int delta : 5;
	_Bool on : 1;
	unsigned int count : 8;
};

int main(void)
{
	struct flags f = { 1, 5, -16, 1, 200 };
	int i;

	printf("%d %d %d %d %d\n", f.ready, f.mode, f.delta, f.on, f.count);
	f.mode = 9;
	printf("%d\n", f.mode);
	f.ready++;
	printf("%d\n", f.ready);
	f.delta = 15;
	printf("%d\n", f.delta);
	f.count += 100;
	printf("%d\n", f.count);
	f.on = 5;
	printf("%d\n", f.on);
	for (i = 0, f.mode = 0; i < 10; i++)
		f.mode++;
	printf("%d\n", f.mode);
	printf("%d\n", f.mode - 3);
	return 0;
}
