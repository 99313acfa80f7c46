// runoutput
// Generates an enumeration with 1100 constants (C11 5.2.4.1 asks for 1023
// in one enumeration) where some have explicit values, including negative
// ones and repeats, and the rest count on from the previous constant
// (C11 6.7.2.2p3); a switch maps every distinct value back to a name;
// the program checks a sum of all constants and a few lookups against
// the generator's own arithmetic.

#include <stdio.h>

#define N 1100

/* Value of constant i when it is given explicitly, or 0 with *has = 0. */
static long explicit(int i, int *has)
{
	*has = i % 97 == 0 || i % 211 == 5;
	if (i % 97 == 0)
		return (long)i * 3 - 2000;
	return (long)i / 2;
}

int main(void)
{
	long value[N], sum = 0, prev = -1;
	int i, j, has, seen;

	for (i = 0; i < N; i++) {
		long e = explicit(i, &has);

		value[i] = has ? e : prev + 1;
		prev = value[i];
		sum += value[i];
	}
	puts("#include <stdio.h>");
	puts("");
	puts("enum big {");
	for (i = 0; i < N; i++) {
		long e = explicit(i, &has);

		if (has)
			printf("\tE%d = %ld,\n", i, e);
		else
			printf("\tE%d,\n", i);
	}
	puts("};");
	puts("");
	puts("static int first_with(enum big v)");
	puts("{");
	puts("\tswitch (v) {");
	for (i = 0; i < N; i++) {
		seen = 0;
		for (j = 0; j < i; j++)
			if (value[j] == value[i])
				seen = 1;
		if (!seen)
			printf("\tcase E%d: return %d;\n", i, i);
	}
	puts("\t}");
	puts("\treturn -1;");
	puts("}");
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tlong sum = 0");
	for (i = 0; i < N; i++)
		printf("%s+ E%d", i % 10 ? " " : "\n\t\t", i);
	puts(";");
	puts("");
	printf("\tprintf(\"%%ld %%d %%d %%d\\n\", sum, (int)E%d, (int)E1, (int)E%d);\n", N - 1, 97);
	puts("\tprintf(\"%d %d %d\\n\", first_with(E0), first_with(E500), first_with(E1099));");
	printf("\tprintf(\"%%s\\n\", sum == %ldL ? \"agrees\" : \"differs\");\n", sum);
	puts("\treturn 0;");
	puts("}");
	return 0;
}
