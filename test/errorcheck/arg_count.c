// errorcheck
// Checks that calling a prototyped function with too many or too few
// arguments is diagnosed (C11 6.5.2.2p2).

int two(int a, int b);
int none(void);

int
f(void)
{
	int r = 0;

	r += two(1);		// ERROR "too few arguments"
	r += two(1, 2, 3);	// ERROR "too many arguments"
	r += none(4);		// ERROR "too many arguments"
	return r + two(1, 2);
}
