// run
// Checks pointer subtraction (C11 6.5.6p9): the result has type
// ptrdiff_t (7.19p2), counts elements, not bytes, of the pointed-to
// type, is negative when the left pointer comes first, and equals the
// difference of the subscripts; %td prints it (7.21.6.1p7) and it
// converts back by adding to a pointer; PTRDIFF_MIN/MAX bound it.

#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

struct big {
	char pad[100];
};

static ptrdiff_t
distance(const double *from, const double *to)
{
	return to - from;
}

int main(void)
{
	double d[8];
	struct big b[4];
	char text[] = "pointer difference";
	char *space = text;
	ptrdiff_t n;

	printf("%d\n", _Generic(&d[5] - &d[1], ptrdiff_t: 1, default: 0));
	printf("%td %td\n", &d[5] - &d[1], &d[1] - &d[5]);
	printf("%td %td\n", distance(d, d + 8), distance(d + 8, d));
	n = (char *)&b[3] - (char *)&b[0];
	printf("%td %d\n", &b[3] - &b[0],
		n == 3 * (ptrdiff_t)sizeof(struct big));
	while (*space != ' ')
		space++;
	n = space - text;
	printf("%td [%s]\n", n, text + n + 1);
	printf("%d\n", d + (&d[6] - &d[2]) == &d[4]);
	printf("%d %d\n", PTRDIFF_MAX >= 65535, PTRDIFF_MIN <= -65535);
	printf("%zu\n", (size_t)(&text[sizeof text - 1] - text));
	return 0;
}
