// run
// Checks _Alignof and _Alignas: alignments are powers of two, an
// _Alignas object is aligned as requested, and aligned_alloc.

#include <stdio.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

static int power_of_two(size_t v)
{
	return v != 0 && (v & (v - 1)) == 0;
}

/* An over-aligned local must be aligned whatever the stack pointer is on
 * entry: check it from four frames shifted by 16 bytes each. */
static int aligned_here(void)
{
	_Alignas(64) char x[1];

	x[0] = 0;
	return (uintptr_t)x % 64 == 0 && x[0] == 0;
}

static int aligned_after(int k)
{
	char pad[16 * k + 1];

	pad[16 * k] = 0;
	return aligned_here() + pad[16 * k];
}

static int aligned_at_depths(void)
{
	int k, all = 1;

	for (k = 0; k < 4; k++)
		all &= aligned_after(k);
	return all;
}

struct wide {
	char c;
	_Alignas(16) int x;
};

int main(void)
{
	_Alignas(32) char buf[64];
	alignas(double) unsigned char raw[sizeof(double)];
	_Alignas(int) char small;
	void *p;

	printf("%d\n", (int)_Alignof(char));
	printf("%d %d %d\n", power_of_two(_Alignof(int)),
		power_of_two(alignof(double)), power_of_two(_Alignof(max_align_t)));
	printf("%d\n", _Alignof(max_align_t) >= _Alignof(long double));
	printf("%d\n", (uintptr_t)buf % 32 == 0);
	printf("%d\n", (uintptr_t)raw % _Alignof(double) == 0);
	printf("%d\n", (uintptr_t)&small % _Alignof(int) == 0);
	printf("%d\n", aligned_at_depths());
	printf("%d\n", _Alignof(struct wide) >= 16);
	printf("%d\n", offsetof(struct wide, x) % 16 == 0);
	printf("%d\n", _Alignof(int[10]) == _Alignof(int));
	p = aligned_alloc(64, 128);
	printf("%d\n", p != NULL && (uintptr_t)p % 64 == 0);
	free(p);
	buf[0] = raw[0] = small = 0;
	return buf[0] + raw[0] + small;
}
