// errorcheck
// Checks where a variably modified type may be declared (C11 6.7.6.2p2):
// only for an ordinary identifier with no linkage at block or prototype
// scope, so not at file scope, not for an extern object or a struct
// member, and a VLA object may not have static storage duration. A
// static pointer to a VLA is fine. gcc gives two errors for the extern.

int n = 4;
int file_vla[n];	// GCC_ERROR "variably modified .file_vla. at file scope" CLANG_ERROR "variable length array declaration not allowed at file scope"

void
f(int m)
{
	static int s[m];	// GCC_ERROR "storage size of .s. isn.t constant" CLANG_ERROR "variable length array declaration cannot have .static. storage duration"
	extern int e[m];	// GCC_ERROR "object with variably modified type must have no linkage" "storage size of .e. isn.t constant" CLANG_ERROR "variable length array declaration cannot have .extern. linkage"
	int ok[m];
	static int (*sp)[m];
	struct holder {
		int member[m];	// GCC_ERROR "member of a structure or union cannot have a variably modified type" CLANG_ERROR "fields must have a constant size"
	} h;

	(void)s;
	(void)ok;
	(void)sp;
	(void)h;
}
