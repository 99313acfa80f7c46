// run
// Checks a state machine whose states are functions that return the next
// state: a function cannot return a pointer to its own type, so each
// returns a struct wrapping the pointer (C11 6.7.2.1p3 allows a pointer
// to a function returning the struct being declared as a member, the
// struct type being complete at the function definitions). The machine
// splits text into words and numbers and counts them.

#include <stdio.h>

struct counts {
	int words, numbers, longest;
	int len;
};

struct state {
	struct state (*next)(int c, struct counts *k);
	const char *name;
};

static struct state in_space(int c, struct counts *k);
static struct state in_word(int c, struct counts *k);
static struct state in_number(int c, struct counts *k);

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static struct state
start(int c, struct counts *k)
{
	if (is_digit(c)) {
		k->numbers++;
		k->len = 1;
		return (struct state){ in_number, "number" };
	}
	if (is_alpha(c)) {
		k->words++;
		k->len = 1;
		return (struct state){ in_word, "word" };
	}
	return (struct state){ in_space, "space" };
}

static struct state
in_space(int c, struct counts *k)
{
	return start(c, k);
}

static struct state
in_word(int c, struct counts *k)
{
	if (is_alpha(c)) {
		if (++k->len > k->longest)
			k->longest = k->len;
		return (struct state){ in_word, "word" };
	}
	return start(c, k);
}

static struct state
in_number(int c, struct counts *k)
{
	if (is_digit(c))
		return (struct state){ in_number, "number" };
	return start(c, k);
}

static void
scan(const char *text)
{
	struct counts k = { 0, 0, 1, 0 };
	struct state s = { in_space, "space" };
	const char *p;

	for (p = text; *p; p++)
		s = s.next((unsigned char)*p, &k);
	printf("%d words, %d numbers, longest %d, ends in %s\n", k.words,
		k.numbers, k.longest, s.name);
}

int main(void)
{
	scan("state 42 machines run 7 states");
	scan("  12abc34  ");
	scan("x");
	return 0;
}
