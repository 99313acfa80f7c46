// rundir
// Checks C11 inline functions across files (C11 6.7.4p7): a header holds
// an inline definition; the one file that also declares the function
// without inline supplies the external definition, so calls that are not
// inlined still link; a static inline function in the header gives every
// file its own copy, each with its own static local counter; and an
// inline function may use its own parameters and other external functions.

/* The program is inline_units.dir/. */
