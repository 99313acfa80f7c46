// compile
// clang GH 106576: the value of a GNU statement expression is its last
// expression statement, after lvalue conversion, which drops _Atomic
// (C11 6.3.2.1p2). When that last expression named an _Atomic int
// object, clang kept the atomic type and rejected initializing a plain
// int from it ("incompatible type '_Atomic(int)'"). Fixed in clang 21;
// GCC accepts it.
// fixed: clang 21
// requires: (gcc || clang) && atomics

_Atomic int ticks = 40;

int
read_ticks(int bump)
{
	int snapshot = __extension__ ({ ticks += bump; ticks; });

	return snapshot;
}
