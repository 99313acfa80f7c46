// compile
// clang GH 87867: a compound literal inside a function is not at file
// scope, so its initializers need not be constant (C11 6.5.2.5p3/p7).
// Clang nevertheless rejected one with "initializer element is not a
// compile-time constant" when it sat inside the __typeof__ operand that
// declares a member of another block-scope compound literal. Fixed in
// clang 21; GCC and tcc accept it.
// fixed: clang 21

static long
pick(const int *where, long scale)
{
	return *where * scale;
}

long
wrap(int seed)
{
	struct box {
		__typeof__(pick(&(struct { int v; }){ .v = seed }.v, 3)) amount;
	} b = (struct box){ pick(&seed, 2) };

	return b.amount;
}
