// run
// Checks the mandatory predefined macros under -std=c11 (C11 6.10.8.1):
// __STDC__ is 1, __STDC_VERSION__ is 201112L, __STDC_HOSTED__ is 1 for a
// hosted program, __DATE__ looks like "Mmm dd yyyy" (day padded with a
// space) and __TIME__ like "hh:mm:ss"; all are usable in #if where they
// are integers; and __STDC_NO_VLA__ is absent when VLAs are supported.

#include <stdio.h>
#include <string.h>
#include <ctype.h>

#if !defined(__STDC__) || __STDC__ != 1
#error "__STDC__ must be 1"
#endif

#if __STDC_VERSION__ >= 201112L && __STDC_VERSION__ < 201710L
#define VERSION_OK 1
#else
#define VERSION_OK 0
#endif

static int date_ok(const char *d)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	int i, m = -1;

	if (strlen(d) != 11 || d[3] != ' ' || d[6] != ' ')
		return 0;
	for (i = 0; i < 12; i++)
		if (strncmp(d, months + 3 * i, 3) == 0)
			m = i;
	if (m < 0 || !(d[4] == ' ' || isdigit((unsigned char)d[4])) || d[4] == '0')
		return 0;
	for (i = 5; i < 11; i++)
		if (i != 6 && !isdigit((unsigned char)d[i]))
			return 0;
	return 1;
}

static int time_ok(const char *t)
{
	int i;

	if (strlen(t) != 8 || t[2] != ':' || t[5] != ':')
		return 0;
	for (i = 0; i < 8; i++)
		if (i != 2 && i != 5 && !isdigit((unsigned char)t[i]))
			return 0;
	return (t[0] - '0') * 10 + t[1] - '0' < 24 && t[3] < '6' && t[6] < '6';
}

int main(void)
{
	printf("__STDC__ %d\n", __STDC__);
	printf("__STDC_VERSION__ %ld %d\n", (long)__STDC_VERSION__,
		__STDC_VERSION__ == 201112L);
	printf("version in #if %d\n", VERSION_OK);
	printf("__STDC_HOSTED__ %d\n", __STDC_HOSTED__);
	printf("__DATE__ %d, __TIME__ %d\n", date_ok(__DATE__), time_ok(__TIME__));
	printf("sizes %d %d\n", (int)sizeof __DATE__, (int)sizeof __TIME__);
#ifdef __STDC_NO_VLA__
	printf("VLAs optional and missing\n");
#else
	printf("no __STDC_NO_VLA__\n");
#endif
	return 0;
}
