// run
// llvm GH 60944: an endless loop whose only way out is "return" once the
// int copy of an unsigned counter, read back as unsigned, is UINT_MAX. An
// inner "while (word <= 1 && flag <= word)" loop precedes the signed
// division "num / (int)word"; scalar evolution mis-analysed the pair and
// the -O2 code of main (where spin() is inlined) divided by zero
// (SIGFPE), although the division only ever sees -1. Regression from
// clang 14.
// fixed: clang 17 since 14

#include <stdio.h>

short num, flag, *flagp = &flag;
unsigned word = 0xffffffffu;

int spin(void)
{
	for (;;) {
		int w;

		while (word <= 1 && flag <= word)
			*flagp = 1;
		w = word;
		word = num / w;
		if ((unsigned)w < 0xffffffffu)
			continue;
		return 1;
	}
}

int main(void)
{
	// clang.amd64:`idivl`
	int r = spin();

	printf("%d %u %d\n", r, word, flag);
	return 0;
}
