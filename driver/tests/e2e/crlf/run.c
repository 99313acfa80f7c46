// run -t 5 alpha
// PROG: print got
// A source and golden file with CRLF line ends.

int main(void) { return 0; }
