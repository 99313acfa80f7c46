// run
// Checks decimal round trips of double: %.17g (DBL_DECIMAL_DIG digits,
// C11 5.2.4.2.2p11) printed then read by strtod gives back the same
// value for 4000 pseudo-random bit patterns (7.22.1.3, correctly rounded
// both ways under Annex F), the exact %.17g text of a few well-known
// values, and what strtod and strtof do with prefixes, suffixes, inf,
// nan, hex input, overflow (HUGE_VAL and ERANGE) and no digits at all.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>
#include <float.h>
#include <math.h>

static uint64_t state = 88172645463325252u;

static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

int main(void)
{
	static const char *const texts[] = { "  -12.5e1xyz", "inf", "-nan",
		"0x1p4", ".5", "1e", "abc" };
	double known[] = { 0.1, 1.0 / 3, 2.0 / 3, 0.3, 1e23, 0x1p-1074 };
	char buf[40], *end;
	int i, tried = 0, same = 0;
	double d;

	for (i = 0; i < 6; i++)
		printf("%.17g\n", known[i]);
	while (tried < 4000) {
		uint64_t bits = next();
		double back;

		memcpy(&d, &bits, sizeof d);
		if (!isfinite(d))
			continue;
		tried++;
		snprintf(buf, sizeof buf, "%.17g", d);
		back = strtod(buf, NULL);
		same += memcmp(&back, &d, sizeof d) == 0;
	}
	printf("%d of %d\n", same, tried);
	for (i = 0; i < 7; i++) {
		d = strtod(texts[i], &end);
		if (isnan(d))
			printf("[%s] -> a NaN, rest [%s]\n", texts[i], end);
		else
			printf("[%s] -> %g, rest [%s]\n", texts[i], d, end);
	}
	errno = 0;
	d = strtod("1e400", NULL);
	printf("%d %d\n", d == HUGE_VAL, errno == ERANGE);
	d = strtod("-1e-400", NULL);
	printf("%d\n", d <= 0 && d >= -DBL_MIN);
	printf("%d %d\n", strtof("0.1", NULL) == 0.1f,
		strtod("0.1", NULL) == 0.1);
	d = strtod("0.1000000000000000055511151231257827", NULL);
	printf("%d\n", d == 0.1);
	return 0;
}
