// run -I{srcdir}/inc {srcdir}/data.txt
// {srcdir} names the test's folder in flags and arguments.

#include <stdio.h>
#include "local.h"

int
main(int argc, char **argv)
{
	char line[64] = "";
	FILE *f = argc > 1 ? fopen(argv[1], "r") : NULL;

	if (f) {
		fgets(line, sizeof(line), f);
		fclose(f);
	}
	printf("%d %s", LOCAL, line);
	return 0;
}
