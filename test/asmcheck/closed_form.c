// asmcheck
// Checks that clang replaces a loop summing 1..n by a closed form:
// n(n+1)/2 is computed with one multiply and a shift, and no loop
// remains: no counter is incremented by one and there is no jne, jb
// or jl back to a loop head.
// requires: clang

int
sum_to(int n)
{
	int s = 0;
	int i;

	// amd64:`imul[lq]\s`,`shr[lq]?\s`,-`\bj(ne|b|l|nz)\s`,-`\badd[lq]\s+\$1,`
	for (i = 1; i <= n; i++)
		s += i;
	return s;
}
