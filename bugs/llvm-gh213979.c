// run -O1
// llvm GH 213979: a loop over a switch on (x + bias - 50) % 6u, whose
// cases fall through into each other and one of which calls a function
// holding an endless loop, crashes with SIGSEGV when built at -O1; the
// right output is "-975986 3 0" (only cases 2/4 run). The report calls it
// a back-end bug, a regression in clang 18 (bisected to d218092), still
// open; clang 19 and 22 fail, 16 and older are right.
// bug: clang 19-22

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
