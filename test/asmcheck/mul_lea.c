// asmcheck
// Checks that multiplying by 3, 5 and 9 becomes one lea with the operand
// as both base and index (scale 2, 4 or 8), that multiplying by 8 becomes
// a scaled-index lea or a left shift, and that none of them uses imul.
// requires: gcc || clang

int
mul3(int x)
{
	// amd64:`leal\s+\(%rdi,%rdi,2\),`,-"imul"
	return x * 3;
}

int
mul5(int x)
{
	// amd64:`leal\s+\(%rdi,%rdi,4\),`,-"imul"
	return x * 5;
}

long
mul9(long x)
{
	// amd64:`leaq\s+\(%rdi,%rdi,8\),`,-"imul"
	return x * 9;
}

unsigned
mul8(unsigned x)
{
	// amd64:`(leal\s+0?\(,%rdi,8\),|sall\s+\$3,)`,-"imul"
	return x * 8;
}
