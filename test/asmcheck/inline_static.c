// asmcheck
// Checks that a small static function called once is inlined into its
// caller: the caller computes x * x + 1 itself (imul, then lea of the
// result plus one) and calls nothing; the static function leaves no
// code of its own, so its name is not referenced.
// requires: gcc || clang

static int
square(int x)
{
	return x * x;
}

int
square_plus_one(int x)
{
	// amd64:`imull\s+%edi,\s*%edi`,`leal\s+1\(%rdi\),`,-`\bcall`,-`\bjmp`,-`square\b`
	return square(x) + 1;
}
