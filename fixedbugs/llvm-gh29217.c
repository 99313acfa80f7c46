// errorcheck -0
// clang GH 29217: -Wenum-compare (on by default) caught a comparison of
// two variables of different enumeration types, but not a comparison of
// enumerators of those types. Clang treated the C enumerators as plain
// int and stayed silent; since clang 19 it warns for both. GCC and tcc
// say nothing (in C the enumerators have type int).
// fixed: clang 19

enum fruit { APPLE, PEAR };
enum metal { IRON, TIN };

int
mixed_up(enum fruit f)
{
	if (PEAR == TIN)	// CLANG_ERROR "comparison of different enumeration types \('enum fruit' and 'enum metal'\)"
		return 1;
	return f == APPLE;
}
