// run -t
// -t without its number.

int main(void) { return 0; }
