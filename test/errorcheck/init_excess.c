// errorcheck
// Checks initializer constraints (C11 6.7.9p2, p4): no more initializers
// than elements, and initializers of static objects must be constants.

int a[2] = { 1, 2, 3 };	// ERROR "excess elements"
struct s { int x; } sv = { 1, 2 };	// ERROR "excess elements"
int g = 1;
int h = g + 1;	// ERROR "not constant|not a compile-time constant"
char str[2] = "toolong";	// ERROR "too long|exceeds"
