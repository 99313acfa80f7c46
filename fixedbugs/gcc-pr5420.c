// run
// gcc PR 5420: a compound literal used as a call argument was initialized
// only in the tail-call (sibcall) version of the call sequence, so when the
// ordinary call was used the callee received an uninitialized value.
// pair() passes a member of a compound literal to an opaque function twice:
// once in an ordinary call and once in tail position.
// fixed: gcc 3.1

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

struct tag {
	unsigned short bits;
};

OPAQUE unsigned int
mix(unsigned int x)
{
	return (x * 7u) ^ 0x5au;
}

OPAQUE unsigned int
pair(int k)
{
	// amd64:`call[q]?\s+mix`,`jmp\s+mix`
	unsigned int first = mix(((struct tag){ (unsigned short)(((k & 15) << 12) | 0x300 | k) }).bits);

	return mix(((struct tag){ (unsigned short)(first + (k << 8)) }).bits);
}

static volatile int ks[4] = { 0, 1, 9, 0x23 };

int
main(void)
{
	for (int i = 0; i < 4; i++) {
		int k = ks[i];

		printf("%d %#x %#x\n", k, mix(((k & 15) << 12) | 0x300 | k), pair(k));
	}
	return 0;
}
