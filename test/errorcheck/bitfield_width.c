// errorcheck
// Checks bit-field width constraints (C11 6.7.2.1p4): the width may not be
// negative, may not exceed the width of the type, and a named bit-field
// may not have width zero; a bit-field must have an integer type.

struct bits {
	unsigned int wide : 40;		// ERROR "exceeds"
	int neg : -1;			// ERROR "negative width"
	unsigned int named_zero : 0;	// ERROR "zero width|zero-width"
	double real : 3;		// ERROR "invalid type|non-integral type"
	unsigned int ok : 3;
	unsigned int : 0;
};
