// run
// The profile's tool_env reaches the compiler (the wrapper refuses to
// compile without it) and never the program, which prints what it sees.

#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	puts(getenv("E2E_TOOL") ? "leaked" : "clean");
	return 0;
}
