// rundir
// Checks an opaque (incomplete) struct type shared through a header: only
// stack.c knows the layout, the other files use pointers to it, and a
// callback defined in main.c is called from stack.c.

/* The program is opaque_type.dir/. */
