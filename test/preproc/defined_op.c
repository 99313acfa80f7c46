// run
// Checks the defined operator in both spellings, #ifdef/#ifndef, #undef,
// and that a macro defined as empty is still defined.

#include <stdio.h>

#define EMPTY
#define ZERO 0
#define GONE 1
#undef GONE

int main(void)
{
#if defined(EMPTY) && defined ZERO
	printf("both defined\n");
#endif
#ifdef ZERO
	printf("ZERO is defined even though it is 0\n");
#endif
#if ZERO
	printf("wrong\n");
#endif
#ifndef GONE
	printf("GONE was undefined\n");
#endif
#if !defined(NEVER) || defined(GONE)
	printf("NEVER not defined\n");
#endif
#define NEVER
#ifdef NEVER
	printf("now NEVER is defined\n");
#endif
#undef NEVER
#undef NEVER
#if defined NEVER
	printf("wrong again\n");
#else
	printf("double #undef is fine\n");
#endif
#if defined(__STDC__) && __STDC__ == 1 && defined __STDC_VERSION__
	printf("stdc %ld\n", __STDC_VERSION__);
#endif
#if __STDC_HOSTED__
	printf("hosted\n");
#endif
	return 0;
}
