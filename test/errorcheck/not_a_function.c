// errorcheck
// Checks that the call operator applied to something that is not a
// function or a pointer to a function is diagnosed (C11 6.5.2.2p1).

struct s { int a; };

int
f(int n, struct s v, int *p)
{
	int r = n(1);	// ERROR "not a function|called object"
	r += v();	// ERROR "not a function|called object"
	r += p(2);	// ERROR "not a function|called object"
	r += 3(4);	// ERROR "not a function|called object"
	return r;
}
