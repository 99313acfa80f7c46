// run
// Checks that case labels may sit inside a loop nested in the switch body
// (the Duff's device pattern): the jump enters the loop in the middle.

#include <stdio.h>

static int copy(char *to, const char *from, int count)
{
	int rounds = 0;
	int n = (count + 3) / 4;

	switch (count % 4) {
	case 0:
		do {
			rounds++;
			*to++ = *from++;
	case 3:
			*to++ = *from++;
	case 2:
			*to++ = *from++;
	case 1:
			*to++ = *from++;
		} while (--n > 0);
	}
	return rounds;
}

int main(void)
{
	const char *text = "abcdefghijk";
	char buf[16];
	int len;

	for (len = 1; len <= 11; len += 3) {
		int r = copy(buf, text, len);

		buf[len] = '\0';
		printf("%2d %-11s rounds=%d\n", len, buf, r);
	}
	return 0;
}
