// compiledir
// Checks that each file of separate.dir/ compiles on its own (-c): they
// are never linked, so calls to functions defined nowhere are fine, and
// two files may both define main or the same external names.

/* The files are in separate.dir/. */
