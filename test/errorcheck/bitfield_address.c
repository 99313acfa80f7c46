// errorcheck
// Checks bit-field constraints that the existing width test leaves out:
// & may not be applied to a bit-field (C11 6.5.3.2p1), sizeof may not be
// applied to one (C11 6.5.3.4p1), while sizeof of an expression that
// merely uses one is fine, and a _Bool bit-field may not be wider than
// _Bool itself, one bit on every supported compiler (C11 6.7.2.1p4).

struct flags {
	unsigned int ready : 1;
	unsigned int count : 4;
	_Bool on : 2;	// GCC_ERROR "width of .on. exceeds its type" CLANG_ERROR "width of bit-field .on. \(2 bits\) exceeds"
};

unsigned long
f(struct flags *p)
{
	unsigned int *q = &p->count;	// GCC_ERROR "cannot take address of bit-field .count." CLANG_ERROR "address of bit-field requested"
	unsigned long n = sizeof p->ready;	// ERROR "sizeof.* (applied )?to (a )?bit-field"
	unsigned long m = sizeof(p->count + 0);

	return n + m + *q;
}
