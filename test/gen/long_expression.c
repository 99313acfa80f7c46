// runoutput
// Generates expressions far longer than usual: a flat chain of 2000
// operands mixing + - * ^ & on unsigned values (so every step is
// defined and wraps modulo 2^32 at most), a conditional expression with
// 150 nested ?: levels, and a 60-level parenthesised expression (C11
// 5.2.4.1 requires 63); the generator evaluates the same expressions with
// the precedence rules of C11 6.5 and the program compares.

#include <stdio.h>
#include <stdint.h>

#define TERMS 2000
#define CONDS 150
#define PARENS 60

static uint32_t operand(int i)
{
	return (uint32_t)(i * 2654435761u) >> 20;
}

static char op(int i)
{
	static const char ops[] = "+*-^+&*-+*";

	return ops[i % 10];
}

/* Evaluates the flat chain with C's precedence: * above + -, then &, then
 * ^ (and | for the end of the chain, which the chain itself never uses). */
static uint32_t chain(void)
{
	uint32_t orv = 0, xorv = 0, andv = 0, sum = 0, prod = operand(0);
	int i, first_or = 1, first_xor = 1, first_and = 1, sign = 1;

	for (i = 1; i <= TERMS; i++) {
		char o = i < TERMS ? op(i) : '|';
		uint32_t v = i < TERMS ? operand(i) : 0;

		if (o == '*') {
			prod *= v;
			continue;
		}
		sum = sign > 0 ? sum + prod : sum - prod;
		prod = v;
		if (o == '+' || o == '-') {
			sign = o == '+' ? 1 : -1;
			continue;
		}
		andv = first_and ? sum : andv & sum;
		first_and = 0;
		sum = 0;
		sign = 1;
		if (o == '&')
			continue;
		xorv = first_xor ? andv : xorv ^ andv;
		first_xor = 0;
		first_and = 1;
		if (o == '^')
			continue;
		orv = first_or ? xorv : orv | xorv;
		first_or = 0;
		first_xor = 1;
	}
	return orv;
}

int main(void)
{
	uint32_t nested = 0;
	int i, x = 77;

	puts("#include <stdio.h>");
	puts("#include <stdint.h>");
	puts("");
	puts("static uint32_t chain(void)");
	puts("{");
	printf("\treturn (uint32_t)%uu", operand(0));
	for (i = 1; i < TERMS; i++)
		printf("%s%c (uint32_t)%uu", i % 6 ? " " : "\n\t\t", op(i), operand(i));
	puts(";");
	puts("}");
	puts("");
	puts("static int pick(int x)");
	puts("{");
	printf("\treturn");
	for (i = 0; i < CONDS; i++)
		printf("%sx < %d ? %d :", i % 6 ? " " : "\n\t\t", i * 3, i);
	printf(" -1;\n");
	puts("}");
	puts("");
	puts("static long parens(long v)");
	puts("{");
	printf("\treturn ");
	for (i = 0; i < PARENS; i++)
		putchar('(');
	printf("v");
	for (i = 0; i < PARENS; i++)
		printf(" + %d)%s", i, i % 2 ? " * 1" : "");
	puts(";");
	puts("}");
	puts("");
	puts("int main(void)");
	puts("{");
	for (i = 0; i < CONDS; i++)
		if (x < i * 3) {
			nested = (uint32_t)i;
			break;
		}
	puts("\tprintf(\"%lu %d %d %ld\\n\", (unsigned long)chain(), pick(77), pick(1000), parens(5));");
	printf("\tprintf(\"%%s\\n\", chain() == %luUL && pick(77) == %u ? \"agrees\" : \"differs\");\n",
		(unsigned long)chain(), nested);
	puts("\treturn 0;");
	puts("}");
	return 0;
}
