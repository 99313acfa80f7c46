// asmcheck
// Checks that a fixed-length loop adding two int arrays into a third,
// through restrict-qualified pointers, is vectorised with SSE2 paddd on
// 16-byte loads and needs neither a scalar loop nor a run-time overlap
// check. Without restrict, gcc 12's very-cheap cost model at -O2 leaves the
// loop scalar, while clang vectorises it behind an overlap check
// (compares of the array bounds, then seta) with a scalar fallback.
// requires: gcc || clang

void
add_restrict(int *restrict d, const int *restrict a, const int *restrict b)
{
	int i;

	// amd64:`paddd\s+%xmm`,`movdqu\s+\d*\(%r`,-`addl\s+-?\d*\(%r`,-`\bset[a-z]+\s`
	for (i = 0; i < 1024; i++)
		d[i] = a[i] + b[i];
}

void
add_aliased(int *d, const int *a, const int *b)
{
	int i;

	// gcc.amd64:`addl\s+-?\d*\(%r`,-`paddd`
	// clang.amd64:`paddd\s+%xmm`,`\bseta\s`,`addl\s+-?\d*\(%r`
	for (i = 0; i < 1024; i++)
		d[i] = a[i] + b[i];
}
