// run
// gcc PR 88693: wrong strlen of a buffer filled by memcpy from an unterminated array
// The source arrays hold no NUL; the terminator is stored by hand after
// the copy, so strlen of the copy is the array size. GCC's strlen pass
// computes that at compile time, and got it wrong for such sources.
// fixed: gcc 9

#include <stdio.h>
#include <string.h>

#ifdef __clang__
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

static const char letters[9] = { 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y' };
static const unsigned char digits[9] = "123456789";

OPAQUE size_t
letters_len(void)
{
	// gcc.amd64:`movl\s+\$9, %eax`,-`strlen`
	// clang.amd64:`call[q]?\s+strlen\b`
	char buf[64];

	memcpy(buf, letters, sizeof letters);
	buf[sizeof letters] = 0;
	return strlen(buf);
}

OPAQUE size_t
digits_len(void)
{
	// gcc.amd64:`movl\s+\$9, %eax`,-`strlen`
	// clang.amd64:`call[q]?\s+strlen\b`
	char buf[64];

	memcpy(buf, digits, sizeof digits);
	buf[sizeof digits] = 0;
	return strlen(buf);
}

int
main(void)
{
	printf("%zu\n", letters_len());
	printf("%zu\n", digits_len());
	return 0;
}
