/* Second-level header for include_nested.c, reached three ways. */
#ifndef INCLUDE_NESTED_B_H
#define INCLUDE_NESTED_B_H

#define B_FACTOR 5
#define B_LEVEL 2

static int b_inclusions = 1;

#endif
