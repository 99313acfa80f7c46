// run
// llvm GH 31295: inside a struct definition, the members of a nested
// anonymous struct were visible as ordinary identifiers, so a later member's
// declarator that named the same identifier found the member instead of the
// file-scope object. Members live in their struct's own name space (C11
// 6.2.3p1), so sizeof(width) below must see the double and depth the
// array. Clang 19 resolved both names to the members (then rejected
// depth[0] on a long); clang 13-16 rejected them as "invalid use of
// non-static data member".
// fixed: clang 20
// kind: rejects-valid

#include <stdio.h>

static double width;
static short depth[5];

struct box {
	struct {
		char width;
		union {
			long depth;
		};
	};
	char pad[sizeof(width)];
	char more[sizeof depth / sizeof depth[0]];
};

int
main(void)
{
	struct box b;

	printf("%d %d\n", (int)sizeof b.pad, (int)sizeof b.more);
	return (int)width + depth[0];
}
