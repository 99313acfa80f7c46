// run -t abc
// -t with a word that is not a number.

int main(void) { return 0; }
