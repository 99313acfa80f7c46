/* Private versions of names that beta.c defines externally. */
static int level = 1;
static int describe(void);

extern int level;
extern int describe(void);

static int
describe(void)
{
	return 100 + level;
}

int
alpha_describe(void)
{
	level++;
	return describe();
}
