// run
// An alignment specifier may appear in the type name of a compound
// literal, (_Alignas(64) int){ 7 } (DR 444, C17 6.7.5p2), and then aligns
// the literal. gcc 11 and 12 accept it in C11 mode and align the literal at
// file scope and in a block. Clang 13 to 22 reject the syntax. tcc 0.9.27
// accepts it but aligns neither literal to 64 bytes (it drops _Alignas(64)
// on an ordinary block-scope variable too), a failure of its own that the
// LLVM issue does not cover.
// bug: clang 13-22, tcc
// clang: llvm GH 144321: rejects (_Alignas(64) int){ 7 } with "expected expression", at file scope and in a block
// tcc: no tracker entry: accepts the syntax but neither the file-scope nor the block-scope literal is 64-byte aligned

#include <stdint.h>
#include <stdio.h>

static char before = 'a';
static int *file_lit = &(_Alignas(64) int){ 7 };
static char after = 'b';

static int aligned(const void *p)
{
	return (uintptr_t)p % 64 == 0;
}

/* A block-scope literal, checked from frames shifted by 16 bytes each. */
static int block_lit(int k)
{
	char pad[16 * k + 1];
	int *p = &(_Alignas(64) int){ 40 + k };

	pad[16 * k] = 0;
	return aligned(p) && *p == 40 + k && pad[16 * k] == 0;
}

int main(void)
{
	int k, all = 1;

	printf("%c%c %d %d\n", before, after, *file_lit, aligned(file_lit));
	for (k = 0; k < 4; k++)
		all &= block_lit(k);
	printf("%d\n", all);
	return 0;
}
