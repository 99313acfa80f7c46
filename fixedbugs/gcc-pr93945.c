// run
// gcc PR 93945: wrong bit-field value read from a union right after a memset
// Value numbering folds the read to a constant taken from the memset
// pattern, and extracted the wrong bits. The layout of bit-fields is
// implementation-defined, so the test compares the folded read with a
// read the compiler cannot see through; the asm checks name the values
// of the x86-64 layout.
// fixed: gcc 9.3

#include <stdio.h>
#include <string.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

union overlay {
	unsigned char bytes[8];
	struct {
		unsigned int lo : 5, mid : 13, hi : 14;
	} f;
};

union overlay u;
static union overlay *volatile alias = &u;

OPAQUE unsigned int
after_memset_mid(void)
{
	// amd64:`movl\s+\$1252, %eax`
	memset(u.bytes, 0x9c, sizeof u.bytes);
	return u.f.mid;
}

OPAQUE unsigned int
after_memset_hi(void)
{
	// amd64:`movl\s+\$10023, %eax`
	memset(u.bytes, 0x9c, sizeof u.bytes);
	return u.f.hi;
}

int
main(void)
{
	unsigned int a = after_memset_mid();
	unsigned int b = alias->f.mid;
	unsigned int c = after_memset_hi();
	unsigned int d = alias->f.hi;

	printf("%d %d\n", a == b, c == d);
	return 0;
}
