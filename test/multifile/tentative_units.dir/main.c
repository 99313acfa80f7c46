#include <stdio.h>

extern int hits;
extern int limit;
extern double ratio;
extern int one_slot[];

int defs_bump(void);
int defs_slot(void);
int use_bump(void);

static int private_count;
static int private_count = 100;

int
main(void)
{
	int first;

	printf("%d %d %.1f %d\n", hits, limit, ratio, one_slot[0]);
	while (hits < limit)
		hits += 2;
	ratio = hits / 4.0;
	printf("%d %.2f\n", hits, ratio);
	first = defs_bump();
	printf("%d %d\n", first, defs_bump());
	printf("%d %d\n", use_bump(), private_count);
	printf("%d\n", defs_slot());
	printf("%d\n", one_slot[0]);
	return 0;
}
