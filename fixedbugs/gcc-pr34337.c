// run
// gcc PR 34337: wrong code for ((x << 8) & 65535) | 255
// The mask keeps bits 8..15 of the shifted value and the or sets bits
// 0..7; bits shifted above bit 15 must be dropped.
// fixed: gcc 4.3

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE int
low_byte_set(int x)
{
	// amd64:`s[ah]ll\s+\$8`,`movzwl`,`orb\s+\$-1|orl\s+\$255`
	return (x << 8 & 0xffff) | 0xff;
}

static volatile int inputs[] = { 0x5c, 0x2a9, 0x7fff, 0 };

int
main(void)
{
	for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		int x = inputs[i];

		printf("%#x -> %#x\n", x, low_byte_set(x));
	}
	return 0;
}
