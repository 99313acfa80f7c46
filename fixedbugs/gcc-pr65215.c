// run
// gcc PR 65215: the bswap pass turned a byte swap of the low 32 bits of a
// 64-bit load into a swap of the wrong bytes: the loaded value was treated
// as if all 64 bits took part, so the high half leaked into the result.
// The load and the swap sit in a function the caller cannot see into, so
// GCC's bswap pass (and LLVM's own bswap matching) must do the work.
// fixed: gcc 5

#include <stdint.h>
#include <stdio.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

static inline uint32_t
rev32(uint32_t x)
{
	return (x << 24) | ((x & 0xff00) << 8) | ((x >> 8) & 0xff00) | (x >> 24);
}

OPAQUE uint32_t
low_reversed(const unsigned long long *p)
{
	// amd64:`movl\s+\(%rdi\), %eax`,`\bbswapl?\s+%eax`,-`bswapq`,-`4\(%rdi\)`
	return rev32((uint32_t)*p);
}

static volatile unsigned long long cells[3] = {
	0xfeedbea8efbeaddeULL, 0x0123456744332211ULL, 0xffffffff00000080ULL
};

int
main(void)
{
	for (int i = 0; i < 3; i++) {
		unsigned long long v = cells[i];

		printf("%#lx\n", (unsigned long)low_reversed(&v));
	}
	return 0;
}
