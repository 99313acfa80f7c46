// run
// Checks _Noreturn functions that leave by longjmp (C11 6.7.4p8, 7.13.2):
// the specifier may appear on one declaration only and applies to the
// function, it combines with static and inline, the noreturn macro of
// <stdnoreturn.h> (C11 7.23) spells it, and it is not part of the
// function's type (a plain pointer to function can hold it).

#include <stdio.h>
#include <setjmp.h>
#include <stdnoreturn.h>

static jmp_buf back;

static void fail(int code);
_Noreturn static void fail(int code)
{
	longjmp(back, code);
}

noreturn static inline void fail_twice(int code)
{
	fail(code * 2);
}

static _Noreturn void (unwind)(int code)
{
	fail_twice(code + 1);
}

static int checked_div(int a, int b)
{
	if (b == 0)
		fail(100);
	return a / b;
}

int main(void)
{
	void (*fp)(int) = unwind;
	volatile int rounds = 0;

	switch (setjmp(back)) {
	case 0:
		rounds++;
		printf("%d\n", checked_div(10, 2));
		printf("%d\n", checked_div(1, 0));
		printf("not reached\n");
		break;
	case 100:
		rounds++;
		printf("caught 100\n");
		fail_twice(21);
		break;
	case 42:
		rounds++;
		printf("caught 42\n");
		fp(3);
		break;
	case 8:
		rounds++;
		printf("caught 8\n");
		break;
	default:
		printf("unexpected\n");
	}
	printf("%d rounds\n", rounds);
	printf("%d\n", _Generic(fp, void (*)(int): 1, default: 0));
	return 0;
}
