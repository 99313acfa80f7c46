// run
// Touches nothing the other tests do: stays cached while they change.

#include <stdio.h>

int main(void)
{
	puts("plain");
	return 0;
}
