// run
// Checks arrays of character type initialised from string literals
// (C11 6.7.9p14, p15): the size of an unknown-size array counts the
// terminating null, a larger array is padded with zeros, an array
// exactly the length of the string drops the null, braces around the
// string are allowed, rows of a 2-D array, signed and unsigned char
// arrays, wchar_t arrays from wide literals, adjacent literals joined
// first (5.1.1.2p1), and an embedded \0 counting in the size.

#include <stdio.h>
#include <string.h>
#include <wchar.h>

struct rec {
	char name[8];
	int n;
};

int main(void)
{
	char a[] = "abc";
	char b[6] = "abc";
	char c[3] = "abc";
	char d[] = { "braced" };
	char rows[][5] = { "one", "two", "three" };
	unsigned char u[] = "\xff\x01";
	signed char s[] = "hi";
	wchar_t w[] = L"wide";
	char cat[] = "ab" "cd";
	char z[] = "a\0b";
	struct rec r = { "rec", 3 };
	char edit[] = "literal";

	printf("%zu %zu %zu\n", sizeof a, sizeof b, sizeof c);
	printf("%d %d %.3s\n", b[4], b[5], c);
	printf("%zu %s\n", sizeof d, d);
	printf("%zu %s %s %.5s\n", sizeof rows, rows[0], rows[1], rows[2]);
	printf("%zu %d %d\n", sizeof u, u[0], u[1]);
	printf("%zu %c%c\n", sizeof s, s[0], s[1]);
	printf("%zu %d\n", sizeof w / sizeof w[0], w[0] == L'w' && w[4] == 0);
	printf("%zu %s\n", sizeof cat, cat);
	printf("%zu %zu %c\n", sizeof z, strlen(z), z[2]);
	printf("%s %d %d\n", r.name, r.name[7], r.n);
	edit[0] = 'L';
	printf("%s\n", edit);
	return 0;
}
