// errorcheck
// gcc PR 29116: an expression reading a variable was accepted as an integer
// constant expression when the variable is multiplied by zero.
// C11 6.6p6: an integer constant expression may not read an object, so
// width * 0 + 2 is not one even though its value is known: an array sized
// by it at file scope is variably modified, and a bit-field width or a
// case label may not use it.
// Fixed on trunk 2009-03-29 (gcc/ChangeLog-2009), after the 4.4 branch point.
// fixed: gcc 4.5

static int width = 3;

int rows[width * 0 + 2];	// ERROR "variabl"

int
classify(int v)
{
	switch (v) {
	case 0 * width + 1:	// ERROR "constant"
		return 1;
	default:
		return 0;
	}
}
