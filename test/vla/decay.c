// run
// Checks conversions of variable length arrays (C11 6.3.2.1p3, 6.5.3.2):
// a VLA decays to a pointer to its first element, &vla has type pointer
// to VLA whose target size is the whole array, a VLA argument is passed
// as a pointer (sizeof the parameter is a pointer's size), and the
// sizes of successive declarators are evaluated in order, each exactly
// once (the end of a full declarator is a sequence point, C11 6.7.6p3).

#include <stdio.h>

static int order[4], norder;

static int note(int v)
{
	order[norder++] = v;
	return v;
}

static int total(int n, const int *p)
{
	int s = 0;

	for (int i = 0; i < n; i++)
		s += p[i];
	return s;
}

static int param_size(int n, int v[n])
{
	return sizeof v == sizeof(int *);
}

int main(int argc, char **argv)
{
	int n = argc + 4;
	int v[note(n)], w[note(n + 1)][2], u[note(3)];
	int (*pv)[n] = &v;
	int *first = v;

	(void)argv;
	for (int i = 0; i < n; i++)
		v[i] = i + 1;
	printf("order %d %d %d (%d)\n", order[0], order[1], order[2], norder);
	printf("%d %d\n", (int)(sizeof *pv / sizeof(int)), (*pv)[n - 1]);
	printf("%d %d\n", first == &v[0], (void *)pv == (void *)v);
	printf("%d\n", (int)((char *)(pv + 1) - (char *)pv) == n * (int)sizeof(int));
	printf("%d %d\n", total(n, v), param_size(n, v));
	w[n][1] = 9;
	u[2] = 4;
	printf("%d %d %d\n", (int)(sizeof w / sizeof w[0]), w[n][1], u[2]);
	return 0;
}
