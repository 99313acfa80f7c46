// run
// C11 6.7.9p11 lets the initialiser of a scalar be a single expression,
// optionally enclosed in braces, and nothing excludes atomic scalars, so
// `_Atomic int n = { 5 };` and the compound literal `(_Atomic int){ 5 }`
// are valid. gcc 11 and 12 accept every such initialiser here.
// bug: clang 13-22
// clang: llvm GH 177084: rejects each braced initialiser of an _Atomic long, int or char * object, and (_Atomic int){ 30 }, with "illegal initializer type"
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
