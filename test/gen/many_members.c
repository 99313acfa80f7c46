// runoutput
// Generates a struct with 1100 members of mixed types (over the C11
// minimum of 1023 members, 5.2.4.1), initialised by designators in
// reverse order; the program checks that offsetof grows with declaration
// order (C11 6.7.2.1p15), that each offset is a multiple of its member's
// alignment, and that a copy of the struct carries every member.

#include <stdio.h>

#define N 1100

static const char *const types[] = { "char", "int", "double", "short", "long long",
	"unsigned char", "float" };

static long value(int i)
{
	return (i * 37) % 100;
}

int main(void)
{
	long sum = 0;
	int i;

	for (i = 0; i < N; i++)
		sum += value(i);
	puts("#include <stdio.h>");
	puts("#include <stddef.h>");
	puts("");
	puts("struct wide {");
	for (i = 0; i < N; i++)
		printf("\t%s m%d;\n", types[i % 7], i);
	puts("};");
	puts("");
	puts("static const size_t offsets[] = {");
	for (i = 0; i < N; i++)
		printf("\toffsetof(struct wide, m%d),\n", i);
	puts("};");
	puts("");
	puts("static const size_t aligns[] = {");
	for (i = 0; i < N; i++)
		printf("\t_Alignof(%s),\n", types[i % 7]);
	puts("};");
	puts("");
	puts("static long total(const struct wide *w)");
	puts("{");
	puts("\tlong t = 0;");
	puts("");
	for (i = 0; i < N; i++)
		printf("\tt += (long)w->m%d;\n", i);
	puts("\treturn t;");
	puts("}");
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tstatic struct wide w = {");
	for (i = N - 1; i >= 0; i--)
		printf("\t\t.m%d = %ld,\n", i, value(i));
	puts("\t};");
	puts("\tstruct wide copy;");
	puts("\tint i, ordered = 1, aligned = 1;");
	puts("");
	printf("\tfor (i = 1; i < %d; i++)\n", N);
	puts("\t\tordered &= offsets[i] > offsets[i - 1];");
	printf("\tfor (i = 0; i < %d; i++)\n", N);
	puts("\t\taligned &= offsets[i] % aligns[i] == 0;");
	puts("\tcopy = w;");
	puts("\tw.m1 = 0;");
	puts("\tprintf(\"ordered %d aligned %d\\n\", ordered, aligned);");
	puts("\tprintf(\"%ld %d\\n\", total(&copy), sizeof(struct wide) % _Alignof(struct wide) == 0);");
	printf("\tprintf(\"%%s\\n\", total(&copy) == %ldL ? \"agrees\" : \"differs\");\n", sum);
	puts("\treturn 0;");
	puts("}");
	return 0;
}
