// run
// Checks goto (C11 6.8.6.1): leaving three nested loops at once, the
// single-exit cleanup idiom where later failures jump to labels that
// undo progressively less, a label followed by a null statement at the
// end of a block, a jump into a nested block (allowed when no VLA is
// skipped), and a backward goto forming a loop.

#include <stdio.h>

static int undone;

static int setup(int fail_at)
{
	int step = 0;

	if (fail_at == 1)
		goto fail_first;
	step++;
	if (fail_at == 2)
		goto fail_second;
	step++;
	if (fail_at == 3)
		goto fail_third;
	return 100 + step;

fail_third:
	undone += 100;
fail_second:
	undone += 10;
fail_first:
	undone += 1;
	return -step;
}

int main(void)
{
	int i, j, k, found = 0;
	int n = 0;

	for (i = 0; i < 10; i++)
		for (j = 0; j < 10; j++)
			for (k = 0; k < 10; k++)
				if (i * 100 + j * 10 + k == 347) {
					found = 1;
					goto done;
				}
done:
	printf("found=%d at %d %d %d\n", found, i, j, k);

	for (i = 0; i <= 3; i++) {
		undone = 0;
		n = setup(i);
		printf("setup(%d) = %d, undone %d\n", i, n, undone);
	}
	n = 0;

	i = 0;
	goto inside;
	{
		int local;

		local = 5;
		n += local;
inside:
		local = 7;
		n += local;
	}
	printf("n=%d\n", n);

	i = 0;
	n = 0;
top:
	n += i;
	if (++i <= 10)
		goto top;
	printf("sum=%d\n", n);

	for (i = 0; i < 3; i++) {
		if (i == 1)
			goto next;
		printf("body %d\n", i);
next:
		;
	}
	return 0;
}
