#include <string.h>

extern char message[];
extern int primes[];
extern const int nprimes;

void
edit_message(const char *suffix)
{
	strcat(message, suffix);
}

void
edit_double_primes(void)
{
	int i;

	for (i = 0; i < nprimes; i++)
		primes[i] *= 2;
}
