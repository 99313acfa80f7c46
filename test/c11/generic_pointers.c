// run
// Checks _Generic on derived pointer types (C11 6.5.1.1, 6.2.7): pointers
// to arrays of different lengths are distinct types, a two-dimensional
// array decays to a pointer to its rows, a string literal has type
// char[N] (not const) and &"..." points to that array, and qualifiers
// at different levels of a pointer type make different types.

#include <stdio.h>

#define P(x) _Generic((x), \
	char *: "char *", \
	const char *: "const char *", \
	char (*)[3]: "char (*)[3]", \
	char (*)[4]: "char (*)[4]", \
	char (*)[2][3]: "char (*)[2][3]", \
	char **: "char **", \
	const char **: "const char **", \
	char *const *: "char *const *", \
	const char *const *: "const char *const *", \
	default: "other")

int main(void)
{
	char grid[2][3];
	char cube[4][2][3];
	char *words[2] = { "ab", "cd" };
	const char *cwords[2] = { "ab", "cd" };
	char *const fixed[1] = { 0 };
	const char *const frozen[1] = { 0 };

	printf("%s\n", P("ab"));
	printf("%s\n", P(&"ab"));
	printf("%s\n", P(&"abc"));
	printf("%s\n", P(*&"abc"));
	printf("%s\n", P(grid));
	printf("%s\n", P(&grid[1]));
	printf("%s\n", P(grid[1]));
	printf("%s\n", P(cube));
	printf("%s\n", P(&cube[0][1]));
	printf("%s\n", P(words));
	printf("%s\n", P(cwords));
	printf("%s\n", P(fixed));
	printf("%s\n", P(frozen));
	printf("%s\n", P(&grid));
	printf("%d %d\n", (int)sizeof "ab", (int)sizeof *&"abc");
	return 0;
}
