// runoutput
// Generates a table of 2000 string literals, each with escapes, and one
// string literal of 4000 characters built from 80 adjacent pieces (C11
// 5.2.4.1 requires 4095 characters in a literal after concatenation);
// the program checks lengths, a checksum of every character, and that
// strcmp orders two generated entries as the generator expects.

#include <stdio.h>
#include <string.h>

#define N 2000
#define PIECES 80
#define PIECE 50

static void word(int i, char *out)
{
	int len = 1 + (i * 7) % 23, k;

	for (k = 0; k < len; k++)
		out[k] = (char)('a' + (i + k * 3) % 26);
	out[len] = '\0';
}

int main(void)
{
	char w[32];
	unsigned long check = 0, total = 0;
	int i, k;

	puts("#include <stdio.h>");
	puts("#include <string.h>");
	puts("");
	printf("static const char *const table[%d] = {\n", N);
	for (i = 0; i < N; i++) {
		word(i, w);
		/* Each entry is the word, a tab written as \t, and the index. */
		printf("\t\"%s\\t%d\",\n", w, i);
		total += strlen(w) + 1 + (unsigned long)snprintf(NULL, 0, "%d", i);
	}
	puts("};");
	puts("");
	puts("static const char big[] =");
	for (k = 0; k < PIECES; k++) {
		printf("\t\"");
		for (i = 0; i < PIECE; i++) {
			char c = (char)('A' + (k + i) % 26);

			putchar(c);
			check += (unsigned char)c * (unsigned long)(k * PIECE + i + 1);
		}
		printf("\"%s\n", k == PIECES - 1 ? ";" : "");
	}
	puts("");
	puts("int main(void)");
	puts("{");
	puts("\tunsigned long total = 0, check = 0;");
	puts("\tsize_t i;");
	puts("");
	printf("\tfor (i = 0; i < %d; i++)\n", N);
	puts("\t\ttotal += strlen(table[i]);");
	puts("\tfor (i = 0; big[i]; i++)");
	puts("\t\tcheck += (unsigned char)big[i] * (unsigned long)(i + 1);");
	puts("\tprintf(\"%lu %d %lu\\n\", total, (int)sizeof big, check);");
	printf("\tprintf(\"%%s\\n\", total == %luUL && check == %luUL ? \"agrees\" : \"differs\");\n",
		total, check);
	puts("\tprintf(\"%s|%s\\n\", table[0], table[1999]);");
	puts("\tprintf(\"%d\\n\", strcmp(table[3], table[4]) < 0);");
	puts("\treturn 0;");
	puts("}");
	return 0;
}
