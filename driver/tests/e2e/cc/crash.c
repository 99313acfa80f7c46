// compile
// CC: crash

int main(void) { return 0; }
