// asmcheck
// Checks that abs, min and max of ints are branch-free: a negation or a
// compare followed by a conditional move, with no jump.
// requires: gcc || clang

int
iabs(int x)
{
	// amd64:`\bnegl\s`,`\bcmovsl?\s`,-`\bj[a-z]{1,3}\s`
	return x < 0 ? -x : x;
}

int
imin(int a, int b)
{
	// amd64:`\bcmov(le|l|g|ge)l?\s`,-`\bj[a-z]{1,3}\s`
	return a < b ? a : b;
}

long
lmax(long a, long b)
{
	// amd64:`\bcmov(le|l|g|ge)q?\s`,-`\bj[a-z]{1,3}\s`
	return a > b ? a : b;
}
