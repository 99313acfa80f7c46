// run
// llvm GH 124387: (v < 0) + v + v, with v = -2 or -1, is a rotate left
// by one; clang 19 forms a funnel shift carrying a return range and
// InstCombine, narrowing it through the signed char conversion in put(),
// kept that range after changing the operands, so main printed an
// undefined value instead of -1 at -O2. Fixed for clang 20.
// fixed: clang 20 since 19

#include <stdio.h>

int gate, out;

void put(signed char c)
{
	out = c;
}

int is_neg(int v)
{
	return v < 0;
}

int bit(void)
{
	return gate ? 0 : 1;
}

int twist(int k)
{
	// clang.amd64:`\b(roll|shldl)\b`
	int v = 0;

	if (k != 7)
		v = bit() - 2;
	return is_neg(v) + v + v;
}

int main(void)
{
	put(twist(1));
	printf("%d\n", out);
	return 0;
}
