// run
// Checks arrays of pointers: ragged string tables, pointers to pointers,
// and sorting an index of pointers without moving the pointed-to data.

#include <stdio.h>
#include <string.h>

int main(void)
{
	const char *words[] = { "pear", "fig", "banana", "apple", NULL };
	const char **w;
	int a = 1, b = 2, c = 3;
	int *ptrs[3] = { &c, &a, &b };
	int **pp = ptrs;
	int i, j, n = 0;

	for (w = words; *w; w++)
		n++;
	printf("%d\n", n);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (strcmp(words[i], words[j]) > 0) {
				const char *t = words[i];

				words[i] = words[j];
				words[j] = t;
			}
	for (i = 0; i < n; i++)
		printf("%s ", words[i]);
	printf("\n");
	printf("%c %c\n", words[2][0], *(*(words + 3) + 2));
	printf("%d %d %d\n", **pp, *pp[1], *(*(pp + 2)));
	**pp = 30;
	printf("%d\n", c);
	return 0;
}
