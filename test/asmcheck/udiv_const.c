// asmcheck
// Checks that unsigned division and remainder by constants that are not
// powers of two use a multiplication by a magic reciprocal and a shift,
// with no div instruction.
// requires: gcc || clang

unsigned
div10(unsigned x)
{
	// amd64:`imul[lq]?\s`,`shr[lq]?\s+\$`,-`\bdiv`
	return x / 10;
}

unsigned long
div1000(unsigned long x)
{
	// amd64:`\b(i?mul[lq]?|mulx[lq]?)\s`,-`\bdiv`
	return x / 1000;
}

unsigned
mod7(unsigned x)
{
	// amd64:`imul[lq]?\s`,-`\bdiv`
	return x % 7;
}
