/* A table for xmacro_include.c: no include guard on purpose, as the file
 * is included once per use with a different definition of ENTRY. */
ENTRY(apple, 3, "red")
ENTRY(banana, 7, "yellow")
ENTRY(cherry, 11, "dark red")
#ifdef WITH_EXTRA
ENTRY(damson, 13, "purple")
#endif
