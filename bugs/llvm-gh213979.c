// run -O1
// A loop over a switch on (x + bias - 50) % 6u whose cases fall through
// into each other, one of them calling a function that holds an endless
// loop. The right output is "-975986 3 0", as gcc 11 and 12, tcc 0.9.27,
// clang 13 to 16 at -O0, -O1 and -O2, and clang 19 and 22 at -O0 and -O2
// print it. The LLVM issue reports a regression in clang 18, bisected to
// commit d218092, which a maintainer there puts in the back end.
// bug: clang 19-22
// clang: llvm GH 213979: at -O1 the program dies of SIGSEGV instead of printing "-975986 3 0"

#include <stdio.h>

int bias, acc, seen;
long long table[5];

int spin(short v)
{
	long low = v & 1048575;

	switch (low)
	case 4:
	case 6:
		for (;;)
			;
	return 0;
}

long mix(long long *t, long key)
{
	// clang.amd64:`jmpq\s+\*`,`\bimulq\b`
	for (int n = 0; n < 5; n++) {
		int x = t[n] ^ key;

		switch ((x + bias - 50) % 6u) {
		case 3:
			acc += 5;
			break;
		case 0:
			acc = x + 7080;
			acc = spin(x + 050) + x + key + x * 3;
		case 5:
			seen = 1;
		case 1:
			acc = x + x;
		case 2:
		case 4:
			acc ^= 3;
		}
		bias = 50;
	}
	return acc + key + acc + ((char)(acc + 7) + acc - 3) + seen;
}

int main(void)
{
	long r = mix(table, -976002);

	printf("%ld %d %d\n", r, acc, seen);
	return 0;
}
