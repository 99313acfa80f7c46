// run
// llvm GH 53252: InstCombine folded "v >= 0x10000 (unsigned) ? v : (v < 0
// (signed) ? neg : pos)" into a signed clamp whose arms were mixed up: a
// small non-negative v such as 7 came back as itself instead of pos.
// Broken in clang 14 only; clang 13 and 15 get it right.
// fixed: clang 15 since 14

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

/* Keep wide values as they are, route narrow ones by their sign. */
OPAQUE unsigned
route(unsigned v, unsigned neg, unsigned pos)
{
	// clang.amd64:`cmpl\s+\$65536, %edi`
	unsigned narrow = (int)v < 0 ? neg : pos;

	return v >= 0x10000u ? v : narrow;
}

static volatile unsigned in[4] = { 7, 7u << 20, -7u, 0xffffu };

int main(void)
{
	for (int i = 0; i < 4; i++)
		printf("%u\n", route(in[i], 100, 200));
	return 0;
}
