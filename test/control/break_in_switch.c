// run
// Checks what break and continue bind to (C11 6.8.6.2, 6.8.6.3): break
// inside a switch leaves only the switch, even when the switch is inside
// a loop; continue inside a switch continues the enclosing loop; break in
// a loop nested in a switch case leaves only that loop; and a continue in
// a do-while jumps to the loop condition, which can end the loop.

#include <stdio.h>

int main(void)
{
	int i, j, n;

	for (i = 0; i < 6; i++) {
		switch (i % 3) {
		case 0:
			printf("[%d zero]", i);
			break;
		case 1:
			continue;
		default:
			printf("[%d two]", i);
		}
		printf(" after %d\n", i);
	}

	for (i = 0; i < 3; i++) {
		switch (i) {
		case 1:
			for (j = 0; j < 10; j++)
				if (j == 2)
					break;
			printf("inner loop stopped at %d\n", j);
			/* fall through */
		case 2:
			printf("case 2 reached with i=%d\n", i);
			break;
		}
	}

	n = 0;
	i = 0;
	do {
		i++;
		if (i % 2)
			continue;
		n += i;
	} while (i < 9);
	printf("do-while: i=%d n=%d\n", i, n);

	n = 0;
	for (i = 0; i < 4; i++) {
		j = 0;
		while (1) {
			if (++j > i)
				break;
			switch (j) {
			case 2:
				continue;
			}
			n += j;
		}
	}
	printf("while-switch: n=%d\n", n);
	return 0;
}
