// errorcheck
// Checks #define constraints (C11 6.10.3p2-p6, 6.10.3.2p1, 6.10.3.3p1):
// no duplicate parameter, # must precede a parameter, ## may not start or
// end the replacement, __VA_ARGS__ only in a variadic macro, whitespace
// after an object-like macro's name, no different redefinition, and a
// call must pass as many arguments as there are parameters. The bad calls
// then leave PAIR undeclared (gcc says so only once).

#define PAIR(a, b) ((a) + (b))
#define DUP(x, x) x		// GCC_ERROR "duplicate macro parameter \x22x\x22" CLANG_ERROR "duplicate macro parameter name .x."
#define STR(x) #y		// ERROR ".#. is not followed by a macro parameter"
#define GLUE(x) ## x		// GCC_ERROR ".##. cannot appear at either end of a macro expansion" CLANG_ERROR ".##. cannot appear at start of macro expansion"
#define TAIL(x) x ##		// GCC_ERROR ".##. cannot appear at either end of a macro expansion" CLANG_ERROR ".##. cannot appear at end of macro expansion"
#define NOVAR(x) __VA_ARGS__	// ERROR "__VA_ARGS__ can only appear in the expansion of a C99 variadic macro"
#define NOSPACE+1		// ERROR "ISO C99 requires whitespace after the macro name"
#define ONE 1
#define ONE 2			// GCC_ERROR "\x22ONE\x22 redefined" CLANG_ERROR ".ONE. macro redefined"
#define SAME 1
#define SAME 1

int a = PAIR(1);		// GCC_ERROR "macro \x22PAIR\x22 requires 2 arguments, but only 1 given" ".PAIR. undeclared" CLANG_ERROR "too few arguments provided to function-like macro invocation" "use of undeclared identifier .PAIR."
int b = PAIR(1, 2, 3);		// GCC_ERROR "macro \x22PAIR\x22 passed 3 arguments, but takes just 2" CLANG_ERROR "too many arguments provided to function-like macro invocation" "use of undeclared identifier .PAIR."
int ok = PAIR(1, 2);
