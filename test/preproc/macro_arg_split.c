// run
// Checks how macro arguments are delimited (C11 6.10.3p10-11): only
// commas outside matching inner parentheses separate arguments, so commas
// inside braces or brackets do split, while a parenthesised list stays
// one argument; an invocation may span several lines, new-lines counting
// as white space; an argument may be empty; and a comma from inside a
// string literal or character constant never splits.

#include <stdio.h>

#define NARGS(...) NARGS_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define NARGS_(a, b, c, d, e, f, n, ...) n
#define STR(...) #__VA_ARGS__
#define FIRST(a, ...) a
#define PAIR(a, b) ((a) * 10 + (b))

int main(void)
{
	printf("%d %d %d\n", NARGS({1, 2}), NARGS([1, 2]), NARGS((1, 2)));
	printf("%d %d\n", NARGS(f(a, b), g[c]), NARGS(",", ','));
	printf("%d %d\n", NARGS(), NARGS(,));
	printf("%s\n", STR({1, 2}));
	printf("%d\n", PAIR(
		3,
		4
	));
	printf("%d\n", FIRST((1, 2), 3));
	printf("%d\n", PAIR((0, 5), (6)));
	{
		int arr[] = FIRST({ 7 }, unused);

		printf("%d\n", arr[0]);
	}
	return 0;
}
