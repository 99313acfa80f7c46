/* The external definitions of level and describe. */
int level = 50;

int
describe(void)
{
	return 200 + level;
}
