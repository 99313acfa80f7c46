// run
// Checks break and continue in nested for, while and do loops: each
// applies to the innermost enclosing loop only.

#include <stdio.h>

int main(void)
{
	int i, j, k, found = -1;

	for (i = 1; i <= 4; i++) {
		for (j = 1; j <= 4; j++) {
			if (j == i)
				continue;
			if (j > i)
				break;
			printf("%d%d ", i, j);
		}
	}
	printf("\n");
	i = 0;
	while (1) {
		if (++i > 20)
			break;
		if (i % 3)
			continue;
		k = 0;
		do {
			if (k == 2)
				break;
			k++;
		} while (1);
		printf("%d/%d ", i, k);
	}
	printf("\n");
	for (i = 2; i < 50 && found < 0; i++) {
		for (j = 2; j * j <= i; j++)
			if (i % j == 0)
				break;
		if (j * j > i && i > 40)
			found = i;
	}
	printf("first prime above 40: %d\n", found);
	for (i = 0; i < 3; i++)
		switch (i) {
		case 1:
			continue;
		default:
			printf("sw%d ", i);
			break;
		}
	printf("\n");
	return 0;
}
