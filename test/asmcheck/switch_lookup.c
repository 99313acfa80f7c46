// asmcheck
// Checks that a switch whose cases only return constants becomes a load
// from a table indexed by the (bounds-checked) case value: no indirect
// jump, no compare per case, and the constants are not immediates in
// the code.
// requires: gcc || clang

int
pick(int k)
{
	// amd64:`\(%r[a-z0-9]+,%r[a-z0-9]+,4\)`,`cmpl\s+\$6,`,-`\bjmpq?\s+\*`,-`\$42\b`,-`cmpl\s+\$[1-5],`
	switch (k) {
	case 0:
		return 13;
	case 1:
		return 7;
	case 2:
		return 42;
	case 3:
		return 9;
	case 4:
		return 100;
	case 5:
		return 3;
	case 6:
		return 77;
	default:
		return 0;
	}
}
