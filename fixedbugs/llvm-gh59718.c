// errorcheck
// clang GH 59718: an lvalue of incomplete structure type cannot be
// converted to a value (C11 6.3.2.1p2), so a conditional expression
// whose second and third operands name objects of a still-incomplete
// struct has nothing to yield. Clang accepted it without a word; since
// clang 17 it requires complete types there, as GCC does. tcc 0.9.27
// accepts it silently.
// fixed: clang 17
// requires: gcc || clang

struct pending;
extern struct pending left_one, right_one;

void
choose(int which)
{
	(void)(which ? left_one : right_one);	// ERROR "incomplete type"
}

struct pending { int n; };
