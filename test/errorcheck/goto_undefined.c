// errorcheck
// Checks that goto to a label not defined in the function is diagnosed,
// even when another function defines it, and that a label may not be
// defined twice in one function (C11 6.8.6.1p1, 6.8.1p3).

void
other(void)
{
target:
	return;
}

void
f(void)
{
	goto target;	// ERROR "used but not defined|undeclared label"
}

void
g(void)
{
twice:
	;
twice:		// ERROR "duplicate label|redefinition of label"
	goto twice;
}
