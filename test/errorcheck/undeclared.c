// errorcheck
// Checks that using an undeclared identifier is diagnosed, and that a
// name declared in an inner block is out of scope after it.

int
f(void)
{
	{
		int inner = 1;

		(void)inner;
	}
	return inner;	// ERROR "undeclared"
}

int
g(void)
{
	return nowhere + 1;	// ERROR "undeclared"
}
