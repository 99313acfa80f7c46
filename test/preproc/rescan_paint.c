// run
// Checks that a macro name met while its own replacement is being
// rescanned is not replaced again, and stays unreplaceable (C11
// 6.10.3.4p2): directly (foo), through a cycle of two object-like macros
// (ping/pong) or two function-like macros (A/B), and when the name
// reaches another macro's argument; such names end up as ordinary
// identifiers, here variables and functions. A macro invocation inside an
// argument, in contrast, is expanded before substitution (C11 6.10.3.1).

#include <stdio.h>

static int foo = 1, ping = 2, pong = 3, self = 4;

static int A(int x) { return x; }
static int B(int x) { return -x; }
static int f(int x) { return x * 100; }

#define foo (foo + 10)
#define ping pong
#define pong ping
#define A(x) B(x) + 1
#define B(x) A(x) * 2
#define f(x) (x + f(x - 1))
#define ID(x) x
#define self ID(self + 20)
#define inc(x) ((x) + 1)

int main(void)
{
	printf("foo %d\n", foo);
	printf("ping %d pong %d\n", ping, pong);
	printf("A(5) %d\n", A(5));
	printf("B(5) %d\n", B(5));
	printf("f(3) %d\n", f(3));
	printf("self %d\n", self);
	printf("inc %d\n", inc(inc(inc(1))));
	printf("ID %d\n", ID(ID(ID(foo))));
	return 0;
}
