// run
// Checks setjmp in each context C11 7.13.1.1p4 allows: the whole
// controlling expression of if, switch and while; one operand of a
// relational or equality operator against an integer constant; the
// operand of !; and a whole expression statement (also cast to void).
// Also that longjmp passes any nonzero value through unchanged, negative
// and INT_MAX included, and that 0 arrives as 1 (C11 7.13.2.1p4).

#include <stdio.h>
#include <setjmp.h>
#include <limits.h>

static jmp_buf env;

static void jump(int v)
{
	longjmp(env, v);
}

int main(void)
{
	static const int values[] = { 0, 1, -1, 2, INT_MAX, INT_MIN };
	static const char *const names[] = { "0", "1", "-1", "2", "INT_MAX", "INT_MIN" };
	volatile int i, n;

	for (i = 0; i < 6; i++) {
		switch (setjmp(env)) {
		case 0:
			jump(values[i]);
			break;
		case 1:
			printf("longjmp(%s) -> 1\n", names[i]);
			break;
		case -1:
			printf("longjmp(%s) -> -1\n", names[i]);
			break;
		case INT_MAX:
			printf("longjmp(%s) -> INT_MAX\n", names[i]);
			break;
		case INT_MIN:
			printf("longjmp(%s) -> INT_MIN\n", names[i]);
			break;
		default:
			printf("longjmp(%s) -> other\n", names[i]);
		}
	}

	if (setjmp(env))
		printf("if: back\n");
	else
		jump(3);

	if (!setjmp(env))
		jump(0);
	else
		printf("!: back\n");

	if (setjmp(env) > 2)
		printf(">: back\n");
	else
		jump(4);

	if (7 == setjmp(env))
		printf("==: back\n");
	else
		jump(7);

	n = 0;
	while (setjmp(env) < 3) {
		n++;
		jump(n);
	}
	printf("while: %d rounds\n", n);

	n = 0;
	setjmp(env);
	if (n++ < 2)
		jump(9);
	printf("statement: %d\n", n);

	n = 0;
	(void)setjmp(env);
	if (++n < 4)
		jump(1);
	printf("void statement: %d\n", n);
	return 0;
}
