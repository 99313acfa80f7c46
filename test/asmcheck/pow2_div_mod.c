// asmcheck
// Checks division and remainder by powers of two: unsigned x / 16 is a
// logical right shift and unsigned x % 8 an and with 7; signed x / 16 is
// an arithmetic shift after a bias for negative x. None of them divides.
// requires: gcc || clang

unsigned
udiv16(unsigned x)
{
	// amd64:`shrl\s+\$4,`,-`\bi?div`,-`\bsar`
	return x / 16;
}

unsigned
umod8(unsigned x)
{
	// amd64:`andl\s+\$7,`,-`\bi?div`,-`\bshr`
	return x % 8;
}

int
sdiv16(int x)
{
	// amd64:`sarl\s+\$4,`,`15\(%rdi\)`,-`\bi?div`
	return x / 16;
}
