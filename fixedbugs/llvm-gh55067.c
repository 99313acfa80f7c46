// errorcheck
// clang GH 55067: "# 42 "name"" (a number right after the #, without the
// word line) is GCC's line-marker syntax, not a C11 #line directive, so
// -pedantic must diagnose it. Clang accepted it silently until clang 15
// added -Wgnu-line-marker; GCC reports "style of line directive is a GCC
// extension". tcc takes it without a word.
// fixed: clang 15
// requires: gcc || clang

int first = __LINE__;
# 40 "marked.c"	// ERROR "line directive is a (GNU|GCC) extension"
int second = __LINE__;
