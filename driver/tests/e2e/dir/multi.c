// rundir
// Builds every .c file of multi.dir/ into one program.

