// run
// llvm GH 65156: an identifier spelled with a non-ASCII (UTF-8) character
// right after a backslash-newline was split in two: clang lexed the part
// before the line splice as an identifier of its own and reported "expected
// ';' after top level declarator". Line splicing (C11 5.1.1.2 phase 2)
// happens before tokenisation, so the two halves form one identifier;
// extended characters in identifiers are implementation-defined (6.4.2.1p3)
// and accepted by GCC and clang.
// fixed: clang 18
// kind: rejects-valid
// requires: gcc || clang

#include <stdio.h>

static int gr\
öße = 41;
static int ét\
é = 1;

int
main(void)
{
	printf("%d\n", größe + été);
	return 0;
}
