/* Inline definitions shared by every file of the inline_extern test. */
#ifndef MATHX_H
#define MATHX_H

extern const int mathx_bias;

inline int
square(int x)
{
	return x * x;
}

inline int
cube(int x)
{
	return x * square(x);
}

int (*square_address_a(void))(int);
int (*square_address_b(void))(int);
int use_b(int x);

#endif
