// errorcheck
// Checks that a goto may not jump into the scope of an identifier with a
// variably modified type (C11 6.8.6.1p1), while jumping over an ordinary
// declaration is allowed.

void
f(int n)
{
	goto inside;	// ERROR "variably modified|cannot jump"
	{
		int v[n];

	inside:
		v[0] = 1;
	}
	goto plain;
	{
		int w;

	plain:
		w = 1;
		(void)w;
	}
}
