// errorcheck
// An inline definition of a function with external linkage shall not
// define a modifiable object with static storage duration (C11 6.7.4p3, a
// constraint; only C2y drops it, WG14 N3622). For a constraint violation
// C11 5.1.1.3 requires only a diagnostic, and a warning is one. gcc 11 and
// 12 warn by default and make it an error under -pedantic-errors, which
// the profiles pass. Clang 13 to 22 only warn (-Wstatic-local-in-inline),
// also under -pedantic-errors, so the compile succeeds: under clang this
// test checks -pedantic-errors strictness, not conformance, since clang's
// warning is the diagnostic 5.1.1.3 asks for. llvm PR 166332 proposes an
// extension warning instead, which -pedantic-errors would make an error.
// tcc 0.9.27 compiles it without any diagnostic, which 5.1.1.3 forbids.
// bug: clang 13-22, tcc
// clang: llvm GH 39524: only warns, also under -pedantic-errors, so the compile succeeds (a diagnostic is given; what is missing is the error)
// tcc: no tracker entry: compiles the static object in the inline definition without any diagnostic

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
