// errorcheck
// Checks that implicit int is gone: every declaration, struct member
// declaration and type name needs at least one type specifier (C11
// 6.7.2p2), even when a storage class or qualifier is present.

static x;		// GCC_ERROR "type defaults to .int. in declaration of .x." CLANG_ERROR "type specifier missing, defaults to .int."
const y = 1;		// GCC_ERROR "type defaults to .int. in declaration of .y." CLANG_ERROR "type specifier missing, defaults to .int."
extern z;		// GCC_ERROR "type defaults to .int. in declaration of .z." CLANG_ERROR "type specifier missing, defaults to .int."
struct s { const m; };	// GCC_ERROR "type defaults to .int. in declaration of .m." CLANG_ERROR "type specifier missing, defaults to .int."
unsigned long size = sizeof(const);	// GCC_ERROR "type defaults to .int. in type name" CLANG_ERROR "type specifier missing, defaults to .int."

void
g(void)
{
	register r = 0;	// GCC_ERROR "type defaults to .int. in declaration of .r." CLANG_ERROR "type specifier missing, defaults to .int."

	(void)r;
}
