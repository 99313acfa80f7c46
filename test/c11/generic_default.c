// run
// Checks _Generic association lists (C11 6.5.1.1): default may be written
// at any position and is chosen only when no type name is compatible,
// typedef names denote their underlying type, distinct struct and union
// types are told apart, and void pointers keep their qualifiers.

#include <stdio.h>

typedef int word;
typedef struct { int x; } anon_a;
typedef struct { int x; } anon_b;
struct tag_a { int x; };
union tag_u { int x; float f; };

#define WHICH(x) _Generic((x), \
	default: "default", \
	word: "word(int)", \
	struct tag_a: "struct tag_a", \
	anon_a: "anon_a", \
	anon_b: "anon_b", \
	union tag_u: "union tag_u", \
	void *: "void *", \
	const void *: "const void *", \
	struct tag_a *: "struct tag_a *")

#define LAST(x) _Generic((x), char: 'c', double: 'd', default: '?')
#define ONLY_DEFAULT(x) _Generic((x), default: 42)

int main(void)
{
	int i = 0;
	anon_a a = { 1 };
	anon_b b = { 2 };
	struct tag_a t = { 3 };
	union tag_u u = { 4 };
	void *vp = &i;
	const void *cvp = &i;

	printf("%s\n", WHICH(i));
	printf("%s\n", WHICH((word)5));
	printf("%s\n", WHICH(a));
	printf("%s\n", WHICH(b));
	printf("%s\n", WHICH(t));
	printf("%s\n", WHICH(&t));
	printf("%s\n", WHICH(u));
	printf("%s\n", WHICH(vp));
	printf("%s\n", WHICH(cvp));
	printf("%s\n", WHICH((void *)&t));
	printf("%s\n", WHICH(&u));
	printf("%s\n", WHICH(1L));
	printf("%s\n", WHICH(&a));
	printf("%c%c%c%c\n", LAST('a'), LAST((char)'a'), LAST(2.0), LAST(2.0f));
	printf("%d\n", ONLY_DEFAULT(t) + ONLY_DEFAULT(vp));
	return 0;
}
