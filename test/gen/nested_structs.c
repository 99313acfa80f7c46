// runoutput
// Generates 60 levels of structure definitions nested inside one another
// (C11 5.2.4.1 asks for 63 levels of nested structure or union
// definitions in one struct-declaration-list), each level with its own
// tag, a member and a union; the program reaches the innermost member
// through a 60-step chain of . and -> and checks sizes, offsets and an
// initialiser with nested braces.

#include <stdio.h>

#define LEVELS 60

int main(void)
{
	int i;
	long sum = 0;

	for (i = 0; i < LEVELS; i++)
		sum += i * 2 + 1;
	puts("#include <stdio.h>");
	puts("#include <stddef.h>");
	puts("");
	for (i = 0; i < LEVELS; i++)
		printf("%*sstruct s%d {\n%*sint v%d;\n", i, "", i, i + 1, "", i);
	printf("%*sunion { int inner; char bytes[sizeof(int)]; } u;\n", LEVELS, "");
	for (i = LEVELS - 1; i >= 0; i--)
		printf("%*s} %s;\n", i, "", i == 0 ? "" : "n");
	puts("");
	puts("static struct s0 root = ");
	for (i = 0; i < LEVELS; i++)
		printf("{ %d, ", i * 2 + 1);
	printf("{ 7 }");
	for (i = 0; i < LEVELS; i++)
		printf(" }");
	puts(";");
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tstruct s0 *p0 = &root;");
	printf("\tstruct s%d *deep = &p0->", LEVELS - 1);
	for (i = 1; i < LEVELS; i++)
		printf("n%s", i < LEVELS - 1 ? "." : "");
	puts(";");
	puts("\tlong sum = 0;");
	puts("");
	printf("\tsum += root.v0");
	printf(";\n\tsum += root.n.v1");
	for (i = 2; i < LEVELS; i++) {
		int k;

		printf(";\n\tsum += root");
		for (k = 1; k <= i; k++)
			printf(".n");
		printf(".v%d", i);
	}
	puts(";");
	puts("\tprintf(\"%ld %d %d\\n\", sum, deep->u.inner, deep->v59);");
	printf("\tprintf(\"%%d\\n\", sizeof(struct s0) >= %d * sizeof(int));\n", LEVELS + 1);
	printf("\tprintf(\"%%d\\n\", offsetof(struct s%d, u) == sizeof(int));\n", LEVELS - 1);
	printf("\tprintf(\"%%s\\n\", sum == %ld ? \"agrees\" : \"differs\");\n", sum);
	puts("\treturn 0;");
	puts("}");
	return 0;
}
