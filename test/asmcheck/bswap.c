// asmcheck
// Checks that reversing the bytes of a 32-bit value with shifts and
// masks becomes a bswap, and that assembling a big-endian value from
// four byte loads becomes one 32-bit load and a bswap (or one movbe).
// requires: gcc || clang

#include <stdint.h>

uint32_t
swap32(uint32_t x)
{
	// amd64:`\bbswapl?\s`,-`\bsh[lr]`,-`\band[lq]?\s`
	return (x >> 24) | ((x >> 8) & 0xff00) | ((x << 8) & 0xff0000) |
	       (x << 24);
}

uint32_t
load_be32(const unsigned char *p)
{
	// amd64:`\b(bswapl?|movbel?)\s`,`movl\s+\(%rdi\),`,-`movzbl`,-`\bsh[lr]`
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}
