// run
// Checks the conditional operator: only one of the second and third
// operands is evaluated, and the result type follows the conversion rules.

#include <stdio.h>

#define TYPE(x) _Generic((x), int: "int", unsigned: "unsigned", \
	long: "long", double: "double", char *: "char *", \
	const char *: "const char *", void *: "void *", \
	const void *: "const void *", default: "other")

int main(void)
{
	int c = 1, n = 0;
	char buf[] = "buf";
	const char *cs = "const";
	void *vp = buf;
	short s = 1;
	char ch = 2;
	int *ip = &n;
	int arr[2] = { 3, 4 };

	printf("%s\n", TYPE(c ? 1 : 2.0));
	printf("%s\n", TYPE(c ? 1 : 2u));
	printf("%s\n", TYPE(c ? s : ch));
	printf("%s\n", TYPE(c ? buf : 0));
	printf("%s\n", TYPE(c ? buf : cs));
	printf("%s\n", TYPE(c ? vp : buf));
	printf("%s\n", TYPE(c ? (const void *)cs : ip));
	printf("%.1f\n", c ? 1 : 2.0);
	printf("%d\n", (c ? -1 : 2u) > 0);
	c ? n++ : n--;
	printf("%d\n", n);
	c = 0;
	c ? n++ : n--;
	printf("%d\n", n);
	*(c ? &arr[0] : &arr[1]) = 9;
	printf("%d %d\n", arr[0], arr[1]);
	printf("%s\n", c ? "yes" : "no");
	return 0;
}
