// run
// Checks <limits.h> (C11 5.2.4.2.1): the macros have the types the
// standard gives them (those of the corresponding type after the integer
// promotions, so INT_MAX is int, ULONG_MAX unsigned long and SCHAR_MAX
// int), the values meet the required minimum magnitudes, and the
// relations hold: each signed maximum fits its unsigned counterpart, the
// ranks are ordered, UCHAR_MAX is 2^CHAR_BIT - 1, CHAR_MIN and CHAR_MAX
// match signed char or unsigned char, and MIN is -MAX or -MAX - 1.

#include <stdio.h>
#include <limits.h>

#define IS(x, T) _Generic((x), T: 1, default: 0)

int main(void)
{
	printf("types %d %d %d %d %d %d %d %d\n", IS(SCHAR_MAX, int), IS(SHRT_MIN, int),
		IS(INT_MAX, int), IS(LONG_MAX, long), IS(LLONG_MIN, long long),
		IS(UINT_MAX, unsigned), IS(ULONG_MAX, unsigned long),
		IS(ULLONG_MAX, unsigned long long));
	printf("minima %d %d %d %d %d\n", CHAR_BIT >= 8, SHRT_MAX >= 32767,
		INT_MAX >= 32767, LONG_MAX >= 2147483647, LLONG_MAX >= 9223372036854775807);
	printf("unsigned %d %d %d %d\n", UCHAR_MAX >= 255, USHRT_MAX >= 65535,
		UINT_MAX >= 65535, ULLONG_MAX >= 18446744073709551615u);
	printf("fit %d %d %d %d\n", (unsigned)INT_MAX <= UINT_MAX,
		(unsigned long)LONG_MAX <= ULONG_MAX, (unsigned short)SHRT_MAX <= USHRT_MAX,
		(unsigned long long)LLONG_MAX <= ULLONG_MAX);
	printf("ranks %d %d %d %d\n", SCHAR_MAX <= SHRT_MAX, SHRT_MAX <= INT_MAX,
		INT_MAX <= LONG_MAX, LONG_MAX <= LLONG_MAX);
	printf("uchar %d\n", UCHAR_MAX == (1u << CHAR_BIT) - 1);
	printf("char %d\n", (CHAR_MIN == SCHAR_MIN && CHAR_MAX == SCHAR_MAX)
		|| (CHAR_MIN == 0 && CHAR_MAX == UCHAR_MAX));
	printf("min %d %d %d %d\n", SCHAR_MIN == -SCHAR_MAX || SCHAR_MIN == -SCHAR_MAX - 1,
		INT_MIN == -INT_MAX || INT_MIN == -INT_MAX - 1,
		LONG_MIN == -LONG_MAX || LONG_MIN == -LONG_MAX - 1,
		LLONG_MIN == -LLONG_MAX || LLONG_MIN == -LLONG_MAX - 1);
	printf("mb %d\n", MB_LEN_MAX >= 1);
	printf("wrap %d %d\n", (unsigned char)(UCHAR_MAX + 1) == 0, UINT_MAX + 1u == 0);
	return 0;
}
