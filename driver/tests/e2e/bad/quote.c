// run "unclosed
// A directive with an unbalanced quote.

int main(void) { return 0; }
