// runoutput
// Generates functions at the minimum limits for calls (C11 5.2.4.1): one
// with 127 parameters of mixed types called with 127 arguments, and a
// variadic function read with va_arg through 126 trailing arguments;
// on common ABIs the first few arguments travel in registers and the
// rest on the stack, so each one is weighted by its index to check it.

#include <stdio.h>

#define N 127

static const char *const types[] = { "int", "long", "double", "short", "char", "long long" };

static long arg_value(int i)
{
	return (i * 13) % 50 - 20;
}

int main(void)
{
	long fixed = 0, var = 0;
	int i;

	for (i = 0; i < N; i++)
		fixed += arg_value(i) * (i + 1);
	for (i = 1; i < N; i++)
		var += arg_value(i) * (i + 1);
	puts("#include <stdio.h>");
	puts("#include <stdarg.h>");
	puts("");
	printf("static long fixed(");
	for (i = 0; i < N; i++)
		printf("%s%s p%d", i == 0 ? "" : i % 6 ? ", " : ",\n\t", types[i % 6], i);
	puts(")");
	puts("{");
	puts("\tlong s = 0;");
	puts("");
	for (i = 0; i < N; i++)
		printf("\ts += (long)p%d * %d;\n", i, i + 1);
	puts("\treturn s;");
	puts("}");
	puts("");
	puts("static long variadic(int count, ...)");
	puts("{");
	puts("\tva_list ap;");
	puts("\tlong s = 0;");
	puts("\tint i;");
	puts("");
	puts("\tva_start(ap, count);");
	puts("\tfor (i = 1; i <= count; i++) {");
	puts("\t\tswitch (i % 6) {");
	puts("\t\tcase 2: s += (long)va_arg(ap, double) * (i + 1); break;");
	puts("\t\tcase 1: s += va_arg(ap, long) * (i + 1); break;");
	puts("\t\tcase 5: s += (long)va_arg(ap, long long) * (i + 1); break;");
	puts("\t\tdefault: s += (long)va_arg(ap, int) * (i + 1); break;");
	puts("\t\t}");
	puts("\t}");
	puts("\tva_end(ap);");
	puts("\treturn s;");
	puts("}");
	puts("");
	puts("int main(void)");
	puts("{");
	printf("\tlong a = fixed(");
	for (i = 0; i < N; i++)
		printf("%s%ld%s", i == 0 ? "" : i % 10 ? ", " : ",\n\t\t", arg_value(i),
			i % 6 == 2 ? ".0" : i % 6 == 1 ? "L" : i % 6 == 5 ? "LL" : "");
	puts(");");
	printf("\tlong b = variadic(%d", N - 1);
	for (i = 1; i < N; i++)
		printf(",%s%ld%s", i % 10 ? " " : "\n\t\t", arg_value(i),
			i % 6 == 2 ? ".0" : i % 6 == 1 ? "L" : i % 6 == 5 ? "LL" : "");
	puts(");");
	puts("");
	puts("\tprintf(\"%ld %ld\\n\", a, b);");
	printf("\tprintf(\"%%s\\n\", a == %ldL && b == %ldL ? \"agrees\" : \"differs\");\n",
		fixed, var);
	puts("\treturn 0;");
	puts("}");
	return 0;
}
