// errorcheck
// Checks that an enumeration constant's value must be representable as an
// int (C11 6.7.2.2p2), whether given explicitly or obtained by adding one
// to the previous constant (C11 6.7.2.2p3, 6.6p4). clang diagnoses the
// implicit case with a warning, which the standard accepts.

enum big {
	TOO_BIG = 0x80000000,		// ERROR "ISO C restricts enumerator values to range of .int."
};
enum small {
	TOO_SMALL = -2147483649,	// ERROR "ISO C restricts enumerator values to range of .int."
};
enum edge {
	LAST = 2147483647,
	NEXT,				// GCC_ERROR "overflow in enumeration values" CLANG_ERROR "warning: overflow in enumeration value"
};
enum fits {
	MAXI = 2147483647,
	MINI = -2147483647 - 1,
};
