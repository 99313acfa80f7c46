// run
// Checks anonymous structures and unions nested several levels deep
// (C11 6.7.2.1p13): members of an anonymous member count as members of
// the enclosing object, recursively; members of an anonymous union share
// storage while those of an anonymous struct are laid out in order;
// offsetof names them directly; access works through pointers as well.

#include <stdio.h>
#include <stddef.h>
#include <string.h>

struct packet {
	int kind;
	union {
		struct {
			unsigned short port;
			union {
				unsigned int addr;
				unsigned char octet[4];
			};
		};
		struct {
			char name[8];
			int len;
		};
	};
	struct {
		int flags;
		struct {
			int depth;
		};
	};
};

static void set_deep(struct packet *p, int d)
{
	p->depth = d;
	p->flags |= 1;
}

int main(void)
{
	struct packet p;

	memset(&p, 0, sizeof p);
	p.kind = 1;
	p.port = 8080;
	p.octet[0] = 10;
	p.octet[3] = 1;
	printf("%d %d %d %d\n", p.kind, p.port, p.octet[0], p.octet[3]);
	printf("%d\n", (void *)&p.addr == (void *)p.octet);
	printf("%d\n", offsetof(struct packet, port) == offsetof(struct packet, name));
	printf("%d\n", offsetof(struct packet, addr) > offsetof(struct packet, port));
	printf("%d\n", offsetof(struct packet, depth) > offsetof(struct packet, flags));
	printf("%d\n", offsetof(struct packet, flags) >= offsetof(struct packet, len)
		+ sizeof(int));
	strcpy(p.name, "eth0");
	p.len = 4;
	printf("%s %d\n", p.name, p.len);
	set_deep(&p, 3);
	set_deep(&p, 5);
	printf("%d %d\n", p.flags, p.depth);
	return 0;
}
