// runoutput
// Generates a function with 600 local variables of mixed types (more
// than the 511 identifiers in a block that C11 5.2.4.1 requires), each
// initialised from the one before, half of them updated through pointers,
// and checks their sum against the value the generator computed.

#include <stdio.h>

#define N 600

static const char *const types[] = { "int", "long", "unsigned", "short", "long long" };

int main(void)
{
	unsigned long long v[N], sum = 0;
	int i;

	for (i = 0; i < N; i++) {
		v[i] = i == 0 ? 7 : (v[i - 1] * 31 + (unsigned)i) % 10007;
		if (i % 2 == 1)
			v[i] += 3;
		sum += v[i];
	}
	puts("#include <stdio.h>");
	puts("");
	puts("static void bump(long long *p)");
	puts("{");
	puts("\t*p += 3;");
	puts("}");
	puts("");
	puts("static unsigned long long compute(void)");
	puts("{");
	puts("\tunsigned long long total = 0;");
	puts("\tlong long tmp;");
	for (i = 0; i < N; i++) {
		if (i == 0)
			printf("\t%s v0 = 7;\n", types[0]);
		else
			printf("\t%s v%d = (%s)((v%d * 31LL + %d) %% 10007);\n",
				types[i % 5], i, types[i % 5], i - 1, i);
		if (i % 2 == 1) {
			printf("\ttmp = v%d;\n", i);
			puts("\tbump(&tmp);");
			printf("\tv%d = (%s)tmp;\n", i, types[i % 5]);
		}
	}
	for (i = 0; i < N; i++)
		printf("\ttotal += (unsigned long long)v%d;\n", i);
	puts("\treturn total;");
	puts("}");
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tunsigned long long t = compute();");
	puts("");
	puts("\tprintf(\"%llu\\n\", t);");
	printf("\tprintf(\"%%s\\n\", t == %lluULL ? \"agrees\" : \"differs\");\n", sum);
	puts("\treturn 0;");
	puts("}");
	return 0;
}
