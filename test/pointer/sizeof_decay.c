// run
// Checks where arrays do and do not decay to pointers (C11 6.3.2.1p3):
// not under sizeof, unary & or _Alignof, nor when a string literal
// initialises an array; everywhere else they do, so an array parameter,
// even written with a size or with static (6.7.6.3p7), is a pointer and
// sizeof gives the pointer's size; &arr is a pointer to the whole array
// with the same address, and arr + 1 and &arr + 1 step differently.

#include <stdio.h>
#include <stddef.h>

static size_t
param_size(int a[10])
{
	return sizeof a;
}

static size_t
static_param_size(int a[static 3])
{
	return sizeof a + 0 * a[2];
}

static int
is_pointer(int *p)
{
	return p != NULL;
}

int main(void)
{
	int arr[10] = { 0 };
	int *p = arr;
	char s[] = "hello";
	const char *lit = "hello";

	printf("%zu %d\n", sizeof arr / sizeof arr[0],
		sizeof p == sizeof(int *));
	printf("%d %d\n", param_size(arr) == sizeof(int *),
		static_param_size(arr) == sizeof(int *));
	printf("%zu %d\n", sizeof s, sizeof lit == sizeof(char *));
	printf("%zu\n", sizeof "hello");
	printf("%d\n", (void *)&arr == (void *)arr);
	printf("%d %d\n",
		(char *)(arr + 1) - (char *)arr == (ptrdiff_t)sizeof(int),
		(char *)(&arr + 1) - (char *)arr == (ptrdiff_t)sizeof arr);
	printf("%d\n", _Generic(&arr, int (*)[10]: 1, default: 0));
	printf("%d\n", _Generic(arr, int *: 1, default: 0));
	printf("%d\n", _Generic(s, char *: 1, default: 0));
	printf("%d\n", is_pointer(arr));
	printf("%d\n", sizeof(arr + 0) == sizeof(int *));
	printf("%zu\n", sizeof *&arr / sizeof(int));
	printf("%d\n", _Alignof(int[10]) == _Alignof(int));
	return 0;
}
