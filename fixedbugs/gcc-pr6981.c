// run
// gcc PR 6981: wrong code for a 64-bit sum of array elements picked by bit fields
// The indices are fields of an instruction word; stores through another
// pointer surround the addition.

#include <stdio.h>

static unsigned long long *cp, m;

static void
nop(void)
{
}

static void
step(unsigned rop, unsigned long long *r)
{
	unsigned rs1, rs2, rd;

top:
	rs2 = (rop >> 11) & 0x1f;
	rs1 = (rop >> 6) & 0x1f;
	rd = rop & 0x1f;
	*cp = 1;
	m = r[rs1] + r[rs2];
	*cp = 2;
	nop();
	if (!rd) {
		rop |= 1;
		goto top;
	}
	r[rd] = 1;
}

int
main(void)
{
	static unsigned long long r[64];
	unsigned long long cr;

	cp = &cr;
	r[4] = 47;
	r[8] = 11;
	step((8 << 11) | (4 << 6) | 15, r);
	printf("%llu %llu %llu\n", m, cr, r[15]);
	r[9] = 0x100000000ULL;
	step((9 << 11) | (4 << 6), r);
	printf("%llu %llu %llu\n", m, cr, r[1]);
	return 0;
}
