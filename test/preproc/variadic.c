// run
// Checks variadic macros: __VA_ARGS__ forwarding, counting arguments with
// a helper macro, and mixing named and variadic parameters.

#include <stdio.h>

#define LOG(fmt, ...) printf("log: " fmt "\n", __VA_ARGS__)
#define CALL(f, ...) f(__VA_ARGS__)
#define COUNT(...) COUNT_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define COUNT_(a, b, c, d, e, f, n, ...) n
#define FIRST(...) FIRST_(__VA_ARGS__, unused)
#define FIRST_(x, ...) x
#define ARRAY(...) ((int[]){ __VA_ARGS__ })
#define LEN(...) ((int)(sizeof ARRAY(__VA_ARGS__) / sizeof(int)))

static int add3(int a, int b, int c)
{
	return a + b + c;
}

int main(void)
{
	LOG("%d + %d", 1, 2);
	LOG("%s", "one arg");
	printf("%d\n", CALL(add3, 1, 20, 300));
	printf("%d %d %d\n", COUNT(a), COUNT(a, b, c), COUNT(1, 2, 3, 4, 5, 6));
	printf("%d\n", FIRST(7, 8, 9));
	printf("%d\n", FIRST(11));
	printf("%d %d\n", LEN(4, 5, 6, 7), ARRAY(4, 5, 6, 7)[2]);
	return 0;
}
