// run
// gcc PR 19296: wrong code for the range test ad >= 0x4000 && ad < 0xc000
// Checks the test on an unsigned short at and around both limits.

#include <stdio.h>

static int
in_window(unsigned short ad)
{
	return ad >= 0x4000 && ad < 0xc000;
}

int
main(void)
{
	static const unsigned short probes[] = {
		0x0000, 0x3fff, 0x4000, 0x8000, 0xbfff, 0xc000, 0xff00, 0xffff
	};

	for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++)
		printf("%#x %d\n", (unsigned)probes[i], in_window(probes[i]));
	return 0;
}
