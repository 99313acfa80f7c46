// run
// Checks compound literals: unnamed objects of struct and array type,
// they are lvalues, and a block-scope one lives until the end of its block.

#include <stdio.h>

struct point {
	int x, y;
};

static int manhattan(struct point p)
{
	return (p.x < 0 ? -p.x : p.x) + (p.y < 0 ? -p.y : p.y);
}

static int sum(const int *v, int n)
{
	int s = 0;

	while (n-- > 0)
		s += v[n];
	return s;
}

static int *file_scope = (int[]){ 10, 20, 30 };

int main(void)
{
	struct point *pp = &(struct point){ 3, -4 };
	int *arr = (int[4]){ 1, 2 };
	int i;

	printf("%d\n", manhattan((struct point){ -1, 2 }));
	printf("%d\n", manhattan(*pp));
	pp->x = 100;
	printf("%d\n", pp->x);
	arr[3] = 9;
	printf("%d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
	printf("%d\n", sum((int[]){ 5, 6, 7 }, 3));
	printf("%d\n", file_scope[2]);
	(struct point){ 0, 0 }.x = 5;
	printf("%d\n", (int)(sizeof (char[]){ "four" }));
	for (i = 0; i < 2; i++) {
		int *p = (int[]){ i * 10 };

		printf("%d ", *p);
	}
	printf("\n");
	printf("%s\n", (const char *[]){ "a", "bee", "sea" }[1]);
	return 0;
}
