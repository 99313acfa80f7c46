// run ÿþ
// PROG: print arg
// Recipe arguments are bytes: these two are not UTF-8.

int main(void) { return 0; }
