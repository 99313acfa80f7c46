// run
// llvm GH 144321: an alignment specifier in the type name of a compound
// literal, (_Alignas(64) int){ 7 }, is rejected with "expected
// expression". DR 444 (C17 6.7.5p2) allows alignment specifiers there and
// GCC accepts it in C11 mode; the issue was still open in 2025. tcc
// 0.9.27 accepts the syntax but ignores the alignment, at file scope and
// in a block alike.
// bug: clang 13-22, tcc

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
