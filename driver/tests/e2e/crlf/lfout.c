// run -t 5 beta
// PROG: print got
// A CRLF source whose golden file has LF line ends.

int main(void) { return 0; }
