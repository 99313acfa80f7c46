// rundir
// Checks function pointers crossing translation units (C11 6.2.2, 6.3.2.1,
// 6.5.2.2): a const table of pointers to functions with internal linkage
// in one file is used by another file through an extern declaration;
// callbacks with internal linkage registered by main.c are called from
// ops.c; a comparison function with internal linkage is handed to qsort
// by a getter; and pointers to one function compare equal wherever taken.

/* The program is callback_table.dir/. */
