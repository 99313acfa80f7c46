// run
// Checks #if arithmetic: integer constant expressions in intmax_t,
// unknown identifiers evaluating to 0, #elif chains, and nested #if.

#include <stdio.h>

#define LEVEL 3
#define MASK 0x0F

int main(void)
{
#if LEVEL * 2 + 1 == 7
	printf("arith ok\n");
#else
	printf("arith bad\n");
#endif
#if UNDEFINED_NAME
	printf("undefined is true\n");
#else
	printf("undefined is 0\n");
#endif
#if LEVEL == 1
	printf("one\n");
#elif LEVEL == 2
	printf("two\n");
#elif LEVEL == 3
	printf("three\n");
#else
	printf("many\n");
#endif
#if (MASK & 0x5) == 5 && !(MASK >> 4)
	printf("bits ok\n");
#endif
#if -1 < 0u
	printf("unsigned compare wrong\n");
#else
	printf("-1 < 0u is false in #if too\n");
#endif
#if 0x7fffffffffffffff > 0 && (1 ? 2 : 3) == 2
	printf("wide ok\n");
#endif
#if 0
#if this is skipped entirely
#error not reached
#endif
#endif
#if LEVEL > 2
#if LEVEL > 5
	printf("nested high\n");
#else
	printf("nested mid\n");
#endif
#endif
#if 10 / 3 == 3 && 10 % 3 == 1 && -7 / 2 == -3
	printf("division truncates\n");
#endif
	return 0;
}
