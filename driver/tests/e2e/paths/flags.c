// run -include defs.h -I inc -D SCALE=3 -x c --param max-inline-insns-single=2 data.txt {src} plain
// Flags that take the next word keep it and come before the source;
// defs.h, inc/ and data.txt lie beside the test and are found from its
// folder; {src} is the test itself; plain stays a program argument.

#include <stdio.h>
#include <string.h>
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
	printf("%d %d %d %s", FROM_DEFS, LOCAL, SCALE, line);
	printf("%s %s\n", argc > 2 && strstr(argv[2], "/paths/flags.c") ?
	       "src" : "?", argc > 3 ? argv[3] : "?");
	return argc != 4;
}
