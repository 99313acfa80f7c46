// compile
// Compiles only when -flags gave the compiler "-DFROM_CLI=1 -g" (two
// words, after the profile's flags).
// CC: require -DFROM_CLI=1

int x;
