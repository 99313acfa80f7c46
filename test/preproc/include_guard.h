/* Header for include_guard.c: included several times, guarded. */
#ifndef INCLUDE_GUARD_H
#define INCLUDE_GUARD_H

#define GUARD_MAGIC 77

struct guarded {
	int a;
};

static int include_count = 1;

#endif
