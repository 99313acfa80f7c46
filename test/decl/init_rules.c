// run
// Checks initialisation rules: objects with static storage start at zero,
// missing initialisers in a brace list are zero, arrays sized from their
// initialiser, and a char array exactly as long as its string (no NUL).

#include <stdio.h>

static int gi;
static double gd;
static int *gp;
static struct { int a; char s[4]; } gs;

int main(void)
{
	int partial[5] = { 1, 2 };
	int sized[] = { 9, 8, 7, 6 };
	char exact[3] = "abc";
	char roomy[6] = "ab";
	int grid[2][3] = { { 1 }, { 4, 5 } };
	int flat[2][2] = { 1, 2, 3 };
	int i;

	printf("%d %d %d %d\n", gi, gd == 0.0, gp == 0, gs.a + gs.s[3]);
	for (i = 0; i < 5; i++)
		printf("%d ", partial[i]);
	printf("\n%d\n", (int)(sizeof sized / sizeof sized[0]));
	printf("%d %c%c%c\n", (int)sizeof exact, exact[0], exact[1], exact[2]);
	printf("%d %d %d\n", roomy[2], roomy[3], roomy[5]);
	for (i = 0; i < 6; i++)
		printf("%d ", grid[i / 3][i % 3]);
	printf("\n%d %d %d %d\n", flat[0][0], flat[0][1], flat[1][0], flat[1][1]);
	return 0;
}
