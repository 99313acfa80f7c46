// run
// Checks struct assignment and initialisation copy every member,
// including arrays inside the struct, and make independent objects.

#include <stdio.h>
#include <string.h>

struct rec {
	int id;
	char tag[6];
	double score;
	int vals[3];
};

int main(void)
{
	struct rec a = { 1, "alpha", 2.5, { 1, 2, 3 } };
	struct rec b;
	struct rec c = a;

	b = a;
	b.id = 2;
	strcpy(b.tag, "beta");
	b.vals[0] = 100;
	printf("%d %s %.1f %d\n", a.id, a.tag, a.score, a.vals[0]);
	printf("%d %s %.1f %d\n", b.id, b.tag, b.score, b.vals[0]);
	printf("%d %s %.1f %d %d\n", c.id, c.tag, c.score, c.vals[1], c.vals[2]);
	a = b = c;
	printf("%d %d %s\n", a.id, b.id, a.tag);
	{
		struct rec arr[2];

		arr[0] = c;
		arr[1] = arr[0];
		arr[1].score *= 2;
		printf("%.1f %.1f\n", arr[0].score, arr[1].score);
	}
	return 0;
}
