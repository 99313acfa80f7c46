// errorcheck
// Checks the _Thread_local constraints (C11 6.7.1p3, p4): not on a
// function, not on a block-scope object unless it is also static or
// extern, and present on every declaration of an object if on one.

_Thread_local int fn(void);	// GCC_ERROR "invalid storage class for function .fn." CLANG_ERROR "only allowed on variable declarations"
extern int mixed;
_Thread_local int mixed;	// ERROR "thread-local declaration of .mixed. follows non-thread-local declaration"

void
f(void)
{
	_Thread_local int plain;	// GCC_ERROR "implicitly auto and declared ._Thread_local." CLANG_ERROR "variables must have global storage"
	auto _Thread_local int automatic;	// GCC_ERROR "._Thread_local. used with .auto." CLANG_ERROR "cannot combine with previous .auto."
	static _Thread_local int ok;
	extern _Thread_local int also_ok;

	(void)plain;
	(void)automatic;
}
