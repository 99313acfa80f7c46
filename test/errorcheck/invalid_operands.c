// errorcheck
// Checks operators applied to operands of the wrong type: arithmetic on
// structs, % and bitwise operators on floating values, adding two
// pointers, and unary minus on a pointer (C11 6.5.5-6.5.12 constraints).

struct s { int a; };

void
f(struct s a, struct s b, double d, int *p, int *q)
{
	struct s c = a + b;	// ERROR "invalid operands"
	double m = d % 2.0;	// ERROR "invalid operands"
	int bits = d & 1;	// ERROR "invalid operands"
	int *sum = p + q;	// ERROR "invalid operands"
	int neg = -p;		// ERROR "wrong type argument to unary minus|invalid argument type"
	(void)c;
	(void)m;
	(void)bits;
	(void)sum;
	(void)neg;
}
