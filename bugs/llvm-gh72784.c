// run
// llvm GH 72784: a compound literal at file scope is an ordinary
// modifiable object with static storage (C11 6.5.2.5p5), even when the
// only pointer to it is a const-qualified pointer variable. Clang folds
// reads through such a "T *const" pointer to the literal's initial
// value, so a store made through the pointer is never seen again: this
// prints 0 instead of 25. Open as of clang 22.
// bug: clang 13-22

#include <stdio.h>

struct gauge {
	int reading;
};

struct gauge *const meter = &(struct gauge){ 0 };

int
main(int argc, char **argv)
{
	// amd64:`call\w*\s+printf`
	(void)argv;
	meter->reading = 24 + argc;
	printf("%d\n", meter->reading);
	return meter->reading == 25 ? 0 : 1;
}
