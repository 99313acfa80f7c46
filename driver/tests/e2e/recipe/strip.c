// compile -s
// CC: require -s
// The C directive has no -s of its own (run.go's single-file mode is
// Go's): -s must reach the compiler, which strips symbols with it.

int x;
