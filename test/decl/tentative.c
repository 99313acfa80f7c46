// run
// Checks file-scope tentative definitions: several tentative definitions
// and one real definition of the same object form a single object.

#include <stdio.h>

int shared;
int shared;
int shared = 17;
int shared;

static int hidden;
static int hidden;

int array[];
int array[3] = { 1, 2, 3 };

extern int late;
int late = 8;

int main(void)
{
	shared++;
	hidden += 2;
	printf("%d %d\n", shared, hidden);
	printf("%d\n", array[0] + array[1] + array[2]);
	printf("%d\n", (int)(sizeof array / sizeof array[0]));
	printf("%d\n", late);
	return 0;
}
