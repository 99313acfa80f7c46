/* Definitions of the shared arrays, each with its size known here. */
int primes[] = { 2, 3, 5, 7, 11, 13, 17 };
const int nprimes = sizeof primes / sizeof primes[0];

int grid[3][4] = {
	{ 1, 2, 3, 4 },
	{ 5, 6, 7, 8 },
	{ 9, 10, 11, 12 },
};

char message[32] = "initial";

const char *const colors[] = { "red", "green", "blue", 0 };
