// compile
// C11 puts no completeness requirement on the type named in _Atomic(...)
// (6.7.2.4p3 forbids only arrays, functions, atomic and qualified types),
// so a pointer to an atomic version of a structure that is only declared
// yet is fine, like any pointer to an incomplete type. gcc 11 and 12
// accept it.
// bug: clang 13-22
// clang: llvm GH 36585: rejects _Atomic(struct node) *head_slot, declared while struct node is incomplete, with "_Atomic cannot be applied to incomplete type"
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
