// run
// Checks snprintf truncation at every buffer size (C11 7.21.6.5p2, p3):
// for sizes 0 to one past the full length, at most size-1 characters are
// written followed by a null character, bytes past that are untouched,
// size 0 writes nothing at all, and the return value is always the full
// length the output would have had.

#include <stdio.h>
#include <string.h>

int main(void)
{
	char buf[16];
	size_t size;
	int n;

	for (size = 0; size <= 9; size++) {
		memset(buf, '#', sizeof buf);
		n = snprintf(buf, size, "%s-%03d", "abc", 7);
		printf("size %2zu: ret %d [%.*s] next %c\n", size, n,
			(int)(size ? strlen(buf) : 0), buf,
			buf[size < sizeof buf ? size : 0]);
	}
	memset(buf, '#', sizeof buf);
	n = snprintf(buf, 0, "%d", 123456);
	printf("%d %c\n", n, buf[0]);
	n = snprintf(NULL, 0, "%5s|%-5s|", "ab", "cd");
	printf("%d\n", n);
	return 0;
}
