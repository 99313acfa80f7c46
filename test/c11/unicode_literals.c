// run
// Checks C11 string literal prefixes u8, u and U and <uchar.h> types:
// element counts, code unit values of \u escapes, and UTF-8 encoding.

#include <stdio.h>
#include <uchar.h>

int main(void)
{
	const char s8[] = u8"\u00e9t\u00e9";
	const char16_t s16[] = u"\u00e9t\u00e9";
	const char32_t s32[] = U"\U0001F600x";
	const char16_t pair[] = u"\U0001F600";
	size_t i;

	printf("%zu %zu %zu %zu\n", sizeof s8, sizeof s16 / sizeof s16[0],
		sizeof s32 / sizeof s32[0], sizeof pair / sizeof pair[0]);
	for (i = 0; s8[i]; i++)
		printf("%02x ", (unsigned char)s8[i]);
	printf("\n");
	printf("%x %x\n", (unsigned)s16[0], (unsigned)s16[1]);
	printf("%lx %lx\n", (unsigned long)s32[0], (unsigned long)s32[1]);
	printf("%x %x\n", (unsigned)pair[0], (unsigned)pair[1]);
	printf("%x\n", (unsigned)u'\u20ac');
	printf("%lx\n", (unsigned long)U'\U0010FFFF');
	printf("%s\n", u8"plain ascii");
	return 0;
}
