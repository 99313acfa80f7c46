// run
// gcc PR 48809: switch conversion turned a switch on a signed char, with a
// dense block of negative cases and two far positive ones, into a table
// lookup whose index (value minus the lowest case) was computed in the narrow
// signed type; for values far from the cases it wrapped, and the lookup
// returned a wrong entry instead of the default.
// fixed: gcc 4.6.1 since 4.6
// Every char value (including those whose index wraps: 62..127) is looked
// up and checked against a table built by hand.

#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

KEEP static int
weight(signed char c)
{
	// gcc.amd64:`CSWTCH`
	switch (c) {
	case -58:
		return 12;
	case -57:
		return 49;
	case -56:
		return 86;
	case -55:
		return 26;
	case -54:
		return 63;
	case -53:
		return 3;
	case -52:
		return 40;
	case -51:
		return 77;
	case -50:
		return 17;
	case -49:
		return 54;
	case -48:
		return 91;
	case -47:
		return 31;
	case -46:
		return 68;
	case -45:
		return 8;
	case -44:
		return 45;
	case -43:
		return 82;
	case -42:
		return 22;
	case -41:
		return 59;
	case -40:
		return 96;
	case -39:
		return 36;
	case -38:
		return 73;
	case -37:
		return 13;
	case -36:
		return 50;
	case -35:
		return 87;
	case 30:
		return 27;
	case 61:
		return 64;
	default:
		return 0;
	}
}

int
main(void)
{
	static int want[256];
	int bad = 0, sum = 0;

	for (int i = 0; i < 24; i++)
		want[-58 + i + 128] = (i * 37 + 11) % 97 + 1;
	want[30 + 128] = (24 * 37 + 11) % 97 + 1;
	want[61 + 128] = (25 * 37 + 11) % 97 + 1;
	for (int c = -128; c < 128; c++) {
		int got = weight((signed char)c);

		sum += got;
		if (got != want[c + 128]) {
			printf("weight(%d) = %d, want %d\n", c, got, want[c + 128]);
			bad++;
		}
	}
	printf("%d wrong, sum %d\n", bad, sum);
	return 0;
}
