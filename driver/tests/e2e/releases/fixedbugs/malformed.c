// compile
// fixed: fake

int main(void) { return 0; }
