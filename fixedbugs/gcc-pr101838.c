// run
// gcc PR 101838: sizeof applied to a type name (here a typeof of a
// statement expression) whose type is a structure with a variable-length
// member (GNU extension) must evaluate the size expression; gcc before 12
// evaluated the structure size with the bound's old value, before the
// statement expression had changed it.
// fixed: gcc 12
// requires: gcc

#include <stdio.h>

/* noipa keeps the size computation here: it must be done at run time
   from len (the body is rounded up to the tag's alignment, 4). */
__attribute__((noipa)) static int
packet_bytes(int len)
{
	// gcc.amd64:`%[re]di\b`,`and[lq]\s+\$-4, %[re]`,-`movl\s+\$\d+, %eax`
	return (int)sizeof(__typeof__(*__extension__ ({
		len += 7;
		struct { unsigned char body[len]; int tag; } pkt;
		&pkt;
	})));
}

int
main(int argc, char **argv)
{
	(void)argv;
	/* 1+7 = 8 bytes of body + 4 of tag; 9+7 = 16 + 4 */
	printf("%d %d\n", packet_bytes(argc), packet_bytes(9));
	return 0;
}
