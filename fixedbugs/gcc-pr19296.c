// run
// gcc PR 19296: wrong code for the range test ad >= 0x4000 && ad < 0xc000
// The two comparisons of an unsigned short are merged into one unsigned
// range check, ad - 0x4000 < 0x8000; the merge went wrong. Checks the test
// at and around both limits.
// fixed: gcc 4.0

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

OPAQUE int
in_window(unsigned short ad)
{
	// amd64:`-16384|16383`,-`movl\s+\$[01], %eax`
	return ad >= 0x4000 && ad < 0xc000;
}

static volatile unsigned short probes[] = {
	0x0000, 0x3fff, 0x4000, 0x8000, 0xbfff, 0xc000, 0xff00, 0xffff
};

int
main(void)
{
	for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++) {
		unsigned short ad = probes[i];

		printf("%#x %d\n", (unsigned)ad, in_window(ad));
	}
	return 0;
}
