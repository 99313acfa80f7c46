// run alpha beta
// PROG: print got
// The words after the action reach the program as arguments.

int main(void) { return 0; }
