// run
// Checks bsearch (C11 7.22.5.1) with callbacks whose key type differs
// from the element type: a string key looked up in a sorted table of
// keyword structs, a value looked up in a sorted table of half-open
// ranges (the comparator reports 0 for "inside"), and misses returning
// a null pointer; the comparator gets the key as its first argument.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct keyword {
	const char *name;
	int token;
};

struct range {
	int lo, hi;
	const char *label;
};

static const struct keyword keywords[] = {
	{ "break", 1 }, { "case", 2 }, { "char", 3 }, { "const", 4 },
	{ "do", 5 }, { "else", 6 }, { "for", 7 }, { "goto", 8 },
	{ "if", 9 }, { "return", 10 }, { "while", 11 },
};

static const struct range grades[] = {
	{ 0, 50, "fail" }, { 50, 65, "pass" }, { 65, 80, "merit" },
	{ 80, 101, "distinction" },
};

static int
cmp_keyword(const void *key, const void *elem)
{
	const struct keyword *k = elem;

	return strcmp(key, k->name);
}

static int
cmp_range(const void *key, const void *elem)
{
	int v = *(const int *)key;
	const struct range *r = elem;

	if (v < r->lo)
		return -1;
	return v >= r->hi;
}

static int
token_of(const char *word)
{
	const struct keyword *k = bsearch(word, keywords,
		sizeof keywords / sizeof keywords[0], sizeof keywords[0],
		cmp_keyword);

	return k ? k->token : 0;
}

static const char *
grade_of(int score)
{
	const struct range *r = bsearch(&score, grades,
		sizeof grades / sizeof grades[0], sizeof grades[0], cmp_range);

	return r ? r->label : "none";
}

int main(void)
{
	static const char *const probes[] = { "break", "while", "if", "int",
		"constant", "", "do" };
	static const int scores[] = { 0, 49, 50, 64, 65, 79, 80, 100, 101, -1 };
	size_t i;

	for (i = 0; i < sizeof probes / sizeof probes[0]; i++)
		printf("[%s] %d\n", probes[i], token_of(probes[i]));
	for (i = 0; i < sizeof scores / sizeof scores[0]; i++)
		printf("%d %s\n", scores[i], grade_of(scores[i]));
	return 0;
}
