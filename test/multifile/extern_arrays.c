// rundir
// Checks arrays shared between files (C11 6.2.7, 6.7.6.2, 6.9.2): an
// extern declaration of unknown size is completed by the defining file,
// which alone can apply sizeof and so exports the count; a two-dimensional
// array declared with only its first bound left out; a modifiable char
// array written in one file and read in another; and a const table of
// pointers to string literals. const objects at file scope have external
// linkage in C.

/* The program is extern_arrays.dir/. */
