// run
// Checks string literals used as arrays (C11 6.4.5, 6.5.2.1, 6.7.9p14):
// a literal can be subscripted and since E1[E2] is (*((E1)+(E2))) so can
// an integer by a literal (2["abc"]); a two-dimensional char array takes
// one literal per row, padding shorter ones with NULs; an array of
// pointers holds literals of any length; a literal may be enclosed in
// braces as an initialiser; and a struct member array is initialised from
// a literal like any array.

#include <stdio.h>
#include <string.h>

static const char rows[][6] = { "one", "three", "", "five" };
static const char *const ptrs[] = { "a", "longer string", "" };

struct entry {
	char key[4];
	const char *value;
};

static const struct entry entries[] = {
	{ "ab", "first" },
	{ { 'c', 'd', 'e', 'f' }, "no terminator in key" },
	{ .value = "empty key" },
};

static int key_length(const char key[4])
{
	int n = 0;

	while (n < 4 && key[n] != '\0')
		n++;
	return n;
}

static const char *digits(int n)
{
	return &"0123456789"[n % 10];
}

int main(void)
{
	char braced[] = { "x" };
	int i;

	printf("%c %c %c\n", "abc"[1], 2["abc"], *("xyz" + 2));
	printf("%d %d\n", (int)sizeof rows, (int)(sizeof rows / sizeof rows[0]));
	for (i = 0; i < 4; i++)
		printf("[%s] %d %d\n", rows[i], (int)strlen(rows[i]), rows[i][5]);
	printf("%d %d\n", (int)sizeof ptrs / (int)sizeof ptrs[0], (int)strlen(ptrs[1]));
	for (i = 0; i < 3; i++)
		printf("%.4s (%d): %s\n", entries[i].key,
			key_length(entries[i].key), entries[i].value);
	printf("%d %s\n", (int)sizeof braced, braced);
	printf("%s %c\n", digits(7), *digits(123));
	return 0;
}
