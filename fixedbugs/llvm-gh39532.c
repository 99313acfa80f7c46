// errorcheck -Wall
// clang GH 39532 (bugzilla 40185): C99 removed implicit int, so a
// declaration with no type specifier at all, such as "typedef t;", is a
// constraint violation and must be an error under -pedantic-errors. With
// -Wall added, clang up to 15 only warned (-Wall turns -Wimplicit-int on as
// a plain warning, which overrode -pedantic-errors) and compiled the file.
// Clang 16 makes implicit int an error in C99 and later.
// fixed: clang 16
// requires: gcc || clang

int
width_of_default(void)
{
	typedef counter;	// ERROR "type specifier missing|type defaults to 'int'"
	counter c = 7;

	return (int)sizeof(c) + c;
}
