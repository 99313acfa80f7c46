// runoutput
// Generates a program whose function is one switch statement with 300
// case labels (in scrambled order) and checks that the generated program
// computes the same table as the generator.

#include <stdio.h>

#define CASES 300

static int value(int i)
{
	return (i * 7919 + 13) % 1009;
}

int main(void)
{
	long sum = 0;
	int i, k;

	puts("#include <stdio.h>");
	puts("");
	puts("static int lookup(int i)");
	puts("{");
	puts("\tswitch (i) {");
	for (k = 0; k < CASES; k++) {
		i = (k * 37) % CASES;
		printf("\tcase %d:\n\t\treturn %d;\n", i, value(i));
	}
	puts("\tdefault:");
	puts("\t\treturn -1;");
	puts("\t}");
	puts("}");
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tlong sum = 0;");
	puts("\tint i;");
	puts("");
	printf("\tfor (i = 0; i < %d; i++)\n", CASES);
	puts("\t\tsum += lookup(i);");
	puts("\tprintf(\"sum %ld\\n\", sum);");
	puts("\tprintf(\"%d %d %d\\n\", lookup(0), lookup(299), lookup(300));");
	for (i = 0; i < CASES; i++)
		sum += value(i);
	printf("\tprintf(\"%s\\n\", sum == %ldL ? \"agrees\" : \"differs\");\n",
		"%s", sum);
	puts("\treturn 0;");
	puts("}");
	return 0;
}
