/* Tentative definitions: each name here is defined once in this file. */
int hits;
int hits;
int limit;
int limit = 7;
int limit;
double ratio;
int one_slot[];
static int private_count;
static int private_count;

int
defs_bump(void)
{
	one_slot[0] += 10;
	return ++private_count;
}

int
defs_slot(void)
{
	return one_slot[0] + 1;
}
