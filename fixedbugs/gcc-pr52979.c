// run
// gcc PR 52979: for a bit-field that straddles a byte boundary at the end of
// a packed struct, the store was done as a read-modify-write of a machine
// word reaching past the bit-field's bytes into the next object; since the
// compiler believed the two did not overlap, a store to the neighbour could
// be lost (put back from the stale word).
// fixed: gcc 4.7.1 since 4.7
// Stores a straddling bit-field of one array element next to stores of the
// following element, in both orders, and reads every field back.

#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

struct tag {
	signed int low : 31;
	signed int high : 6;	/* bits 31..36: bytes 3 and 4 */
} __attribute__((packed));

static struct tag strip[3];

KEEP static void
field_then_next(struct tag *t, int v, struct tag next)
{
	// gcc.amd64:`movb\s+%\w+,\s*4\(%rdi\)`,-`movq\s+%\w+,\s*[0-4]?\(%rdi\)`,-`movl\s+%\w+,\s*[2-4]\(%rdi\)`
	t[0].high = v;
	t[1] = next;
}

KEEP static void
next_then_field(struct tag *t, int v, struct tag next)
{
	// gcc.amd64:`movb\s+%\w+,\s*4\(%rdi\)`,-`movq\s+%\w+,\s*[0-4]?\(%rdi\)`,-`movl\s+%\w+,\s*[2-4]\(%rdi\)`
	t[1] = next;
	t[0].high = v;
}

static void
show(const char *what)
{
	printf("%s:", what);
	for (int i = 0; i < 3; i++)
		printf(" %d/%d", strip[i].low, strip[i].high);
	printf("\n");
}

int
main(int argc, char **argv)
{
	struct tag a = { -5, 0 }, b = { 0, 0 };

	(void)argv;
	a.high = argc - 18;	/* -17 */
	b.low = 123456789 * argc;
	strip[2].low = 7;
	field_then_next(strip, 21, a);
	show("first");
	next_then_field(strip + 1, -32, b);
	show("second");
	field_then_next(strip, argc + 30, b);
	show("third");
	return 0;
}
