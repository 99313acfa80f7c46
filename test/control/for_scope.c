// run
// Checks the scope of declarations in the first clause of a for loop
// (C11 6.8.5p5, 6.8.5.3): the names are visible in the condition, the
// step and the body and vanish after the loop; they hide an outer name of
// the same spelling; the body is a block nested inside that scope, so it
// may declare the same name again; several declarators share one clause;
// and every loop gets fresh objects (initialised again each time the
// loop is entered).

#include <stdio.h>

static int i = 1000;

int main(void)
{
	int total = 0;

	for (int i = 0; i < 3; i++)
		total += i;
	printf("total %d, file-scope i %d\n", total, i);

	for (int i = 0; i < 2; i++) {
		int i = 50;

		printf("body i %d\n", i);
	}

	for (int lo = 0, hi = 9, *p = &lo; lo < hi; lo += 2, hi--)
		*p += 0, total += hi - lo;
	printf("total %d\n", total);

	for (int round = 0; round < 3; round++) {
		for (int fresh = 10; fresh < 12; fresh++)
			total += fresh;
		static int kept;
		kept++;
		printf("round %d kept %d total %d\n", round, kept, total);
	}

	{
		int i = -1;

		for (int j = i; j < 1; j++) {
			int k = j * 2;

			i += k;
		}
		printf("block i %d\n", i);
	}
	printf("file-scope i %d\n", i);
	return 0;
}
