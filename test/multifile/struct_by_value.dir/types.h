/* Types shared by the files of the struct_by_value test. */
#ifndef TYPES_H
#define TYPES_H

struct pair {
	int a;
	int b;
};

struct mixed {
	char tag;
	double weight;
	short count;
	float scale;
};

struct big {
	long values[16];
	char name[24];
};

struct flags {
	unsigned ready : 1;
	unsigned level : 3;
	signed delta : 5;
};

union number {
	long i;
	double d;
};

struct pair pair_swap(struct pair p);
struct mixed mixed_scale(struct mixed m, int times);
struct big big_fill(struct big b, long start);
long big_sum(struct big b);
struct flags flags_bump(struct flags f);
union number number_negate(union number n, int is_double);

#endif
