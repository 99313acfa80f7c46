// run
// Checks ## forming tokens other than identifiers (C11 6.10.3.3): the
// punctuators ++ += -> << <<= && |= formed from their halves, pp-numbers
// grown piece by piece (a suffix, an exponent, a fraction, a hex prefix),
// the prefix of a wide or UTF-8 string literal pasted onto the literal,
// and chained ## evaluated left to right into one token.

#include <stdio.h>
#include <wchar.h>

#define PASTE(a, b) a ## b
#define PASTE3(a, b, c) a ## b ## c
#define OP(x, a, b, y) x PASTE(a, b) y

struct node {
	int val;
};

int main(void)
{
	int i = 1, j = 10;
	unsigned shift = 1;
	struct node n = { 42 }, *np = &n;
	const wchar_t *w = PASTE(L, "wide");

	OP(, +, +, i);
	OP(j, +, =, 5);
	printf("%d %d\n", i, j);
	printf("%d\n", OP(np, -, >, val));
	printf("%d\n", OP(1, <, <, 4));
	OP(shift, <<, =, 3);
	printf("%u\n", shift);
	printf("%d %d\n", OP(1, &, &, 0), OP(1, |, |, 0));
	OP(j, |, =, 0x100);
	printf("%d\n", j);
	printf("%u %d\n", PASTE(10, u) + 0u, (int)sizeof(PASTE(1, ull)));
	printf("%.0f %.2f\n", PASTE3(1, e, 3), PASTE(., 25));
	printf("%d %d\n", PASTE(0x, 1F), PASTE3(0, x, ff));
	printf("%d %d\n", (int)(wcslen(w)), w[0] == L'w');
	printf("%d\n", (int)sizeof(PASTE(u8, "abc")));
	printf("%d\n", PASTE3(1, 2, 3) + PASTE3(, 4, 5) + PASTE3(6, , ));
	return 0;
}
