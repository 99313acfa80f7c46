// errorcheck
// Checks that a failing _Static_assert is an error showing its message,
// at file scope and at block scope (\x22 in a pattern matches the quote
// around the message).

_Static_assert(sizeof(char) == 2, "char is not two bytes");	// ERROR "static assert.*char is not two bytes|static_assert.*char is not two bytes"

void
f(void)
{
	_Static_assert(1 + 1 == 3, "bad arithmetic");	// ERROR "failed.*\x22bad arithmetic\x22"
	_Static_assert(1, "this one holds");
}
