// run
// gcc PR 70602: wrong code initializing a local array of packed bit-field structs
// requires: gcc || clang
// The array is initialized inside a loop; checks the fields read back.

#include <stdio.h>

struct __attribute__((packed)) flags {
	signed int s : 1;
	signed int t : 20;
};

int a, b, c;

int
main(void)
{
	for (; a < 1; a++) {
		struct flags e[] = {
			{ 0, 9 }, { 0, 9 }, { 0, 9 }, { 0, 0 }, { 0, 9 }, { 0, 9 },
			{ 0, 9 }, { 0, 0 }, { 0, 9 }, { 0, 9 }, { 0, 9 }, { 0, 0 },
			{ 0, 9 }, { 0, 9 }, { 0, 9 }, { 0, 0 }, { 0, 9 }, { 0, 9 },
			{ 0, 9 }, { 0, 0 }, { 0, 9 }
		};

		b = b || e[0].s;
		c = e[0].t + e[20].t + e[3].t;
	}
	printf("%d %d\n", b, c);
	return 0;
}
