// run
// gcc PR 84169: wrong code from combine for __builtin_mul_overflow of a
// char-truncated unsigned __int128 stack argument by a negative constant,
// stored back into that argument. The product is negative, so the stored
// value wraps modulo 2^128 and the following 128-bit add must see it.
// requires: int128 && (gcc || clang)
// fixed: gcc 8

#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

__extension__ typedef unsigned __int128 u128;

u128 bias;

// The sixth 128-bit argument is passed on the stack.
OPAQUE u128
spread(u128 a, u128 b, u128 c, u128 d, u128 e, u128 last)
{
	// amd64:`40\(%rsp\)`,`subq`,`sbbq`
	// gcc.amd64:`shldq\s+\$4`,`salq\s+\$4`
	(void)a, (void)b, (void)c, (void)d, (void)e;
	__builtin_mul_overflow((unsigned char)last, -16, &last);
	return bias + last;
}

static volatile unsigned long long inputs[4] = { 4, 0x1ff, 0x300, 0x80 };
static volatile unsigned long long offsets[2] = { 0, 5000 };

static void
show(u128 v)
{
	printf("%#llx %#llx\n", (unsigned long long)(v >> 64),
		   (unsigned long long)v);
}

int
main(void)
{
	for (int j = 0; j < 2; j++) {
		bias = offsets[j];
		for (int i = 0; i < 4; i++)
			show(spread(0, 1, 2, 3, 4, inputs[i]));
	}
	return 0;
}
