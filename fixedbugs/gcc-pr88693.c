// run
// gcc PR 88693: wrong strlen of a buffer filled by memcpy from an unterminated array
// The copied array has no NUL; the terminator is stored by hand after it.

#include <stdio.h>
#include <string.h>

static const char letters[9] = { 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y' };
static const unsigned char digits[9] = "123456789";

static size_t
copy_len(const void *src, size_t n)
{
	char buf[64];

	memcpy(buf, src, n);
	buf[n] = 0;
	return strlen(buf);
}

static int
filled(void)
{
	char buf[40];
	int ok = 1;

	memset(buf, 'z', sizeof buf);
	for (size_t i = 0; i < sizeof buf; i++)
		ok &= buf[i] == 'z';
	return ok;
}

int
main(void)
{
	printf("%zu\n", copy_len(letters, sizeof letters));
	printf("%zu\n", copy_len(digits, sizeof digits));
	printf("%d\n", filled());
	return 0;
}
