// asmcheck
// Checks that the portable rotate idiom (two shifts in opposite
// directions ORed together, with the count masked so no shift is by 32)
// becomes one rol or ror instruction, by a constant or by %cl, with no
// separate shifts or or.
// requires: gcc || clang

#include <stdint.h>

uint32_t
rotl7(uint32_t x)
{
	// amd64:`(roll\s+\$7|rorl\s+\$25),`,-`\bsh[lr]`,-`\borl\s`
	return (x << 7) | (x >> 25);
}

uint32_t
rotl_var(uint32_t x, unsigned r)
{
	// amd64:`(rol|ror)l\s+%cl,`,-`\bsh[lr]`,-`\borl\s`
	return (x << (r & 31)) | (x >> (-r & 31));
}

uint64_t
rotr_var(uint64_t x, unsigned r)
{
	// amd64:`(rol|ror)q\s+%cl,`,-`\bsh[lr]`,-`\borq\s`
	return (x >> (r & 63)) | (x << (-r & 63));
}
