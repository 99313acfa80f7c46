// run
// Checks the type of a conditional expression (C11 6.5.15p5, p6): two
// arithmetic operands undergo the usual arithmetic conversions whichever
// is chosen (so two chars give an int, and -1 against 0u gives UINT_MAX),
// pointer operands combine their qualifiers, void * wins over an object
// pointer, and a null pointer constant takes the other operand's type.
// Struct and void operands are allowed too.

#include <stdio.h>
#include <limits.h>

_Static_assert(UINT_MAX == 4294967295u, "a 32-bit unsigned int is assumed");

#define TYPE(x) _Generic((x), int: "int", unsigned: "unsigned", \
	long: "long", double: "double", char: "char", int *: "int *", \
	const int *: "const int *", void *: "void *", \
	const void *: "const void *", volatile int *: "volatile int *", \
	const volatile int *: "const volatile int *", default: "other")

struct pt {
	int x, y;
};

static int calls;

static void hit(void)
{
	calls++;
}

static void miss(void)
{
	calls += 100;
}

int main(void)
{
	int c = 1, z = 0, n = 5;
	int *ip = &n;
	const int *cip = &n;
	volatile int *vip = &n;
	void *vp = &n;
	struct pt a = { 1, 2 }, b = { 3, 4 };

	printf("%s %s %s\n", TYPE(c ? 1 : 2.0), TYPE(c ? 1 : 2u),
		TYPE(c ? 1L : 1));
	printf("%s %d\n", TYPE(c ? (char)1 : (char)2),
		sizeof(c ? (char)1 : (char)2) == sizeof(int));
	printf("%u %d\n", c ? -1 : 0u, (c ? -1 : 0u) > 0);
	printf("%.1f\n", z ? 1 : 2.5);
	printf("%.1f\n", c ? 7 : 2.5);
	printf("%s %s\n", TYPE(c ? ip : vp), TYPE(c ? ip : 0));
	printf("%s %s\n", TYPE(c ? cip : ip), TYPE(c ? cip : vp));
	printf("%s\n", TYPE(c ? cip : vip));
	printf("%s\n", TYPE(c ? ip : (void *)0));
	printf("%d\n", *(z ? ip : cip));
	printf("%d %d\n", (c ? a : b).y, (z ? a : b).x);
	c ? hit() : miss();
	z ? hit() : miss();
	printf("%d\n", calls);
	printf("%d\n", z ? 1 : c ? 2 : 3);
	return 0;
}
