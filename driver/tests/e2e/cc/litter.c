// run
// CC: litter
// PROG: print littered
// The compiler leaves files, a locked folder and a link to the source
// folder in its working folder, and a file in "..".

int main(void) { return 0; }
