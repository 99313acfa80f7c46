// run
// Checks nested handlers built on setjmp/longjmp (C11 7.13): a stack of
// jmp_buf objects where an inner handler catches the codes it knows and
// passes the others on to the enclosing one with a second longjmp; a
// jmp_buf whose setjmp invocation has returned may no longer be jumped
// to (C11 7.13.2.1p2), so every handler is popped before its function
// returns.

#include <stdio.h>
#include <setjmp.h>

#define MAXH 8

static jmp_buf handlers[MAXH];
static int top;
static int cleanups;

static void raise_code(int code)
{
	if (top == 0) {
		printf("uncaught %d\n", code);
		return;
	}
	longjmp(handlers[--top], code);
}

static void work(int code)
{
	if (code != 0)
		raise_code(code);
	printf("work(0) finished\n");
}

/* Catches 1 and 2 itself; passes anything else on. */
static int inner(int code)
{
	volatile int result = -1;

	top++;
	switch (setjmp(handlers[top - 1])) {
	case 0:
		work(code);
		top--;
		result = 0;
		break;
	case 1:
	case 2:
		result = code * 10;
		break;
	default:
		cleanups++;
		raise_code(code);
	}
	return result;
}

static void outer(int code)
{
	top++;
	switch (setjmp(handlers[top - 1])) {
	case 0:
		printf("inner(%d) = %d\n", code, inner(code));
		top--;
		break;
	default:
		printf("outer caught %d, handlers left %d\n", code, top);
	}
}

int main(void)
{
	outer(0);
	outer(1);
	outer(2);
	outer(3);
	outer(-5);
	printf("cleanups %d, top %d\n", cleanups, top);
	return 0;
}
