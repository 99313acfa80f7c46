// run
// Checks switch: control falls through case labels without break,
// default may appear anywhere, and unmatched values with no default skip.

#include <stdio.h>

static void classify(int v)
{
	printf("%d:", v);
	switch (v) {
	case 1:
		printf(" one");
	case 2:
		printf(" upto-two");
		break;
	default:
		printf(" other");
	case 5:
		printf(" five-or-other");
		break;
	case 6:
	case 7:
		printf(" six-seven");
	}
	printf("\n");
}

int main(void)
{
	int v;
	char c = 'b';
	long big = 3000000000L;

	for (v = 0; v <= 7; v++)
		classify(v);
	switch (c) {
	case 'a':
		printf("a\n");
		break;
	case 'b':
		printf("b\n");
		break;
	}
	switch (big) {
	case 3000000000L:
		printf("long case\n");
		break;
	}
	switch (4)
		case 4:
			printf("no braces\n");
	switch (9) {
	case 1:
		printf("never\n");
	}
	printf("done\n");
	return 0;
}
