// errorcheck
// Checks that the address of an object declared register may not be
// taken (C11 6.5.3.2p1), even to read it back through the pointer.

int
f(void)
{
	register int r = 1;
	int *p = &r;	// ERROR "address of register variable"
	return *p;
}
