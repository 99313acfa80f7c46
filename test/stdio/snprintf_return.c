// run
// Checks snprintf: it returns the length the full output would have,
// truncates to size-1 characters plus NUL, and accepts size 0 with NULL.

#include <stdio.h>
#include <string.h>

int main(void)
{
	char buf[8];
	int n;

	n = snprintf(buf, sizeof buf, "%d", 12345);
	printf("%d [%s]\n", n, buf);
	n = snprintf(buf, sizeof buf, "%s-%s", "truncated", "text");
	printf("%d [%s] %zu\n", n, buf, strlen(buf));
	n = snprintf(NULL, 0, "%05d|%x", 42, 255u);
	printf("%d\n", n);
	memset(buf, 'z', sizeof buf);
	n = snprintf(buf, 1, "abc");
	printf("%d %d %c\n", n, buf[0], buf[1]);
	n = snprintf(buf, sizeof buf, "%s", "");
	printf("%d [%s]\n", n, buf);
	n = snprintf(buf, sizeof buf, "1234567");
	printf("%d [%s]\n", n, buf);
	n = snprintf(buf, sizeof buf, "12345678");
	printf("%d [%s]\n", n, buf);
	n = sprintf(buf, "%c%c%c", 'a', 'b', 'c');
	printf("%d [%s]\n", n, buf);
	return 0;
}
