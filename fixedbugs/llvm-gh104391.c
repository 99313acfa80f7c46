// errorcheck -0
// llvm GH 104391: the result of a function declared warn_unused_result was
// silently discarded when the call was the operand of a cast to a non-void
// type whose value was then thrown away, as in (long)f();. Clang only said
// "expression result unused"; it now gives the unused-result warning, as GCC
// does. (The attribute is the GNU spelling of C23 [[nodiscard]].)
// fixed: clang 20
// requires: gcc || clang

__attribute__((warn_unused_result)) int acquire(int slot);

void
drop(void)
{
	(long)acquire(3);	// ERROR "ignoring return value"
	(unsigned char)acquire(4);	// ERROR "ignoring return value"
}
