// run
// gcc PR 93945: wrong bit-field value read from a union right after a memset
// The layout of bit-fields is implementation-defined, so the test compares
// the read after the memset with a read the compiler cannot see through.

#include <stdio.h>
#include <string.h>

union overlay {
	unsigned char bytes[8];
	struct {
		unsigned int lo : 8, mid : 13, hi : 11;
	} f;
};

static union overlay u;
static union overlay *volatile alias = &u;

static unsigned int
after_memset_mid(void)
{
	memset(u.bytes, 0xf4, sizeof u.bytes);
	return u.f.mid;
}

static unsigned int
after_memset_hi(void)
{
	memset(u.bytes, 0xf4, sizeof u.bytes);
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
