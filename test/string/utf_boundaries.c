// run
// Checks the encodings C11 gives u8, u and U literals (C11 6.4.5p6,
// 7.28) at the UTF boundaries: UTF-8 switches from one to two, three and
// four bytes at U+0080, U+0800 and U+10000 (a universal character name
// below U+00A0 may only name $ @ and `, C11 6.4.3p2, so U+0060 and U+00A0
// stand in for the first boundary); UTF-16 uses a surrogate pair
// from U+10000 up to U+10FFFF; UTF-32 holds every code point in one unit
// (u and U are UTF-16 and UTF-32 where __STDC_UTF_16__ and
// __STDC_UTF_32__ are defined, C11 6.10.8.2, which the test requires).
// Also that char16_t and char32_t are the unsigned types uint_least16_t
// and uint_least32_t (C11 7.28p2) and that u'' and U'' constants have
// those types.

#include <stdio.h>
#include <stdint.h>
#include <uchar.h>

#if !defined(__STDC_UTF_16__) || !defined(__STDC_UTF_32__)
#error "char16_t and char32_t literals are not UTF-16 and UTF-32"
#endif

static void utf8(const char *s)
{
	printf("u8:");
	for (; *s; s++)
		printf(" %02x", (unsigned char)*s);
	printf("\n");
}

static void utf16(const char16_t *s)
{
	printf("u:");
	for (; *s; s++)
		printf(" %04x", (unsigned)*s);
	printf("\n");
}

int main(void)
{
	utf8(u8"\u0060");
	utf8(u8"\u00a0");
	utf8(u8"\u07ff");
	utf8(u8"\u0800");
	utf8(u8"\uffff");
	utf8(u8"\U00010000");
	utf8(u8"\U0010FFFF");
	utf16(u"\uffff");
	utf16(u"\U00010000");
	utf16(u"\U0010FFFF");
	printf("U: %lx %lx\n", (unsigned long)U"\U00010000"[0],
		(unsigned long)U"\U0010FFFF"[0]);
	printf("%d %d\n", _Generic(u'a', char16_t: 1, default: 0),
		_Generic(U'a', char32_t: 1, default: 0));
	printf("%d %d\n", _Generic((char16_t)0, uint_least16_t: 1, default: 0),
		_Generic((char32_t)0, uint_least32_t: 1, default: 0));
	printf("%d %d\n", (char16_t)-1 > 0, (char32_t)-1 > 0);
	printf("%d %d\n", u'\xffff' == 0xffff, U'\xffffffff' == 0xffffffff);
	return 0;
}
