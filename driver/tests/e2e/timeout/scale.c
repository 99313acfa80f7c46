// run -t 4
// PROG: loop
// Run with -timeout_scale 0.25: killed after 1 s.

int main(void) { return 0; }
