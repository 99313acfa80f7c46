/* Declares its own copies of the types; no header is shared. */
struct point {
	int x;
	int y;
};

union cell {
	int i;
	float f;
};

enum mode { MODE_OFF, MODE_ON = 4, MODE_AUTO };

typedef struct point lib_point;

lib_point origin = { 3, -4 };
int history[6] = { 1, 1, 2, 3, 5, 8 };

lib_point
lib_move(lib_point p, int dx, int dy)
{
	p.x += dx;
	p.y += dy;
	return p;
}

int
lib_mode_value(enum mode m)
{
	return m == MODE_AUTO ? 100 : (int)m;
}

float
lib_cell_float(union cell *c)
{
	c->f = 0.5f;
	return c->f * 2;
}

long
lib_mix(long a, double b)
{
	return a + (long)(b * 10);
}
