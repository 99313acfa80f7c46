// run
// clang GH 54563 (also GH 39520): naming a member of an _Atomic structure
// was always an error ("member reference base type '_Atomic(struct ...)' is
// not a structure or union"), even in sizeof or a _Generic controlling
// expression, which never access the object. Only a real access is
// undefined (C11 6.5.2.3p5). Clang 15 accepts the unevaluated uses and
// words the remaining diagnostic properly.
// fixed: clang 15
// kind: rejects-valid
// requires: atomics

#include <stdio.h>

struct span {
	short first;
	long long last;
};

static _Atomic struct span window;

#define KIND(e) _Generic((e), short: "short", long long: "long long", default: "?")

int
main(void)
{
	struct span plain = { 0, 0 };

	printf("%d %d\n", (int)sizeof(window.first), (int)sizeof window.last);
	printf("%s %s\n", KIND(window.first), KIND(window.last));
	printf("%d\n", (int)sizeof(window.first) == (int)sizeof(plain.first));
	return 0;
}
