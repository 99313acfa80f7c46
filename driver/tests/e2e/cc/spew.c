// compile
// CC: spew 6000000

int main(void) { return 0; }
