// run
// gcc PR 48809: wrong code for a switch on signed char with dense cases plus outliers
// Checks the outlying cases (one negative), their neighbours and every value.

#include <stdio.h>

static int
lookup(signed char c)
{
	int r = 0;

	switch (c) {
	case 0: r = 3; break;
	case 1: r = 9; break;
	case 2: r = 4; break;
	case 3: r = 21; break;
	case 4: r = 6; break;
	case 5: r = 18; break;
	case 6: r = 33; break;
	case 7: r = 10; break;
	case 8: r = 27; break;
	case 9: r = 14; break;
	case 10: r = 33; break;
	case 11: r = 13; break;
	case 12: r = 16; break;
	case 13: r = 110; break;
	case 14: r = 18; break;
	case 15: r = 11; break;
	case 16: r = 33; break;
	case 17: r = 9; break;
	case 18: r = 4; break;
	case 19: r = 21; break;
	case 20: r = 6; break;
	case 21: r = 108; break;
	case 22: r = 33; break;
	case 23: r = 10; break;
	case 24: r = 27; break;
	case 25: r = 104; break;
	case 26: r = 33; break;
	case 27: r = 101; break;
	case 28: r = 103; break;
	case 29: r = 110; break;
	case 30: r = 18; break;
	case 31: r = 11; break;
	case 32: r = 33; break;
	case 100: r = 20; break;
	case -60: r = 22; break;
	}
	return r;
}

int
main(void)
{
	long sum = 0;

	for (int c = -128; c <= 127; c++)
		sum += (long)lookup((signed char)c) * (c + 200);
	printf("%d %d %d\n", lookup(100), lookup(99), lookup(101));
	printf("%d %d %d\n", lookup(-60), lookup(-61), lookup(-59));
	printf("%d %d %d\n", lookup(28), lookup(27), lookup(29));
	printf("%ld\n", sum);
	return 0;
}
