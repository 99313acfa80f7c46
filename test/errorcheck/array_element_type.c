// errorcheck
// Checks that an array's element type may be neither a function type nor
// an incomplete type (void, an undefined struct, an array of unknown
// size), also when it comes from a typedef (C11 6.7.6.2p1). Arrays of
// function pointers, and an array of unknown size of complete arrays,
// are fine.

struct later;
typedef int fnt(void);

int fa[3](void);	// GCC_ERROR "declaration of .fa. as array of functions" CLANG_ERROR ".fa. declared as array of functions"
fnt table[2];		// GCC_ERROR "declaration of .table. as array of functions" CLANG_ERROR ".table. declared as array of functions"
void va[2];		// GCC_ERROR "declaration of .va. as array of voids" CLANG_ERROR "array has incomplete element type .void."
struct later la[4];	// ERROR "array (type )?has incomplete element type .struct later."
extern int bad[2][];	// ERROR "array (type )?has incomplete element type .int\[\]."
int (*ok[3])(void);
extern int ok2[][2];
