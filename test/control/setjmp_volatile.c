// run
// Checks which locals are reliable after longjmp (C11 7.13.2.1p3):
// volatile automatic objects changed between setjmp and longjmp hold
// their latest values, including arrays, structs and pointers; automatic
// objects not changed after setjmp keep their values; and static objects
// are unaffected. The program never reads a non-volatile local that was
// changed after setjmp.

#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int statics;

struct pair {
	int a, b;
};

static void bounce(int v)
{
	statics += v;
	longjmp(env, v);
}

int main(void)
{
	volatile int counter = 0;
	volatile double ratio = 0.5;
	volatile struct pair pr = { 1, 2 };
	volatile int hist[4] = { 0 };
	int fixed = 77;
	const char *const label = "label";
	const char *volatile cursor = label;

	if (setjmp(env) != 0) {
		printf("%d %.3f %d %d\n", counter, ratio, pr.a, pr.b);
		printf("%d %d %d %d\n", hist[0], hist[1], hist[2], hist[3]);
		printf("%d %s %s %d\n", fixed, label, cursor, statics);
		if (counter < 3) {
			counter++;
			ratio *= 2;
			pr.a += 10;
			hist[counter] = counter * counter;
			cursor++;
			bounce(counter);
		}
		return 0;
	}
	counter = 1;
	ratio = 0.25;
	pr.b = 20;
	hist[0] = -1;
	bounce(5);
	return 1;
}
