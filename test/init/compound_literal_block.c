// run
// Checks block-scope compound literals (C11 6.5.2.5p5, p16): they are
// modifiable lvalues with automatic storage that lasts to the end of the
// enclosing block, can be passed to functions, assigned whole, have
// their address taken and their members written; a const-qualified one
// and a string array one; and a literal evaluated again after a jump
// back is the same object re-initialised, not a new one.

#include <stdio.h>

struct point {
	int x, y;
};

static int
sum(const int *v, int n)
{
	int s = 0;

	while (n-- > 0)
		s += *v++;
	return s;
}

static int
reuse(void)
{
	struct point *cur = NULL, *prev;
	int k = 0;

loop:
	prev = cur;
	cur = &(struct point){ k, k * k };
	if (++k < 3)
		goto loop;
	return cur == prev && cur->x == 2 && cur->y == 4;
}

int main(void)
{
	int *q = (int[]){ 1, 2, 3 };
	struct point pt = { 9, 9 };
	struct point *pp = &(struct point){ 3, 4 };
	const char *word = (const char[]){ "abc" };
	char *edit = (char[]){ "edit" };
	int i;

	q[1] = 20;
	printf("%d %d %d\n", q[0], q[1], q[2]);
	printf("%d\n", sum((int[]){ 1, 2, 3, 4 }, 4));
	pt = (struct point){ .y = 7 };
	printf("%d %d\n", pt.x, pt.y);
	pp->x += 10;
	printf("%d %d\n", pp->x, pp->y);
	printf("%d\n", (struct point){ 5, 6 }.y);
	printf("%s %zu\n", word, sizeof (const char[]){ "abc" });
	edit[0] = 'E';
	printf("%s\n", edit);
	for (i = 0; i < 3; i++) {
		int *pair = (int[2]){ i, i * 10 };

		pair[0] += 100;
		printf("%d %d\n", pair[0], pair[1]);
	}
	printf("%d\n", reuse());
	return 0;
}
