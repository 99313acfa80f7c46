/* First-level header for include_nested.c: includes the second level by a
 * name relative to this file, and changes the includer's macros. */
#ifndef INCLUDE_NESTED_A_H
#define INCLUDE_NESTED_A_H

#include "include_nested_b.h"

#undef GREETING
#define GREETING "hello from a"
#define A_TIMES_B(x) ((x) * B_FACTOR * 2)

static const int a_level = B_LEVEL + 1;

#endif
