// asmcheck
// Checks that a switch on six dense cases whose bodies differ is compiled
// to one bounds check and an indirect jump through a table, not to a
// chain of compares against each case value.
// requires: gcc || clang

int op0(int), op1(int), op2(int), op3(int), op4(int), op5(int);

int
dispatch(int k, int x)
{
	// amd64:`\bjmpq?\s+\*%r`,`cmpl\s+\$5,`,-`cmpl\s+\$[1-4],`
	switch (k) {
	case 0:
		return op0(x);
	case 1:
		return op1(x) + 1;
	case 2:
		return op2(x) * 3;
	case 3:
		return op3(x) - 7;
	case 4:
		return op4(x) ^ 5;
	case 5:
		return op5(x) + x;
	default:
		return -1;
	}
}
