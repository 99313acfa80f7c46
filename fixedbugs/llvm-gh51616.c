// errorcheck -0 -Wunused-but-set-parameter
// clang GH 51616: -Wunused-but-set-parameter reported a parameter that is
// only ever written with "p += 1", but not one that is only written with
// "p++" or "--p", although the stored value is just as dead. Clang 15
// treats increments and decrements as stores too. GCC does not warn in
// either case, and tcc ignores the option.
// fixed: clang 15

int
step(int unused_add,	// CLANG_ERROR "parameter .unused_add. set but not used"
     int unused_inc,	// CLANG_ERROR "parameter .unused_inc. set but not used"
     int unused_dec,	// CLANG_ERROR "parameter .unused_dec. set but not used"
     int used)
{
	unused_add += 1;
	unused_inc++;
	--unused_dec;
	used++;
	return used;
}
