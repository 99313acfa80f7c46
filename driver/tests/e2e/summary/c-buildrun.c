// buildrun
// PROG: print output ignored without a .out file

int main(void) { return 0; }
