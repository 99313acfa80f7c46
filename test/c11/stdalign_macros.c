// run
// Checks <stdalign.h> (C11 7.15): alignas and alignof expand to _Alignas
// and _Alignof, __alignas_is_defined and __alignof_is_defined are 1 and
// usable in #if; and the relations C11 6.2.8 and 6.5.3.4 require of
// alignments: powers of two, char types aligned to 1, qualified and
// unqualified types alike, an array aligned like its element, a struct
// at least as strictly as its members, sizes that are multiples of the
// alignment, and every scalar type within alignof(max_align_t).

#include <stdio.h>
#include <stdalign.h>
#include <stddef.h>

#define STR(x) #x
#define XSTR(x) STR(x)

#if __alignas_is_defined != 1 || __alignof_is_defined != 1
#error "alignment macros not defined as 1"
#endif

struct mixed {
	char c;
	double d;
	short s;
};

static int pow2(size_t v)
{
	return v != 0 && (v & (v - 1)) == 0;
}

#define FUNDAMENTAL(T) (pow2(alignof(T)) && alignof(T) <= alignof(max_align_t) \
	&& sizeof(T) % alignof(T) == 0)

int main(void)
{
	printf("%s %s\n", XSTR(alignas), XSTR(alignof));
	printf("%d %d\n", __alignas_is_defined, __alignof_is_defined);
	printf("%d %d %d\n", (int)alignof(char), (int)alignof(signed char),
		(int)alignof(unsigned char));
	printf("%d %d %d %d %d\n", FUNDAMENTAL(short), FUNDAMENTAL(int),
		FUNDAMENTAL(long long), FUNDAMENTAL(double), FUNDAMENTAL(long double));
	printf("%d %d %d\n", FUNDAMENTAL(void *), FUNDAMENTAL(void (*)(void)),
		FUNDAMENTAL(struct mixed));
	printf("%d %d\n", alignof(const volatile int) == alignof(int),
		alignof(const double) == alignof(double));
	printf("%d %d\n", alignof(int[7]) == alignof(int),
		alignof(struct mixed[2][3]) == alignof(struct mixed));
	printf("%d %d\n", alignof(struct mixed) >= alignof(double),
		alignof(struct mixed) >= alignof(short));
	printf("%d\n", offsetof(struct mixed, d) % alignof(double) == 0);
	printf("%d\n", sizeof(struct mixed) % alignof(struct mixed) == 0);
	return 0;
}
