#include <stdio.h>

extern int primes[];
extern const int nprimes;
extern int grid[][4];
extern char message[];
extern const char *const colors[];

void edit_message(const char *suffix);
void edit_double_primes(void);

int
main(void)
{
	int i, sum = 0;

	for (i = 0; i < nprimes; i++)
		sum += primes[i];
	printf("%d primes, sum %d\n", nprimes, sum);
	printf("%d %d %d\n", grid[0][3], grid[2][0], (int)(sizeof grid[0] / sizeof(int)));
	printf("%d\n", (int)((char *)&grid[2][0] - (char *)&grid[0][0]) / (int)sizeof(int));
	edit_message(" then edited");
	printf("%s\n", message);
	edit_double_primes();
	printf("%d %d\n", primes[0], primes[nprimes - 1]);
	for (i = 0; colors[i]; i++)
		printf("%s%s", i ? "," : "", colors[i]);
	printf(" (%d)\n", i);
	return 0;
}
