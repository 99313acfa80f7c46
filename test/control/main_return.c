// run
// Checks that reaching the closing brace of main returns 0, and that
// output buffered in stdout is flushed at normal program termination.

#include <stdio.h>

int main(void)
{
	printf("no newline at end, no return statement");
}
