// run
// A compound literal at file scope is an ordinary modifiable object with
// static storage (C11 6.5.2.5p5), even when the only pointer to it is a
// const-qualified pointer variable. gcc 11 and 12 print 25. Clang 13 to
// 22 print 0, at -O0 as at -O2; clang 14's -O2 assembly stores the new
// reading into the literal but hands printf the constant 0. An older LLVM
// report of the same failure, llvm GH 54014, is open in the copy searched.
// bug: clang 13-22
// clang: llvm GH 72784: a read through the struct gauge *const pointer yields the literal's initial value, so it prints 0 instead of 25

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
