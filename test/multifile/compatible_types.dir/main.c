#include <stdio.h>

struct point {
	int x;
	int y;
};

union cell {
	int i;
	float f;
};

enum mode { MODE_OFF, MODE_ON = 4, MODE_AUTO };

typedef struct point main_point;

extern main_point origin;
extern int history[];

main_point lib_move(main_point p, int dx, int dy);
int lib_mode_value(enum mode m);
float lib_cell_float(union cell *c);
long lib_mix();

int
main(void)
{
	main_point p = lib_move(origin, 10, 20);
	union cell c;
	float f;
	int i, s = 0;

	printf("%d %d -> %d %d\n", origin.x, origin.y, p.x, p.y);
	printf("%d %d %d\n", lib_mode_value(MODE_OFF), lib_mode_value(MODE_ON),
		lib_mode_value(MODE_AUTO));
	f = lib_cell_float(&c);
	printf("%.1f %.1f\n", f, c.f);
	for (i = 0; i < 6; i++)
		s += history[i];
	printf("%d\n", s);
	printf("%ld\n", lib_mix(5L, 1.5));
	return 0;
}
