// run
// Checks file-scope compound literals (C11 6.5.2.5p5, p7): they have
// static storage duration, so their addresses are address constants that
// may initialise static pointers, they live for the whole program, they
// are modifiable unless const-qualified, and they are initialised once
// before program startup (changes made through one pointer persist).

#include <stdio.h>
#include <stddef.h>

struct point {
	int x, y;
};

static int *primes = (int[]){ 2, 3, 5, 7 };
static struct point *origin = &(struct point){ 0, 0 };
static const char *const *words = (const char *const[]){ "alpha", "beta",
	NULL };
static int (*grid)[2] = (int[][2]){ { 1, 2 }, { 3, 4 } };

static int *
first_prime(void)
{
	return primes;
}

static void
move(int dx, int dy)
{
	origin->x += dx;
	origin->y += dy;
}

int main(void)
{
	const char *const *w;

	printf("%d %d %d %d\n", primes[0], primes[1], primes[2], primes[3]);
	first_prime()[0] = 11;
	printf("%d\n", primes[0]);
	move(2, 3);
	move(-1, 1);
	printf("%d %d\n", origin->x, origin->y);
	for (w = words; *w; w++)
		printf("%s\n", *w);
	grid[1][0] *= 10;
	printf("%d %d %d %d\n", grid[0][0], grid[0][1], grid[1][0], grid[1][1]);
	return 0;
}
