// run
// PROG: exit 3 right output
// The output matches NAME.out but the exit status is 3.

int main(void) { return 0; }
