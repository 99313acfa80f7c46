// compile
// A case that names a fix but passes before it: it cannot catch its bug.
// fixed: fake 2

int main(void) { return 0; }
