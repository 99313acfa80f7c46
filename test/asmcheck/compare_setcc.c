// asmcheck
// Checks that comparisons used as values need no branch: a < b is a
// setl, and a < b && c < d evaluates both compares with setl and
// combines the two flags with an and, since neither side has effects.
// requires: gcc || clang

int
less(int a, int b)
{
	// amd64:`setl\s`,-`\bj[a-z]{1,3}\s`,-`\bcmov`
	return a < b;
}

int
both_less(int a, int b, int c, int d)
{
	// amd64:`setl\s`,`\band[bl]\s`,-`\bj[a-z]{1,3}\s`
	return a < b && c < d;
}

int
below(unsigned a, unsigned b)
{
	// amd64:`setb\s`,-`setl`,-`\bj[a-z]{1,3}\s`
	return a < b;
}
