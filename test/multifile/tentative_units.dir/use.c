/* Another file reaching the same objects, with its own static object. */
extern int hits;
extern int limit;

static int private_count;

int
use_bump(void)
{
	private_count += hits + limit;
	return private_count;
}
