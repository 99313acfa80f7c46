// run
// Checks that the program's standard input is empty (the driver connects
// it to /dev/null): the first read hits end-of-file, not a hang.

#include <stdio.h>

int main(void)
{
	char line[64];
	int c = getchar();

	printf("%d\n", c == EOF);
	printf("%d %d\n", feof(stdin) != 0, ferror(stdin) != 0);
	clearerr(stdin);
	printf("%d\n", fgets(line, sizeof line, stdin) == NULL);
	printf("%d\n", scanf("%63s", line) == EOF);
	return 0;
}
