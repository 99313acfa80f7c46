// run -t 2
// CC: hang

int main(void) { return 0; }
