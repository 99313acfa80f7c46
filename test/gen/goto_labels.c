// runoutput
// Generates one function with 800 labels visited in a scrambled order by
// forward and backward gotos, each label adding its number to a running
// checksum and jumping to the next one in a permutation the generator
// chose; the program checks the visit count and the order-sensitive
// checksum (C11 6.8.6.1, 6.8.1: labels have function scope).

#include <stdio.h>

#define N 800

int main(void)
{
	int next[N], order[N];
	unsigned long check = 0;
	int i, k;

	/* A single cycle through all labels: position k visits order[k]. */
	for (k = 0; k < N; k++)
		order[k] = (k * 307) % N;
	for (k = 0; k < N; k++)
		next[order[k]] = k + 1 < N ? order[k + 1] : -1;
	for (k = 0; k < N; k++)
		check = (check * 31 + (unsigned long)order[k]) % 1000000007UL;
	puts("#include <stdio.h>");
	puts("");
	puts("static unsigned long walk(int *visits)");
	puts("{");
	puts("\tunsigned long check = 0;");
	puts("");
	printf("\tgoto L%d;\n", order[0]);
	for (i = 0; i < N; i++) {
		printf("L%d:\n", i);
		printf("\t++*visits;\n");
		printf("\tcheck = (check * 31 + %d) %% 1000000007UL;\n", i);
		if (next[i] >= 0)
			printf("\tgoto L%d;\n", next[i]);
		else
			puts("\tgoto done;");
	}
	puts("done:");
	puts("\treturn check;");
	puts("}");
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tint visits = 0;");
	puts("\tunsigned long check = walk(&visits);");
	puts("");
	puts("\tprintf(\"%d %lu\\n\", visits, check);");
	printf("\tprintf(\"%%s\\n\", visits == %d && check == %luUL ? \"agrees\" : \"differs\");\n",
		N, check);
	puts("\treturn 0;");
	puts("}");
	return 0;
}
