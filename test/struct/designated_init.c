// run
// Checks designated initialisers: array index and member designators,
// nesting, out-of-order designators, and overriding a previous value.

#include <stdio.h>

struct config {
	const char *name;
	int level;
	struct {
		int w, h;
	} size;
	int flags[4];
};

int main(void)
{
	int squares[8] = { [2] = 4, [5] = 25, [3] = 9 };
	int after[6] = { [1] = 1, 2, 3, [0] = 7 };
	int override[3] = { 1, 2, 3, [1] = 20 };
	int implied[] = { [6] = 1 };
	struct config c = {
		.level = 3,
		.size.h = 480,
		.flags = { [3] = 8 },
		.name = "cfg",
		.size = { .w = 640, .h = 200 },
	};
	struct config arr[2] = { [1].size.w = 5, [0].name = "first" };
	int i;

	for (i = 0; i < 8; i++)
		printf("%d ", squares[i]);
	printf("\n");
	for (i = 0; i < 6; i++)
		printf("%d ", after[i]);
	printf("\n%d %d %d\n", override[0], override[1], override[2]);
	printf("%d\n", (int)(sizeof implied / sizeof implied[0]));
	printf("%s %d %dx%d %d %d\n", c.name, c.level, c.size.w, c.size.h,
		c.flags[0], c.flags[3]);
	printf("%s %d %d\n", arr[0].name, arr[1].size.w, arr[1].name == NULL);
	return 0;
}
