// run
// Checks goto: forward and backward jumps, jumping out of nested loops,
// and labels living in their own name space.

#include <stdio.h>

int main(void)
{
	int i = 0, j, count = 0;
	int label = 5;

again:
	i++;
	if (i < 3)
		goto again;
	printf("i=%d\n", i);

	for (i = 0; i < 10; i++)
		for (j = 0; j < 10; j++)
			if (i * j == 12)
				goto out;
out:
	printf("%d*%d\n", i, j);

	goto skip;
	count = 100;
skip:
	count++;
	printf("count=%d\n", count);

	goto label;
label:
	printf("label=%d\n", label);
	{
		goto inner;
	inner:
		printf("inner\n");
	}
	return 0;
}
