// run
// Checks sizeof: its operand is not evaluated (non-VLA), arrays do not
// decay under sizeof, and sizes of char types and string literals.

#include <stdio.h>
#include <stddef.h>

static int side;

static int effect(void)
{
	side++;
	return 1;
}

static size_t param_size(int a[10])
{
	return sizeof a;
}

int main(void)
{
	int arr[10];
	int i = 0;
	char str[] = "hello";
	struct pair { int a, b; } pr;

	printf("%d\n", (int)sizeof(char));
	printf("%d\n", (int)sizeof(signed char) + (int)sizeof(unsigned char));
	printf("%d\n", (int)(sizeof arr / sizeof arr[0]));
	printf("%d\n", (int)sizeof str);
	printf("%d\n", (int)sizeof "abc");
	printf("%d\n", sizeof(effect()) == sizeof(int));
	printf("side=%d\n", side);
	printf("%d\n", sizeof(i++) == sizeof(int));
	printf("i=%d\n", i);
	printf("%d\n", param_size(arr) == sizeof(int *));
	printf("%d\n", sizeof pr >= 2 * sizeof(int));
	printf("%d\n", sizeof(arr) == 10 * sizeof(int));
	printf("%d\n", sizeof(&arr[0]) == sizeof(int *));
	printf("%d\n", sizeof(*&arr) == sizeof arr);
	printf("%d\n", sizeof(short) <= sizeof(int) && sizeof(int) <= sizeof(long));
	return 0;
}
