// compile
// requires: !fake

int main(void) { return 0; }
