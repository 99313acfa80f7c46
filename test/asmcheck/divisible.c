// asmcheck
// Checks that a divisibility test by an odd constant, x % 7 == 0, is a
// multiplication by the inverse of 7 modulo 2^32 (-1227133513 as a
// signed immediate) followed by one compare, with no division.
// requires: gcc || clang

int
divisible7(int x)
{
	// amd64:`imull\s+\$-1227133513,`,`cmpl\s+\$`,-`\bi?div`
	return x % 7 == 0;
}

int
udivisible5(unsigned x)
{
	// amd64:`imull\s+\$-858993459,`,`cmpl\s+\$`,-`\bi?div`
	return x % 5 == 0;
}
