/* Shared inline definitions for the inline_units test. */
#ifndef SHAPES_H
#define SHAPES_H

int scale_factor(void);

inline int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

inline int
scaled_area(int w, int h)
{
	return clamp(w, 0, 100) * clamp(h, 0, 100) * scale_factor();
}

static inline int
count_calls(void)
{
	static int calls;

	return ++calls;
}

int first_calls(void);
int second_calls(void);

#endif
