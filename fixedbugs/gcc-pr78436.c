// run
// gcc PR 78436: store merging combined the constant stores to a 24-bit
// long bit-field and the adjacent 8-bit signed char bit-field into one
// 32-bit store, but encoded the negative long constant with all its sign
// bits, so the byte of the 8-bit field was overwritten with 0xff.
// Bit-fields of type long and signed char are a GCC extension (C11
// 6.7.2.1p5 leaves other types implementation-defined), hence __extension__.
// The merged store must be 0x00edcb33, not 0xffedcb33.
// fixed: gcc 7

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

struct rec {
	__extension__ long wide : 24;
	__extension__ signed char tag : 8;
};

struct rec r;

OPAQUE void
put(void)
{
	// amd64:`movl\s+\$15584051, r\(%rip\)`,-`movb`,-`\$-1193165`
	r.tag = 0;
	r.wide = -1193165L;
}

int
main(void)
{
	r.tag = 9;
	r.wide = 77;
	put();
	printf("%ld %d\n", (long)r.wide, (int)r.tag);
	return 0;
}
