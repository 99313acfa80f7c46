// runoutput
// Generates a program with 400 functions, each calling the previous one,
// plus a table of pointers to all of them, and checks the results.

#include <stdio.h>

#define N 400

int main(void)
{
	int i;

	puts("#include <stdio.h>");
	puts("");
	puts("static long f0(long x)");
	puts("{");
	puts("\treturn x;");
	puts("}");
	for (i = 1; i < N; i++) {
		printf("\nstatic long f%d(long x)\n{\n", i);
		printf("\treturn f%d(x) + %d;\n}\n", i - 1, i);
	}
	printf("\nstatic long (*const table[%d])(long) = {\n", N);
	for (i = 0; i < N; i++)
		printf("\tf%d,\n", i);
	puts("};");
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tlong total = 0;");
	puts("\tint i;");
	puts("");
	printf("\tprintf(\"%%ld\\n\", f%d(0));\n", N - 1);
	printf("\tfor (i = 0; i < %d; i++)\n", N);
	puts("\t\ttotal += table[i](1);");
	puts("\tprintf(\"%ld\\n\", total);");
	puts("\treturn 0;");
	puts("}");
	return 0;
}
