// run
// Checks __VA_ARGS__ passed through several macro levels (C11 6.10.3p12,
// 6.10.3.1, 6.10.3.4): once substituted it is rescanned, so its commas
// separate the arguments of the next macro it is handed to; this gives a
// macro that counts its arguments and one that applies another macro to
// each argument (a FOR_EACH) built from ## and the count; and #__VA_ARGS__
// spells the arguments with their commas.

#include <stdio.h>

#define CAT(a, b) CAT_(a, b)
#define CAT_(a, b) a ## b
#define NARGS(...) NARGS_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define NARGS_(a, b, c, d, e, n, ...) n

#define EACH_1(m, x) m(x)
#define EACH_2(m, x, ...) m(x) EACH_1(m, __VA_ARGS__)
#define EACH_3(m, x, ...) m(x) EACH_2(m, __VA_ARGS__)
#define EACH_4(m, x, ...) m(x) EACH_3(m, __VA_ARGS__)
#define EACH_5(m, x, ...) m(x) EACH_4(m, __VA_ARGS__)
#define FOR_EACH(m, ...) CAT(EACH_, NARGS(__VA_ARGS__))(m, __VA_ARGS__)

#define PLUS_SQUARE(x) + (x) * (x)
#define FIELD(name) int name;
#define SHOW_FIELD(name) printf(#name "=%d ", r.name);
#define SPELL(...) #__VA_ARGS__
#define FORWARD(...) THIRD(__VA_ARGS__)
#define THIRD(a, b, c, ...) c
#define LAYER1(...) LAYER2(__VA_ARGS__)
#define LAYER2(...) LAYER3(__VA_ARGS__)
#define LAYER3(...) NARGS(__VA_ARGS__)

struct rec {
	FOR_EACH(FIELD, alpha, beta, gamma)
};

int main(void)
{
	struct rec r = { 1, 2, 3 };

	printf("%d %d %d %d\n", NARGS(x), NARGS(x, y), NARGS(a, b, c, d),
		NARGS((a, b), c));
	printf("%d\n", 0 FOR_EACH(PLUS_SQUARE, 1, 2, 3, 4, 5));
	printf("%d\n", 0 FOR_EACH(PLUS_SQUARE, 7));
	FOR_EACH(SHOW_FIELD, alpha, beta, gamma)
	printf("\n");
	printf("[%s]\n", SPELL(a,b ,  c));
	printf("[%s]\n", SPELL( (x, y) , "z,w" ));
	printf("%d\n", FORWARD(10, 20, 30, 40));
	printf("%d\n", LAYER1(p, q, r, s, t));
	return 0;
}
