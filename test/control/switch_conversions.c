// run
// Checks switch semantics (C11 6.8.4.2): the controlling expression is
// promoted and every case constant is converted to the promoted type, so
// case -1 matches UINT_MAX for an unsigned switch and a char switch
// compares values after promotion; case labels are integer constant
// expressions of any form (character constants, sizeof, enumerators,
// casts, ?:); a switch body need not be a compound statement; and a
// nested switch has its own labels.

#include <stdio.h>
#include <limits.h>

enum level { LOW = 1, MID = 5, HIGH = 9 };

static const char *classify(long long v)
{
	switch (v) {
	case 0x7fffffffffffLL:
		return "big";
	case -0x7fffffffffffLL - 1:
		return "most negative";
	case (long long)sizeof(int) * 0 + 3:
		return "three";
	case HIGH:
		return "high";
	case 'A' + 1:
		return "after A";
	case (char)1 ? 7 : 8:
		return "seven";
	}
	return "none";
}

static int nested(int a, int b)
{
	switch (a) {
	case 1:
		switch (b) {
		case 1:
			return 11;
		case 2:
			break;
		default:
			return 10;
		}
		return 12;
	case 2:
		return 20;
	}
	return 0;
}

int main(void)
{
	unsigned u = UINT_MAX;
	unsigned char uc = 200;
	signed char sc = -56;
	int hits = 0;

	switch (u) {
	case -1:
		printf("unsigned switch matched case -1\n");
		break;
	default:
		printf("no match\n");
	}
	switch (uc) {
	case 200:
		printf("unsigned char 200\n");
		break;
	case -56:
		printf("wrong: -56\n");
		break;
	}
	switch (sc) {
	case 200:
		printf("wrong: 200\n");
		break;
	case -56:
		printf("signed char -56\n");
		break;
	}
	printf("%s %s %s\n", classify(0x7fffffffffffLL), classify(-0x7fffffffffffLL - 1),
		classify(3));
	printf("%s %s %s %s\n", classify(9), classify('A' + 1), classify(7), classify(8));
	for (int i = 0; i < 5; i++)
		switch (i)
		case 1: case 3: hits++;
	printf("hits %d\n", hits);
	printf("%d %d %d %d %d\n", nested(1, 1), nested(1, 2), nested(1, 5),
		nested(2, 0), nested(3, 3));
	return 0;
}
