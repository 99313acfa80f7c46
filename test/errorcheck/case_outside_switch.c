// errorcheck
// Checks that case and default labels may appear only inside a switch
// statement, not in other compound statements or loops (C11 6.8.1p2).

int
f(int x)
{
	if (x > 2) {
	case 1:		// GCC_ERROR "case label not within a switch statement" CLANG_ERROR ".case. statement not in switch statement"
		return 1;
	}
	while (x--) {
	default:	// GCC_ERROR ".default. label not within a switch statement" CLANG_ERROR ".default. statement not in switch statement"
		x--;
	}
	return 0;
}
