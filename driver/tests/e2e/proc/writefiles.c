// run
// PROG: writefiles {srcdir}
// Writes files, a locked folder and a link to its source folder into its
// working folder, and a file into "..": all of it must go, and nothing
// through the link.

int main(void) { return 0; }
