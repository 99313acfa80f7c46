// errorcheck
// Checks that an array declared with a negative or zero constant size is
// diagnosed (C11 6.7.6.2p1: the size shall be greater than zero).

int a[-1];	// ERROR "negative|size"
int b[3 - 5];	// ERROR "negative|size"
int c[0];	// ERROR "zero.size|size 0|zero size"
