// errorcheck
// llvm GH 39524: an inline definition of a function with external linkage
// shall not define a modifiable object with static storage duration
// (C11 6.7.4p3, a constraint; only C2y drops it, WG14 N3622). Clang only
// warns (-Wstatic-local-in-inline) and keeps it a warning under
// -pedantic-errors, so the translation unit compiles; the fix that makes
// it an extension warning (llvm PR 166332) was still open in late 2025.
// GCC rejects it; tcc 0.9.27 accepts it silently.
// bug: clang 13-22, tcc

inline int
next_ticket(void)
{
	static int counter;	// ERROR "static"

	return ++counter;
}

int
take_ticket(void)
{
	return next_ticket();
}
