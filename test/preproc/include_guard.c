// run
// Checks #include of a header from the directory of the including file,
// included three times behind an include guard (a second expansion would
// redefine struct guarded and include_count and fail to compile).

#include <stdio.h>
#include "include_guard.h"
#include "include_guard.h"
#define HEADER "include_guard.h"
#include HEADER

int main(void)
{
	struct guarded g = { GUARD_MAGIC };

	printf("%d %d\n", g.a, include_count);
#ifdef INCLUDE_GUARD_H
	printf("guard macro visible\n");
#endif
	return 0;
}
