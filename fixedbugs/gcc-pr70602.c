// run
// gcc PR 70602: SRA, which in GCC 6 development learned to scalarize the
// read-only constant-pool copy of a local aggregate's initializer, also
// wrote scalar replacements back into that constant-pool object; a local
// array of packed bit-field structs, initialized inside a loop, then saw
// wrong (or faulted on) initial values.
// fixed: gcc 6
// Each round rebuilds the array from its initializer, edits two elements
// picked by the round number, reads fixed and variable elements and sums
// them; a stale or clobbered initializer changes the later rounds.

#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

struct knob {
	unsigned int lit : 1;
	signed int level : 19;
	unsigned int hue : 4;
} __attribute__((packed));

KEEP static int
round_sum(int round)
{
	// gcc.amd64:`\.LC\d+`
	/* lit, level, hue triples; inner braces elided */
	struct knob row[96] = {
		1, 4171, 1, 1, -158583, 0, 0, 287, 12, 0, 3365, 14,
		0, 4556, 4, 1, 237689, 12, 1, 424, 12, 1, 2656, 6,
		0, 2721, 8, 0, 108246, 1, 0, 198, 8, 1, -314, 5,
		1, 3404, 7, 1, 132959, 9, 0, 3480, 3, 0, 621, 8,
		0, 1213, 12, 1, -149368, 5, 1, 2197, 13, 1, 4024, 2,
		0, 2789, 6, 0, 169867, 6, 0, 587, 12, 1, 4009, 6,
		1, 246, 4, 1, -201888, 15, 0, 2286, 14, 0, 3668, 11,
		0, 2292, 6, 1, 82909, 14, 1, 934, 9, 1, 346, 2,
		0, 3371, 11, 0, -87240, 15, 0, 4224, 3, 1, 1620, 2,
		1, 3847, 9, 1, 136999, 8, 0, 1181, 6, 0, 863, 1,
		0, 263, 7, 1, -53966, 10, 1, 4663, 0, 1, 3192, 6,
		0, 1153, 10, 0, 193816, 14, 0, 1366, 11, 1, 2782, 9,
		1, 3019, 9, 1, 39973, 11, 0, -327, 11, 0, 4869, 12,
		0, 4631, 10, 1, -59564, 15, 1, 4773, 3, 1, -81, 15,
		0, 4328, 14, 0, 255026, 7, 0, 1350, 9, 1, 1894, 5,
		1, -356, 1, 1, 35008, 15, 0, 3660, 9, 0, 508, 13,
		0, 283, 0, 1, -196960, 8, 1, -188, 10, 1, 1482, 9,
		0, 711, 4, 0, 5401, 14, 0, 3251, 11, 1, 3848, 0,
		1, 2909, 10, 1, -235357, 8, 0, 4923, 0, 0, 4794, 15,
		0, 1945, 9, 1, -106569, 13, 1, 4938, 12, 1, 1940, 12,
		0, 4676, 12, 0, -47331, 15, 0, 2220, 0, 1, 4869, 8,
		1, 1007, 15, 1, -171411, 0, 0, 3191, 14, 0, 2483, 1,
		0, 1887, 1, 1, -74942, 6, 1, 299, 12, 1, 4158, 0,
		0, -190, 4, 0, -30421, 9, 0, 2251, 10, 1, 4904, 12,
	};
	int sum = 0;

	row[round % 96].level += 1000;
	row[(round + 5) % 96].hue ^= 15;
	for (int i = 0; i < 96; i++)
		sum += row[i].lit * 7 + row[i].level + row[i].hue * 3;
	return sum + row[2].level - row[5].level - row[round % 96].level;
}

int
main(int argc, char **argv)
{
	(void)argv;
	for (int r = argc - 1; r < argc + 3; r++)
		printf("round %d: %d\n", r, round_sum(r));
	return 0;
}
