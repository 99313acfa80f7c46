// run
// Checks #if arithmetic details (C11 6.10.1p4): signed values act as
// intmax_t and unsigned ones as uintmax_t, so -1 < 0u is false and
// ~0u == -1 is true however wide unsigned int is; a comparison yields a
// signed 0 or 1; ?: applies the usual arithmetic conversions; shifts
// happen in intmax_t width; && || and ?: do not evaluate the operand
// they skip (a division by zero there is fine); and identifiers left
// after macro expansion, true and false included, are 0.

#include <stdio.h>

int main(void)
{
#if -1 < 0u
	printf("wrong: -1 < 0u\n");
#else
	printf("-1 < 0u is false\n");
#endif
#if ~0u == -1
	printf("~0u == -1\n");
#endif
#if -1 > 0 || 0u - 1 > 0
	printf("0u - 1 wraps in uintmax_t\n");
#endif
#if (0u < 1) - 2 < 0
	printf("a comparison is signed\n");
#endif
#if (1 ? -1 : 0u) > 0
	printf("?: converts -1 to unsigned\n");
#endif
#if (1 ? -1 : 0) < 0
	printf("?: of two signed values stays signed\n");
#endif
#if (1 << 40) > 0 && (1 << 40) / (1 << 20) == 1048576
	printf("shifts in intmax_t\n");
#endif
#if 0 && 1 / 0
#elif 1 || 1 / 0
	printf("&& and || short-circuit\n");
#endif
#if 1 ? 2 : 1 / 0
	printf("?: skips the other branch\n");
#endif
#if true || false
	printf("wrong: true is a macro\n");
#else
	printf("true and false are 0\n");
#endif
#if undefined_name + 3 == 3 && !undefined_name
	printf("unknown identifiers are 0\n");
#endif
#if 0x7fff * 2 + 1 == 65535 && 010 == 8 && 'A' - 'A' == 0 && '\0' == 0
	printf("constants of all kinds\n");
#endif
#if -0x7fffffffffffffff - 1 < 0 && 0x8000000000000000 > 0
	printf("64-bit bounds\n");
#endif
	return 0;
}
