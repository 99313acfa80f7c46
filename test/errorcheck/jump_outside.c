// errorcheck
// Checks that break and continue outside a loop (or switch, for break)
// are diagnosed (C11 6.8.6.2p1, 6.8.6.3p1).

void
f(int x)
{
	if (x)
		break;		// ERROR "break.*not within|not in loop or switch"
	switch (x) {
	case 1:
		continue;	// ERROR "continue.*not within|not in loop"
	}
}
