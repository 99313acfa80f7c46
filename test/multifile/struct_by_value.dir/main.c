#include <stdio.h>
#include "types.h"

int
main(void)
{
	struct pair p = { 1, 2 }, q;
	struct mixed m = { 'a', 1.5, 7, 3.0f }, n;
	struct big b = { { 0 }, "orig" }, c;
	struct flags f = { 0, 7, -15 }, g;
	union number u = { .i = 42 }, v;

	q = pair_swap(p);
	printf("%d %d -> %d %d\n", p.a, p.b, q.a, q.b);
	n = mixed_scale(m, 4);
	printf("%c %.1f %d %.2f -> %c %.1f %d %.2f\n", m.tag, m.weight, m.count,
		m.scale, n.tag, n.weight, n.count, n.scale);
	c = big_fill(b, 100);
	printf("%s %ld -> %s %ld %ld\n", b.name, b.values[15], c.name, c.values[0],
		c.values[15]);
	printf("%ld %ld\n", big_sum(c), c.values[3]);
	g = flags_bump(f);
	printf("%d %d %d -> %d %d %d\n", f.ready, f.level, f.delta, g.ready,
		g.level, g.delta);
	v = number_negate(u, 0);
	printf("%ld -> %ld\n", u.i, v.i);
	u.d = 2.25;
	v = number_negate(u, 1);
	printf("%.2f -> %.2f\n", u.d, v.d);
	printf("%d\n", pair_swap(pair_swap(p)).b);
	return 0;
}
