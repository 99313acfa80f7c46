// run
// gcc PR 29970: sizeof applied to an expression whose type is a structure
// with a variable-length member (GNU extension) must evaluate the member's
// size expression where the type was declared; gcc before 12 took the size
// for a statement expression's struct from the bound's value before the
// statement expression ran, and so got the size wrong.
// fixed: gcc 12
// requires: gcc

#include <stdio.h>

/* noipa keeps the size computation here: at run time, the bound times
   the element size (2), scaled in an lea from the argument register. */
__attribute__((noipa)) static int
record_size(int width)
{
	// gcc.amd64:`lea[lq]\s+\S*%rdi`,-`movl\s+\$\d+, %eax`
	// width is changed inside the ({ }) before the struct is declared.
	return (int)sizeof(*__extension__ ({
		width = width * 4;
		struct { short cells[width]; } rec;
		&rec;
	}));
}

int
main(int argc, char **argv)
{
	(void)argv;
	printf("%d %d\n", record_size(argc + 2), record_size(5));
	return 0;
}
