// rundir
// Checks C11 inline semantics across files: a header holds inline
// definitions, exactly one file provides the external definitions with
// extern inline declarations, and the function's address is the same in
// every translation unit. Also a const object with external linkage.

/* The program is inline_extern.dir/. */
