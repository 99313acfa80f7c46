// run
// Checks the default argument promotions on arguments matching "..."
// (C11 6.5.2.2p7, p6): float is passed as double, and char, signed and
// unsigned char, short, unsigned short and _Bool as int, so va_arg must
// read them as double and int (7.16.1.1p2); the values arrive intact,
// including negative chars written as signed char.

#include <stdio.h>
#include <stdarg.h>

enum tag { T_INT, T_DOUBLE, T_END };

static void
dump(const char *what, ...)
{
	va_list ap;
	enum tag t;

	printf("%s:", what);
	va_start(ap, what);
	while ((t = (enum tag)va_arg(ap, int)) != T_END) {
		if (t == T_INT)
			printf(" %d", va_arg(ap, int));
		else
			printf(" %g", va_arg(ap, double));
	}
	va_end(ap);
	printf("\n");
}

int main(void)
{
	float f = 0.375f;
	char c = 'A';
	signed char sc = -5;
	unsigned char uc = 250;
	short s = -1234;
	unsigned short us = 65000;
	_Bool b = 1;

	dump("float", T_DOUBLE, f, T_DOUBLE, -2.5f, T_END);
	dump("chars", T_INT, c, T_INT, sc, T_INT, uc, T_END);
	dump("shorts", T_INT, s, T_INT, us, T_END);
	dump("bool", T_INT, b, T_INT, (_Bool)7, T_END);
	dump("none", T_END);
	printf("%c %d %.3f\n", c, sc, f);
	return 0;
}
