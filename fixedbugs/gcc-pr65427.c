// run
// gcc PR 65427: wrong code choosing between two xors of 8-int generic vectors
// requires: gcc || clang
// A 32-byte vector of int has no register on plain x86-64, so GCC lowers
// its operations to 16-byte halves. An if/else in a loop that stores one
// of two such xors to the same place became a select between whole
// vectors, which that lowering did not handle: the stored value was wrong.
// Both sides of the if are exercised.
// fixed: gcc 5

#include <stdio.h>

#ifdef __clang__
#define HIDDEN __attribute__((noinline))
#else
#define HIDDEN __attribute__((noipa))
#endif

typedef int oct __attribute__((vector_size(32)));

struct mixer {
	oct data;
	oct salt[2];
	oct result;
};

/* Rounds repeat the same choice; the caller asks for one. GCC must keep
   both arms, each split into two 16-byte xors (salt[0] at 32 and 48,
   salt[1] at 64 and 80) with no 32-byte register; clang turns the if
   into a select of the salt's address, also in halves. */
HIDDEN void
scramble(struct mixer *m, int second, int rounds)
{
	// amd64:-`%ymm`,`96\(%rdi\)`,`112\(%rdi\)`
	// gcc.amd64:`movdqa\s+32\(%rdi\)`,`movdqa\s+48\(%rdi\)`,`movdqa\s+64\(%rdi\)`,`movdqa\s+80\(%rdi\)`,`pxor\s+%xmm\d+, %xmm\d+`
	// clang.amd64:`setne`,`xorps\s+\(%rdi\)`,`xorps\s+16\(%rdi\)`
	for (;;) {
		if (second)
			m->result = m->data ^ m->salt[1];
		else
			m->result = m->data ^ m->salt[0];
		if (--rounds <= 0)
			break;
	}
}

int
main(void)
{
	static struct mixer m;

	for (int k = 0; k < 8; k++) {
		m.data[k] = 11 * (k + 1);
		m.salt[0][k] = 0x100 << (k % 4);
		m.salt[1][k] = k & 1 ? 0x7000 : 0x50000;
	}
	for (volatile int side = 0; side <= 1; side++) {
		scramble(&m, side, 1);
		printf("side %d:", side);
		for (int k = 0; k < 8; k++)
			printf(" %x", (unsigned)m.result[k]);
		putchar('\n');
	}
	return 0;
}
