// run
// Checks __LINE__ (the line of the macro use, also through another macro)
// and #line changing both __LINE__ and __FILE__.

#include <stdio.h>

#define HERE __LINE__
#define WHERE() printf("at %d\n", __LINE__)

int main(void)
{
	printf("%d\n", __LINE__);
	printf("%d\n", HERE);
	WHERE();
	printf("%d\n",
		__LINE__);
#line 1000
	printf("%d\n", __LINE__);
#line 2000 "renamed.c"
	printf("%s:%d\n", __FILE__, __LINE__);
	printf("%s:%d\n", __FILE__, HERE);
	return 0;
}
