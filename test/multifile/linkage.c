// rundir
// Checks external and internal linkage across translation units: objects
// and functions declared extern in a shared header are one entity in the
// whole program, while static names in different files are distinct.

/* The program is linkage.dir/ (counter.c, main.c, util.c, counter.h). */
