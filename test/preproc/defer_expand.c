// run
// Checks the order of macro expansion (C11 6.10.3.1, 6.10.3.4): a
// function-like macro name followed by something other than ( is passed
// over and not looked at again in that scan, even if the ( appears once
// an empty macro after it has vanished; an extra scan (passing the text
// through another macro's argument) then expands it. Each added level of
// EXPAND removes one level of deferral.

#include <stdio.h>

#define EMPTY()
#define DEFER(m) m EMPTY()
#define DEFER2(m) m EMPTY EMPTY()()
#define EXPAND(...) __VA_ARGS__
#define STR(...) #__VA_ARGS__
#define XSTR(...) STR(__VA_ARGS__)

static int square(int x)
{
	return -x;
}

#define square(x) ((x) * (x))

int main(void)
{
	printf("%s\n", XSTR(DEFER(square)(3)));
	printf("%s\n", XSTR(EXPAND(DEFER(square)(3))));
	printf("%s\n", XSTR(EXPAND(DEFER2(square)(3))));
	printf("%s\n", XSTR(EXPAND(EXPAND(DEFER2(square)(3)))));
	printf("%d\n", DEFER(square)(3));
	printf("%d\n", EXPAND(DEFER(square)(3)));
	printf("%d\n", (square)(4));
	return 0;
}
