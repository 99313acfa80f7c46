// errorcheck
// Checks redefinitions: an object defined twice with initialisers, a
// function with two bodies, a struct tag defined twice in one scope,
// and conflicting types for the same identifier (C11 6.7p3, 6.9p3).

int x = 1;
int x = 2;	// ERROR "redefinition"

int
g(void)
{
	return 1;
}

int
g(void)		// ERROR "redefinition"
{
	return 2;
}

struct s { int a; };
struct s { int b; };	// ERROR "redefinition"

int h(int);
double h(int);	// ERROR "conflicting types"

void
k(void)
{
	int local;
	int local;	// ERROR "redeclaration|redefinition"
	(void)local;
}
