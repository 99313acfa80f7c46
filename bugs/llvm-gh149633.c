// errorcheck
// The declaration part of a for statement shall declare only identifiers
// for objects with storage class auto or register (C11 6.8.5p3), so
// declaring a struct tag there is a constraint violation (DR 277) and needs
// a diagnostic. gcc 11 and 12 reject it. Clang 13 to 22 accept it without
// any diagnostic, even under -pedantic-errors; the LLVM issue is closed in
// the copy of the tracker searched, but no installed clang has a fix.
// tcc 0.9.27 accepts it without a diagnostic too.
// bug: clang 13-22, tcc
// clang: llvm GH 149633: accepts a struct tag declared in a for statement's declaration with no diagnostic, even under -pedantic-errors
// tcc: no tracker entry: accepts a struct tag declared in a for statement's declaration with no diagnostic

int
sum_to(int n)
{
	int total = 0;

	for (struct counter { int i; } c = { 0 }; c.i < n; c.i++)	// ERROR "'for' loop"
		total += c.i;
	return total;
}
