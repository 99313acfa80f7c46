int helper_b(void) { return 1; }
