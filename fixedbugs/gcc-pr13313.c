// run
// gcc PR 13313: wrong code for (f() & 0x00ff0000L) >> 16
// The mask-and-shift of a call's result was simplified wrongly. third_byte()
// extracts bits 16..23 of what fetch() returns; neither is visible to the
// caller, so the shift and the byte extraction happen at run time.
// fixed: gcc 3.4

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

static volatile unsigned long source;

OPAQUE unsigned long
fetch(void)
{
	return source;
}

OPAQUE unsigned long
third_byte(void)
{
	// amd64:`call[q]?\s+fetch`,`shr[lq]\s+\$16`,`movzbl\s+%al, %eax`
	return (fetch() & 0x00ff0000UL) >> 16;
}

int
main(void)
{
	static const unsigned long words[3] = { 0x00c70000UL, 0x7f3e9abcUL, 0xff00ffffUL };

	for (int i = 0; i < 3; i++) {
		source = words[i];
		printf("%#lx\n", third_byte());
	}
	return 0;
}
