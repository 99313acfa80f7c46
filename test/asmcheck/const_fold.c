// asmcheck
// Checks that a pure computation on constants is folded at compile time:
// the sum of the squares of 0..9 (285) and a product of constant
// operands (6 * 7 = 42) are returned as immediates, with no loop and no
// multiply left.
// requires: gcc || clang

static int
square(int x)
{
	return x * x;
}

int
sum_squares(void)
{
	int s = 0;
	int i;

	// amd64:`movl\s+\$285,\s*%eax`,-`\bj[a-z]{1,3}\s`,-`\bimul`,-`\bcall`
	for (i = 0; i < 10; i++)
		s += square(i);
	return s;
}

int
answer(void)
{
	int a = 6, b = 7;

	// amd64:`movl\s+\$42,\s*%eax`,-`\bimul`,-`\$[67],`
	return a * b;
}
