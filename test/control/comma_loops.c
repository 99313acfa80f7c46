// run
// Checks the comma operator in loop clauses (C11 6.5.17): the left
// operand is evaluated first and its value discarded, with a sequence
// point before the right operand, whose value and type are the result;
// so a condition "a, b" tests only b, two indices can move in opposite
// directions in one step clause, and a side effect on the left is
// complete when the right operand reads the object.

#include <stdio.h>
#include <string.h>

int main(void)
{
	char s[] = "comma operator";
	int i, j, n, steps;
	char t;

	for (i = 0, j = (int)strlen(s) - 1; i < j; i++, j--)
		t = s[i], s[i] = s[j], s[j] = t;
	printf("%s\n", s);

	steps = 0;
	for (i = 0, n = 100; n = n / 2, n > 3; steps++)
		i += n;
	printf("steps %d i %d n %d\n", steps, i, n);

	steps = 0;
	i = 0;
	while (i++, i < 5)
		steps++;
	printf("while steps %d i %d\n", steps, i);

	n = 0;
	for (i = 0; i < 3; i++)
		n = (n++, n * 10);
	printf("n %d\n", n);

	i = 5;
	j = (i += 2, i * i);
	printf("j %d, sizeof(0, s) == sizeof(char *): %d\n", j,
		sizeof(0, s) == sizeof(char *));
	return 0;
}
