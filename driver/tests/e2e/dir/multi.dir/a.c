// PROG: print from multi.dir

int main(void) { return 0; }
