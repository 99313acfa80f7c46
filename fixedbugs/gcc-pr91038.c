// compile
// gcc PR 91038: a statement expression yielding a pointer to a variably
// modified type whose bounds come from a variable declared inside the
// statement expression; dereferencing and subscripting that pointer outside
// made gcc before 12 crash (internal compiler error in
// gimplify_var_or_parm_decl).
// fixed: gcc 12
// requires: gcc || clang

static int cells[100];

int
pick(int side)
{
	// The grid shape (rows of width w) is only known inside the ({ }).
	return (*__extension__ ({
		int w = side * 2;
		int (*grid)[w][w] = (void *)cells;
		grid;
	}))[1][3];
}

int
row_stride(int side)
{
	return (int)sizeof(*__extension__ ({
		int w = side + 5;
		int (*row)[w] = 0;
		row;
	}));
}
