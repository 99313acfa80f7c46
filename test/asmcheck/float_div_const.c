// asmcheck
// Checks the floating-point rewrites that keep results exact without
// -ffast-math: x * 2.0 becomes x + x, and x / 4.0 becomes a multiply by
// 0.25 since the reciprocal of a power of two is exact. x / 3.0 must stay
// a division, because 1/3 has no exact binary representation.
// requires: gcc || clang

double
twice(double x)
{
	// amd64:`addsd\s+%xmm0,\s*%xmm0`,-`mulsd`
	return x * 2.0;
}

double
quarter(double x)
{
	// amd64:`mulsd\s`,-`divsd`
	return x / 4.0;
}

double
third(double x)
{
	// amd64:`divsd\s`,-`mulsd`
	return x / 3.0;
}
