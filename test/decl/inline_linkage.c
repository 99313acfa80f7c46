// run
// Checks inline functions (C11 6.7.4): a static inline function may keep
// a static local counter, an inline definition with external linkage
// becomes an external definition when the file also declares it extern
// (6.7.4p7), so its address can be taken and it can be called from
// anywhere; calls give the same results as ordinary functions.

#include <stdio.h>

static inline int
next_id(void)
{
	static int id;

	return ++id;
}

inline int
square(int x)
{
	return x * x;
}

extern int square(int x);

static inline int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

int main(void)
{
	int (*sq)(int) = square;
	int (*cl)(int, int, int) = clamp;
	int a, b;

	a = next_id();
	b = next_id();
	printf("%d %d\n", a, b);
	printf("%d %d\n", square(12), sq(-3));
	printf("%d %d %d\n", clamp(-5, 0, 10), clamp(50, 0, 10), cl(7, 0, 10));
	printf("%d\n", sq == square);
	return 0;
}
