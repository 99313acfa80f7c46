// errorcheck -Wno-pedantic
// gcc PR 32122: the operand of a computed goto (GNU "goto *expr") must have
// pointer type, but gcc before 12 silently accepted an integer or a
// floating-point operand here and converted it to an address.
// fixed: gcc 12
// requires: gcc || clang

int
dispatch(int slot, double weight)
{
	void *table[] = { &&first, &&second };

	if (slot < 0)
		goto *slot;	// GCC_ERROR "computed goto must be pointer type" CLANG_ERROR "integer to pointer conversion"
	if (weight > 1.0)
		goto *weight;	// GCC_ERROR "computed goto must be pointer type" CLANG_ERROR "incompatible type"
	goto *table[slot & 1];
first:
	return 1;
second:
	return 2;
}
