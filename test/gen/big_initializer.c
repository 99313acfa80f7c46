// runoutput
// Generates a static array of 20000 ints with a brace initialiser, a
// second array with 2250 elements given by designators in scrambled order
// and 20 of them given a second time (C11 6.7.9p17-19: designators may
// come in any order and the last initialiser for an element wins), the
// rest zero, and a 2-D array filled by brace elision; the program checks
// checksums computed by the generator.

#include <stdio.h>

#define N 20000
#define D 3000

static long val(long i)
{
	return (i * 7919 + 17) % 65521 - 32760;
}

int main(void)
{
	long sum = 0, dsum = 0, weighted = 0, esum = 0;
	int i, k;

	for (i = 0; i < N; i++) {
		sum += val(i);
		weighted += val(i) * (i % 13);
	}
	for (i = 0; i < D; i++)
		dsum += (i % 4 == 0) ? 0 : val(i * 3);
	for (k = 0; k < 20; k++)
		dsum++;
	for (i = 0; i < 60 * 5; i++)
		esum += (i * 11) % 97;
	puts("#include <stdio.h>");
	puts("");
	printf("static const int table[%d] = {", N);
	for (i = 0; i < N; i++)
		printf("%s%ld,", i % 10 ? " " : "\n\t", val(i));
	puts("\n};");
	puts("");
	printf("static int sparse[%d] = {", D * 2);
	for (k = 0; k < D; k++) {
		i = (k * 1231) % D;
		if (i % 4 == 0)
			continue;
		printf("%s[%d] = %ld,", k % 6 ? " " : "\n\t", i, val(i * 3));
	}
	/* Give 20 elements a second time, adding 1: the later one counts. */
	for (k = 0; k < 20; k++) {
		i = (k * 1777) % D | 1;
		printf("%s[%d] = %ld,", k % 6 ? " " : "\n\t", i, val(i * 3) + 1);
	}
	puts("\n};");
	puts("");
	printf("static const short elided[60][5] = {");
	for (i = 0; i < 300; i++)
		printf("%s%d,", i % 15 ? " " : "\n\t", (i * 11) % 97);
	puts("\n};");
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tlong sum = 0, weighted = 0, dsum = 0, esum = 0;");
	puts("\tint i, j, zeros = 0;");
	puts("");
	printf("\tfor (i = 0; i < %d; i++) {\n", N);
	puts("\t\tsum += table[i];");
	puts("\t\tweighted += (long)table[i] * (i % 13);");
	puts("\t}");
	printf("\tfor (i = 0; i < %d; i++) {\n", D * 2);
	puts("\t\tdsum += sparse[i];");
	puts("\t\tzeros += sparse[i] == 0;");
	puts("\t}");
	puts("\tfor (i = 0; i < 60; i++)");
	puts("\t\tfor (j = 0; j < 5; j++)");
	puts("\t\t\tesum += elided[i][j];");
	puts("\tprintf(\"%ld %ld %ld %ld\\n\", sum, weighted, dsum, esum);");
	puts("\tprintf(\"zeros %d\\n\", zeros);");
	printf("\tprintf(\"%%s\\n\", sum == %ldL && weighted == %ldL && dsum == %ldL && esum == %ldL"
		" ? \"agrees\" : \"differs\");\n", sum, weighted, dsum, esum);
	puts("\treturn 0;");
	puts("}");
	return 0;
}
