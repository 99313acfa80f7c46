// errorcheck
// Checks that modifying a const-qualified object is diagnosed: assignment,
// compound assignment, increment, and through a pointer to const.

void
f(void)
{
	const int c = 1;
	const int *p = &c;
	const struct { int m; } s = { 0 };

	c = 2;		// ERROR "read-only|const-qualified"
	c += 1;		// ERROR "read-only|const-qualified"
	c++;		// ERROR "read-only|const-qualified"
	*p = 3;		// ERROR "read-only|const-qualified"
	s.m = 4;	// ERROR "read-only|const-qualified"
}
