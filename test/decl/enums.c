// run
// Checks enumeration constants: implicit values count up from the previous
// one, explicit values may repeat or be negative, and constants are ints.

#include <stdio.h>

enum color { RED, GREEN, BLUE };
enum mixed { A = -2, B, C, D = 10, E, F = B };
enum { ANON = 3 * 7 };

static const char *color_name(enum color c)
{
	switch (c) {
	case RED:
		return "red";
	case GREEN:
		return "green";
	case BLUE:
		return "blue";
	}
	return "?";
}

int main(void)
{
	enum color c = BLUE;
	int table[BLUE + 1] = { [GREEN] = 5 };

	printf("%d %d %d\n", RED, GREEN, BLUE);
	printf("%d %d %d %d %d %d\n", A, B, C, D, E, F);
	printf("%d\n", ANON);
	printf("%s\n", color_name(c));
	printf("%s\n", color_name((enum color)1));
	printf("%d\n", _Generic(RED, int: 1, default: 0));
	printf("%d %d\n", table[GREEN], (int)(sizeof table / sizeof table[0]));
	{
		enum color { RED = 40 };

		printf("%d\n", RED);
	}
	printf("%d\n", RED);
	return 0;
}
