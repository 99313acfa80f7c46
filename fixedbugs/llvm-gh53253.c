// errorcheck -0
// clang GH 53253: a plain signed bit-field one bit wide holds only 0 and -1,
// so storing the constant 1 into it silently becomes -1. Clang warned about
// such truncations for wider fields but skipped the one-bit case entirely;
// clang 16 added -Wsingle-bit-bitfield-constant-conversion for it. GCC
// warns too (-Woverflow); tcc says nothing.
// fixed: clang 16

struct flags {
	signed int ready : 1;
	unsigned int done : 1;
	signed int mode : 2;
};

int
set_flags(struct flags *f)
{
	f->done = 1;	/* fine: unsigned */
	f->mode = 1;	/* fine: fits in two bits */
	f->ready = 1;	// CLANG_ERROR "one-bit wide bit-field changes value from 1 to -1" GCC_ERROR "overflow in conversion.*changes value from .1. to .-1."
	return f->ready;
}
