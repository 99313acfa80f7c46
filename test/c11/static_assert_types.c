// run
// Checks compile-time type assertions: _Static_assert (C11 6.7.10) whose
// constant expression is a _Generic selection (C11 6.5.1.1), pinning down
// the types the standard gives to constants (C11 6.4.4.1, 6.4.4.4),
// promotions and conversions (C11 6.3.1.1, 6.3.1.8), and the types of
// sizeof and pointer subtraction (C11 6.5.3.4p5, 6.5.6p9).

#include <stdio.h>
#include <stddef.h>
#include <limits.h>

#define IS(expr, type) _Generic((expr), type: 1, default: 0)
#define CHECK(expr, type) _Static_assert(IS(expr, type), #expr " is " #type)

CHECK('a', int);
CHECK(1u, unsigned int);
CHECK(1l, long);
CHECK(1ull, unsigned long long);
CHECK(0x7fff, int);
CHECK(1.0, double);
CHECK(1.0f, float);
CHECK(1.0L, long double);
CHECK(sizeof(int), size_t);
CHECK((char *)0 - (char *)0, ptrdiff_t);
CHECK((short)1 + (short)1, int);
CHECK(1 + 1u, unsigned int);
CHECK(1L + 1ul, unsigned long);
CHECK(1 + 1.0f, float);
CHECK(1 < 2, int);
CHECK(!0.5, int);
CHECK(INT_MAX, int);
CHECK(LONG_MAX, long);
CHECK(UINT_MAX, unsigned int);
CHECK(ULLONG_MAX, unsigned long long);

struct pair { int a, b; };
CHECK(offsetof(struct pair, b), size_t);
CHECK(_Alignof(int), size_t);

/* An enumeration constant has type int (C11 6.4.4.3). */
enum e { E1 = 1 };
CHECK(E1, int);

int main(void)
{
	char c = 0;
	unsigned char uc = 0;

	_Static_assert(IS(c, char) && !IS(c, int), "no promotion in _Generic");
	_Static_assert(IS(uc + 0, int), "unsigned char promotes to int");
	_Static_assert(IS(c ? 1 : 2L, long), "conditional: usual conversions");
	printf("all type assertions held\n");
	return 0;
}
