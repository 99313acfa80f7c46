// run
// llvm GH 177084: an object of atomic scalar type cannot be given a braced
// initialiser in clang: `_Atomic int n = { 5 };` and the compound literal
// `(_Atomic int){ 5 }` are rejected with "illegal initializer type
// '_Atomic(int)'". C11 6.7.9p11 lets a scalar's initialiser be a single
// expression optionally enclosed in braces, and nothing excludes atomic
// scalars; GCC accepts both. Reported open in January 2026.
// bug: clang 13-22
// requires: atomics

#include <stdio.h>

static _Atomic long total = { 12 };

int
main(void)
{
	_Atomic int step = { 5 };
	_Atomic(char *) name = { "ok" };
	int tmp = (_Atomic int){ 30 } + step;

	total += tmp;
	printf("%ld %s\n", (long)total, name);
	return 0;
}
