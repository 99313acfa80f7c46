// errorcheck
// Checks return-statement constraints (C11 6.8.6.4p1): a value returned
// from a void function, no value from a non-void function, and using the
// value of a void expression (C11 6.3.2.2).

void nothing(void);

void
g(void)
{
	return 1;	// ERROR "with a value|should not return a value"
}

int
f(int x)
{
	if (x)
		return;	// ERROR "with no value|should return a value"
	return 0;
}

int
h(void)
{
	int y = nothing();	// ERROR "void value not ignored|incompatible type .void."
	return y;
}
