// run
// Checks va_arg with struct, union and long double arguments (C11
// 7.16.1.1p2 allows any object type whose pointer type is formed by
// adding *): small and large structs, a struct holding doubles, a union,
// and long double values interleaved with ints, all read back intact.

#include <stdio.h>
#include <stdarg.h>

struct small {
	char tag;
	short n;
};

struct pt {
	double x, y;
};

struct big {
	int v[10];
	char name[12];
};

union num {
	long l;
	double d;
};

static void
show(const char *kinds, ...)
{
	va_list ap;
	const char *k;

	va_start(ap, kinds);
	for (k = kinds; *k; k++) {
		switch (*k) {
		case 's': {
			struct small s = va_arg(ap, struct small);

			printf("small %c %d\n", s.tag, s.n);
			break;
		}
		case 'p': {
			struct pt p = va_arg(ap, struct pt);

			printf("pt %.2f %.2f\n", p.x, p.y);
			break;
		}
		case 'b': {
			struct big b = va_arg(ap, struct big);
			int i, sum = 0;

			for (i = 0; i < 10; i++)
				sum += b.v[i];
			printf("big %s %d\n", b.name, sum);
			break;
		}
		case 'u':
			printf("union %ld\n", va_arg(ap, union num).l);
			break;
		case 'L':
			printf("ldouble %.3Lf\n", va_arg(ap, long double));
			break;
		case 'i':
			printf("int %d\n", va_arg(ap, int));
			break;
		}
	}
	va_end(ap);
}

int main(void)
{
	struct small s = { 'k', -300 };
	struct pt p = { 1.5, -0.25 };
	struct big b = { { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, "eleven" };
	union num u;

	u.l = 123456;
	show("spbuLi", s, p, b, u, 2.125L, 77);
	show("iLpLs", 1, 0.5L, (struct pt){ 3, 4 }, -8.0L,
		(struct small){ 'z', 9 });
	return 0;
}
