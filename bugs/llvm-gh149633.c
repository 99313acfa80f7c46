// errorcheck
// llvm GH 149633: the declaration part of a for statement shall only
// declare identifiers for objects with storage class auto or register
// (C11 6.8.5p3), so declaring a struct tag there is a constraint
// violation (DR 277). Clang 14 accepts it without any diagnostic, even
// under -pedantic-errors; the report (July 2025) has since been closed
// upstream. GCC rejects it; tcc 0.9.27 accepts it too.
// bug: clang 13-22, tcc

int
sum_to(int n)
{
	int total = 0;

	for (struct counter { int i; } c = { 0 }; c.i < n; c.i++)	// ERROR "'for' loop"
		total += c.i;
	return total;
}
