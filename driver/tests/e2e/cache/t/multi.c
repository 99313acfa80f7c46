// rundir
// Two files of multi.dir linked together: editing one must rerun it.

/* The program is in multi.dir. */
