// run -t 2
// PROG: ignoreterm
// SIGTERM is ignored: only the SIGKILL after the grace ends it.

int main(void) { return 0; }
