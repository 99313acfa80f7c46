// errorcheck
// llvm GH 39558: C11 6.9p3 is a constraint: an identifier with internal
// linkage that is used in an expression (other than in a sizeof or _Alignof
// giving an integer constant) needs exactly one external definition in the
// translation unit. Clang warned "has internal linkage but is not defined"
// but kept it a plain warning under -pedantic-errors and compiled the file;
// the warning is now an extension diagnostic that -pedantic-errors turns into
// an error, as GCC reports it.
// fixed: clang 19
// requires: gcc || clang

static int helper(int);	// ERROR "not defined|never defined"

int
entry(int v)
{
	return helper(v) + (int)sizeof helper(v);
}
