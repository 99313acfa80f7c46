// run hello "two words" 42
// Checks that the program arguments on the directive line reach main:
// argc, argv[1..], a double-quoted argument with a space, argv[argc] NULL.

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	int i;

	printf("argc=%d\n", argc);
	for (i = 1; i < argc; i++)
		printf("argv[%d]=[%s]\n", i, argv[i]);
	printf("%d\n", argv[argc] == NULL);
	if (argc > 3)
		printf("%d\n", atoi(argv[3]) + 1);
	return 0;
}
