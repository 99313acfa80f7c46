// run
// Checks the layout guarantees the standard does give: the first member
// is at offset 0, later members are at increasing offsets, and a pointer
// to a struct converts to a pointer to its first member.

#include <stdio.h>
#include <stddef.h>

struct header {
	int tag;
	int len;
};

struct packet {
	struct header hdr;
	char c;
	double d;
	char tail[3];
};

static int tag_of(const void *obj)
{
	const struct header *h = obj;

	return h->tag;
}

int main(void)
{
	struct packet p = { { 7, 3 }, 'c', 1.0, "ab" };

	printf("%d\n", (int)offsetof(struct packet, hdr));
	printf("%d\n", offsetof(struct packet, hdr) < offsetof(struct packet, c));
	printf("%d\n", offsetof(struct packet, c) < offsetof(struct packet, d));
	printf("%d\n", offsetof(struct packet, d) < offsetof(struct packet, tail));
	printf("%d\n", offsetof(struct packet, tail) + 3 <= sizeof p);
	printf("%d\n", offsetof(struct packet, d) % _Alignof(double) == 0);
	printf("%d\n", tag_of(&p));
	printf("%d\n", (void *)&p == (void *)&p.hdr.tag);
	printf("%td\n", (char *)&p.tail[2] - (char *)&p.tail[0]);
	return 0;
}
