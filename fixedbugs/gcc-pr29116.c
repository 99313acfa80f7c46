// errorcheck
// gcc PR 29116: n * 0 + 1, with n a variable, accepted as a constant expression
// C11 6.6p6: an integer constant expression may not read an object, so a
// file-scope array sized by it is variably modified and an initializer
// designator using it is invalid.

int n = 0, p[n * 0 + 1];		// ERROR "variabl"
int q[2] = { [(n * 0 + 1)] = 1 };	// ERROR "not an integer constant"
