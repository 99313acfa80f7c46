// run
// Checks a header included several times in one translation unit with no
// include guard (C11 6.10.2): each inclusion is processed afresh under the
// macro definitions in force at that point, so one list of entries yields
// an enum, a table of strings and a switch (the X-macro idiom); a macro
// defined or undefined between inclusions changes what they produce.

#include <stdio.h>

#define ENTRY(name, weight, color) FRUIT_ ## name,
enum fruit {
#include "xmacro_list.h"
	FRUIT_COUNT
};
#undef ENTRY

#define WITH_EXTRA
#define ENTRY(name, weight, color) { #name, weight, color },
static const struct {
	const char *name;
	int weight;
	const char *color;
} table[] = {
#include "xmacro_list.h"
};
#undef ENTRY
#undef WITH_EXTRA

static int weight_of(enum fruit f)
{
	switch (f) {
#define ENTRY(name, weight, color) case FRUIT_ ## name: return weight;
#include "xmacro_list.h"
#undef ENTRY
	default:
		return -1;
	}
}

int main(void)
{
	size_t i;

	printf("enum has %d entries, table %d\n", FRUIT_COUNT,
		(int)(sizeof table / sizeof table[0]));
	for (i = 0; i < sizeof table / sizeof table[0]; i++)
		printf("%s %d %s\n", table[i].name, table[i].weight, table[i].color);
	printf("%d %d %d\n", weight_of(FRUIT_banana), weight_of(FRUIT_cherry),
		weight_of(FRUIT_COUNT));
#ifdef ENTRY
	printf("ENTRY still defined\n");
#endif
	return 0;
}
