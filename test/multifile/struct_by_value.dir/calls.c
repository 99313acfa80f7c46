#include <string.h>
#include "types.h"

struct pair
pair_swap(struct pair p)
{
	int t = p.a;

	p.a = p.b;
	p.b = t;
	return p;
}

struct mixed
mixed_scale(struct mixed m, int times)
{
	m.weight *= times;
	m.count = (short)(m.count * times);
	m.scale /= (float)times;
	m.tag++;
	return m;
}

struct big
big_fill(struct big b, long start)
{
	int i;

	for (i = 0; i < 16; i++)
		b.values[i] = start + i;
	strcat(b.name, "+filled");
	return b;
}

long
big_sum(struct big b)
{
	long s = 0;
	int i;

	for (i = 0; i < 16; i++) {
		s += b.values[i];
		b.values[i] = 0;
	}
	return s;
}

struct flags
flags_bump(struct flags f)
{
	f.ready = !f.ready;
	f.level = (f.level + 1) & 7;
	f.delta = f.delta - 1;
	return f;
}

union number
number_negate(union number n, int is_double)
{
	if (is_double)
		n.d = -n.d;
	else
		n.i = -n.i;
	return n;
}
