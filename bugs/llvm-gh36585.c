// compile
// llvm GH 36585: C11 puts no completeness requirement on the type named
// in _Atomic(...) (6.7.2.4p3 forbids only arrays, functions, atomic and
// qualified types), so a pointer to an atomic version of a structure
// that is only declared yet is fine, like any pointer to an incomplete
// type. Clang rejects the declaration with "_Atomic cannot be applied to
// incomplete type". GCC accepts it; still open.
// bug: clang 13-22
// requires: atomics

struct node;

_Atomic(struct node) *head_slot;

struct node {
	int value;
	struct node *next;
};

int
is_empty(void)
{
	return head_slot == 0;
}
