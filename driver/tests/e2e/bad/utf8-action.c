// rÿun
// An action word with a byte that is not UTF-8.

int main(void) { return 0; }
