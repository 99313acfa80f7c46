// asmcheck -mpopcnt
// Checks that the clear-lowest-set-bit counting loop (x &= x - 1) is
// recognised as a population count: with -mpopcnt it is one popcnt
// instruction, with no loop left.
// requires: gcc || clang

int
bits32(unsigned x)
{
	int n = 0;

	// amd64:`popcntl\s`,-`\bj[a-z]{1,3}\s`,-`\bcall`
	while (x) {
		x &= x - 1;
		n++;
	}
	return n;
}

int
bits64(unsigned long long x)
{
	int n = 0;

	// amd64:`popcntq\s`,-`\bj[a-z]{1,3}\s`,-`\bcall`
	for (; x; x &= x - 1)
		n++;
	return n;
}
