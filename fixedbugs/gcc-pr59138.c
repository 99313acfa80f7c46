// run
// gcc PR 59138: a packed struct whose size is not a multiple of the word
// size, returned in registers, was stored to its destination with whole
// words, writing past the end of the struct and clobbering whatever
// followed it in memory.
// fixed: gcc 4.8.3 since 4.8
// #pragma pack is not ISO C but gcc, clang and tcc all accept it.
// A 13-byte record returned by value is stored into a wrapper, an array
// element and a global, each followed by guard bytes that must survive.

#include <stdio.h>

#if defined(__GNUC__) && !defined(__clang__)
#define KEEP __attribute__((noipa))
#else
#define KEEP __attribute__((noinline))
#endif

#pragma pack(push, 1)
struct rec {
	int x, y, z;
	signed char w;
};

struct boxed {
	struct rec r;
	unsigned char guard[3];
};
#pragma pack(pop)

static struct rec row[2];
static struct boxed box = { { 0, 0, 0, 0 }, { 0xa5, 0xa5, 0xa5 } };

KEEP static struct rec
make(int k)
{
	struct rec r = { k, -k, k * 3, (signed char)(k - 100) };

	return r;
}

KEEP static void
store_all(int k)
{
	// gcc.amd64:`movb\s+%dl,\s*12\+box\(%rip\)`,-`movq\s+%rdx,\s*8\+(box|row)\(%rip\)`
	box.r = make(k);
	row[0] = make(k + 1);
}

int
main(int argc, char **argv)
{
	(void)argv;
	row[1].x = 0x11223344;
	store_all(argc + 40);
	printf("%d %d %d %d\n", box.r.x, box.r.y, box.r.z, box.r.w);
	printf("%02x %02x %02x\n", box.guard[0], box.guard[1], box.guard[2]);
	printf("%d %d %#x\n", row[0].x, row[0].w, (unsigned)row[1].x);
	printf("%d\n", (int)sizeof(struct rec));
	return 0;
}
