// run
// Checks _Alignas on struct members and static objects (C11 6.7.5): the
// member's offset becomes a multiple of the requested alignment, the
// struct's alignment and size grow to match so every element of an array
// of it is aligned, the strictest of several specifiers wins (6.7.5p7),
// _Alignas(0) has no effect (6.7.5p6), and _Alignas(type) means
// _Alignas(_Alignof(type)) (6.7.5p4).

#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

struct rec {
	char tag;
	_Alignas(32) int field;
	char tail;
};

struct multi {
	char c;
	_Alignas(4) _Alignas(16) _Alignas(8) char strict;
};

struct zero {
	char c;
	_Alignas(0) char same;
};

struct by_type {
	char c;
	_Alignas(double) char d;
};

static _Alignas(64) char page[10];
_Alignas(128) int big_aligned = 5;

int main(void)
{
	struct rec arr[3];
	int i, ok = 1;

	printf("%d %d\n", (int)offsetof(struct rec, field) % 32,
		(int)_Alignof(struct rec) >= 32);
	printf("%d\n", (int)(sizeof(struct rec) % 32));
	for (i = 0; i < 3; i++)
		ok &= (uintptr_t)&arr[i].field % 32 == 0;
	printf("%d\n", ok);
	printf("%d %d\n", (int)offsetof(struct multi, strict) % 16,
		(int)_Alignof(struct multi) >= 16);
	printf("%d %d\n", (int)offsetof(struct zero, same), (int)sizeof(struct zero));
	printf("%d\n", (int)(offsetof(struct by_type, d) % _Alignof(double)));
	printf("%d %d\n", (int)((uintptr_t)page % 64), (int)((uintptr_t)&big_aligned % 128));
	page[0] = 1;
	arr[0].field = big_aligned;
	printf("%d %d\n", page[0], arr[0].field);
	return 0;
}
