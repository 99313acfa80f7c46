// asmcheck
// Checks that memcpy and memset with a small constant size are expanded
// inline: a 16-byte copy is one unaligned SSE load and store, a 32-byte
// clear is a zeroed xmm register stored twice, and neither calls the
// library.
// requires: gcc || clang

#include <string.h>

void
copy16(void *dst, const void *src)
{
	// amd64:`movdqu|movups`,`\(%rsi\)`,-`\bcall`,-`\bjmp`
	memcpy(dst, src, 16);
}

void
clear32(void *dst)
{
	// amd64:`(pxor|xorps)\s+%xmm0,\s*%xmm0`,`movups\s+%xmm0,\s*16\(%rdi\)`,-`\bcall`,-`\bjmp`
	memset(dst, 0, 32);
}
