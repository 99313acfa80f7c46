// errorcheck
// Checks matching when one line has two diagnostics: two patterns each
// take their own diagnostic, while a single pattern matching both takes
// them all.

int
f(void)
{
	return first_unknown + second_unknown;	// ERROR "first_unknown" "second_unknown"
}

int
g(void)
{
	return alpha_unknown * beta_unknown;	// ERROR "undeclared"
}
