// run
// Checks character arrays initialised from string literals (C11 6.7.9p14,
// p21-22): an array of unknown size takes the literal's full length
// including embedded NULs; an array exactly as long as the characters
// drops the terminating NUL (no room for it); a longer array is padded
// with zeros; the string functions stop at the first NUL while memcmp and
// sizeof see the whole array.

#include <stdio.h>
#include <string.h>

static void show(const char *name, const char *p, size_t n)
{
	size_t i;

	printf("%s[%d]:", name, (int)n);
	for (i = 0; i < n; i++) {
		if (p[i] == '\0')
			printf(" \\0");
		else
			printf(" %c", p[i]);
	}
	printf("\n");
}

int main(void)
{
	char records[] = "ab\0cd\0\0ef";
	char exact[3] = "xyz";
	char padded[8] = "hi";
	char brace[] = { "braced" };
	const char *p;
	int count = 0;

	show("records", records, sizeof records);
	show("exact", exact, sizeof exact);
	show("padded", padded, sizeof padded);
	printf("%d %d\n", (int)strlen(records), (int)strlen(records + 3));
	for (p = records; p < records + sizeof records; p += strlen(p) + 1)
		if (*p)
			printf("record %d: %s\n", count++, p);
	printf("%d %d\n", memcmp(records, "ab\0cd\0\0ef", sizeof records) == 0,
		strcmp(records, "ab\0zz") == 0);
	printf("%d %s\n", (int)sizeof brace, brace);
	printf("%d\n", memcmp(exact, "xyz", 3) == 0);
	return 0;
}
