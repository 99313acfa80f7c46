// frobnicate

int main(void) { return 0; }
