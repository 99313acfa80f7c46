// rundir
// Checks variadic functions called from another translation unit (C11
// 6.5.2.2p7, 7.16): the default argument promotions turn char, short and
// _Bool arguments into int and float into double; long long, pointers
// and a struct pass through unchanged; a va_list handed to a function in
// a third file continues where the caller stopped; va_copy lets the
// arguments be walked twice; and vsnprintf formats through a wrapper.

/* The program is variadic_units.dir/. */
