// run
// Checks the size and alignment relations the standard guarantees for
// structs, unions and arrays without fixing a layout: a struct's size is
// a multiple of its alignment and elements of an array of structs are
// sizeof apart (C11 6.5.3.4p7, 6.5.6p8), each member sits at a multiple
// of its alignment, the struct is at least as aligned as each member
// (6.2.8), a union is as large as its largest member with every member
// at its start (6.7.2.1p16), and _Alignof of an array is its element's.

#include <stdio.h>
#include <stddef.h>

struct mix {
	char c;
	double d;
	short s;
	int i;
	char tail;
};

union any {
	char c;
	double d;
	int arr[3];
	long long ll;
};

#define ALIGNED(T, m, MT) (offsetof(T, m) % _Alignof(MT) == 0)

int main(void)
{
	struct mix arr[5];
	union any u;

	printf("%d\n", sizeof(struct mix) % _Alignof(struct mix) == 0);
	printf("%d\n", sizeof arr == 5 * sizeof(struct mix));
	printf("%d\n", (char *)&arr[3] - (char *)&arr[2] ==
		(ptrdiff_t)sizeof(struct mix));
	printf("%d %d %d %d\n", ALIGNED(struct mix, d, double),
		ALIGNED(struct mix, s, short), ALIGNED(struct mix, i, int),
		ALIGNED(struct mix, tail, char));
	printf("%d %d\n", _Alignof(struct mix) >= _Alignof(double),
		_Alignof(struct mix) >= _Alignof(int));
	printf("%d\n", offsetof(struct mix, tail) < sizeof(struct mix));
	printf("%d %d\n", sizeof(union any) >= sizeof(int[3]),
		sizeof(union any) >= sizeof(long long));
	printf("%d\n", sizeof(union any) % _Alignof(union any) == 0);
	printf("%d %d %d\n", (void *)&u.c == (void *)&u,
		(void *)&u.d == (void *)&u, (void *)u.arr == (void *)&u);
	printf("%d %d\n", _Alignof(double[4]) == _Alignof(double),
		_Alignof(char) == 1);
	return 0;
}
