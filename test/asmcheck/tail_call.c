// asmcheck
// Checks that a call in tail position becomes a jump to the callee: the
// caller adjusts its argument and jumps, with no call instruction and no
// return of its own.
// requires: gcc || clang

int step(int x);

int
forward(int x)
{
	// amd64:`\bjmp\s+step\b`,-`\bcall`,-`\bret`
	return step(x + 1);
}
