// run
// Checks %c and %s (C11 7.21.6.1p8): %c converts its int argument to
// unsigned char (so 0x141 prints 'A'), writes a null character when
// given 0 and counts it, and takes width and '-'; %s with a precision
// reads at most that many characters, so the array need not be
// null-terminated, a width smaller than the string does not truncate,
// and %.0s prints nothing; %% (exactly that, with nothing between)
// writes one percent sign.

#include <stdio.h>
#include <string.h>

int main(void)
{
	char raw[4] = { 'w', 'x', 'y', 'z' };
	char buf[16];
	int n;

	printf("[%c] [%c] [%c]\n", 0x141, 'b', 'c' + 256);
	printf("[%3c] [%-3c] [%1c]\n", 'r', 'l', 'o');
	memset(buf, '#', sizeof buf);
	n = snprintf(buf, sizeof buf, "a%cb", 0);
	printf("%d %c %d %c %d\n", n, buf[0], buf[1], buf[2], buf[3]);
	printf("[%.4s] [%.2s] [%.0s]\n", raw, raw, raw);
	printf("[%2s] [%8s] [%-8s]\n", "longer", "right", "left");
	printf("[%5.2s] [%-5.3s]\n", "abcdef", "abcdef");
	printf("[%s] [%5s]\n", "", "");
	printf("[%%] [100%%] [%%d]\n");
	n = printf("%c%c%c\n", 'x', 'y', 'z');
	printf("%d\n", n);
	return 0;
}
