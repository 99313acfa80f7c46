// errorcheck
// Checks typedef redefinitions (C11 6.7p3): a typedef name may be
// redefined only as the same type, never when that type is variably
// modified, and an identifier may not be both an object and a typedef
// name in one scope. Same-type redefinitions are fine.

typedef int T;
typedef int T;
typedef long T;			// GCC_ERROR "conflicting types for .T." CLANG_ERROR "typedef redefinition with different types \(.long. vs .int.\)"
typedef unsigned U;
typedef unsigned int U;
typedef const unsigned int U;	// GCC_ERROR "conflicting type qualifiers for .U." CLANG_ERROR "typedef redefinition with different types"
int T2;
typedef int T2;			// GCC_ERROR ".T2. redeclared as different kind of symbol" CLANG_ERROR "redefinition of .T2. as different kind of symbol"

void
f(int n)
{
	typedef int V[n];
	typedef int V[n];	// GCC_ERROR "redefinition of typedef .V. with variably modified type" CLANG_ERROR "redefinition of typedef for variably-modified type"
	typedef char *P;
	typedef char *P;
	typedef signed char *P;	// GCC_ERROR "conflicting types for .P." CLANG_ERROR "typedef redefinition with different types"
}
