// run
// _Thread_local is a C11 storage-class specifier (6.7.1). The keyword
// belongs to the language, not to the optional <threads.h>, so it must be
// accepted even where __STDC_NO_THREADS__ is defined, as tcc 0.9.27 defines
// it. With threads the test also checks that each thread has its own copy
// of the object. gcc 11 and 12 and clang 13 to 22 pass.
// bug: tcc
// tcc: no tracker entry: rejects static _Thread_local int counter = 10 with "';' expected"

#include <stdio.h>

static _Thread_local int counter = 10;

static int bump(void)
{
	static _Thread_local int calls;

	calls++;
	return ++counter * 100 + calls;
}

#ifndef __STDC_NO_THREADS__
#include <threads.h>

static int worker(void *arg)
{
	int first = bump();

	*(int *)arg = first + bump();
	return 0;
}

/* What a fresh thread computes: it starts again from counter == 10. */
static int in_new_thread(void)
{
	thrd_t t;
	int result = -1;

	if (thrd_create(&t, worker, &result) != thrd_success)
		return -1;
	thrd_join(t, NULL);
	return result;
}
#else
static int in_new_thread(void)
{
	return 1101 + 1202;
}
#endif

int main(void)
{
	printf("%d\n", bump());
	printf("%d\n", in_new_thread());
	printf("%d\n", bump());
	return 0;
}
