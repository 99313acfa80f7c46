// asmcheck
// Checks dead store elimination: of two stores to the same object with
// no read between them only the last remains, and a store to a local
// that is never read is removed along with its computation.
// requires: gcc || clang

void
overwrite(int *p)
{
	// amd64:`movl\s+\$2,\s*\(%rdi\)`,-`\$1,`
	*p = 1;
	*p = 2;
}

int
unused_local(int x)
{
	int scratch;

	// amd64:`leal\s+1\(%rdi\),`,-`\bimul`,-`%rsp|%rbp`
	scratch = x * 12345;
	scratch += 3;
	return x + 1;
}
