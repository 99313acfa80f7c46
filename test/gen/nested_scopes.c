// runoutput
// Generates a program with 100 nested blocks, each shadowing the same
// name, and a 60-deep parenthesised expression (inside the C11 minimum
// translation limits of 127 block levels and 63 parenthesis levels).

#include <stdio.h>

#define BLOCKS 100
#define PARENS 60

int main(void)
{
	int i;

	puts("#include <stdio.h>");
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tint v = 0;");
	puts("\tint t;");
	puts("");
	for (i = 1; i <= BLOCKS; i++) {
		printf("%*s{\n", i, "");
		printf("%*st = v;\n", i + 1, "");
		printf("%*sint v = t + %d;\n", i + 1, "", i);
		if (i % 25 == 0)
			printf("%*sprintf(\"depth %d: %%d\\n\", v);\n", i + 1, "", i);
	}
	for (i = BLOCKS; i >= 1; i--)
		printf("%*s}\n", i, "");
	puts("\tprintf(\"outer: %d\\n\", v);");
	printf("\tt = ");
	for (i = 0; i < PARENS; i++)
		printf("(%d + ", i);
	printf("0");
	for (i = 0; i < PARENS; i++)
		printf(")");
	puts(";");
	puts("\tprintf(\"parens: %d\\n\", t);");
	puts("\treturn 0;");
	puts("}");
	return 0;
}
