// run
// Checks #include (C11 6.10.2): a quoted header that includes another
// quoted header, found next to it; the macro-expanded forms of the
// directive, both <...> from an object-like macro and "..." built with #
// (C11 6.10.2p4); include guards keeping a header's body to one copy
// whichever way it is reached; and headers sharing the includer's macro
// table (a header can #undef and redefine a macro of the includer).

#include <stdio.h>

#define STR(x) #x
#define HEADER_NAMED(base) STR(base.h)
#define SYSTEM_HEADER <limits.h>
#define GREETING "hello from main"

#include "include_nested_a.h"
#include SYSTEM_HEADER
#include HEADER_NAMED(include_nested_b)
#include "include_nested_b.h"

int main(void)
{
	printf("%s\n", GREETING);
	printf("%d %d %d\n", A_TIMES_B(3), a_level, b_inclusions);
	printf("%d\n", CHAR_BIT >= 8);
	printf("%s\n", HEADER_NAMED(include_nested_b));
	return 0;
}
