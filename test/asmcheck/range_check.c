// asmcheck
// Checks that the range test c >= 'a' && c <= 'z' becomes one subtract
// of 'a' (97) and one unsigned compare against the width of the range
// (25 with setbe, or 26 with setb), with no compare against 'z' (122)
// and no branch.
// requires: gcc || clang

int
is_lower(int c)
{
	// amd64:`(subl\s+\$97|addl\s+\$-97),`,`cmpl\s+\$2[56],`,`setbe?\s`,-`\$122\b`,-`\bj[a-z]{1,3}\s`
	return c >= 'a' && c <= 'z';
}

int
is_digit(unsigned c)
{
	// amd64:`(subl\s+\$48|addl\s+\$-48),`,`cmpl\s+\$(9|10),`,-`\$57\b`,-`\bj[a-z]{1,3}\s`
	return c >= '0' && c <= '9';
}
