// errorcheck
// Checks that the type specifiers of a declaration must form one of the
// combinations C11 6.7.2p2 lists: no long char, short double, signed
// float, unsigned _Bool, long long long, int double, short long, char
// int or signed unsigned.

long char a;		// GCC_ERROR "both .long. and .char. in declaration specifiers" CLANG_ERROR ".long char. is invalid"
short double b;		// GCC_ERROR "both .short. and .double. in declaration specifiers" CLANG_ERROR ".short double. is invalid"
signed float c;		// GCC_ERROR "both .signed. and .float. in declaration specifiers" CLANG_ERROR ".float. cannot be signed or unsigned"
unsigned _Bool d;	// GCC_ERROR "both .unsigned. and ._Bool. in declaration specifiers" CLANG_ERROR "._Bool. cannot be signed or unsigned"
long long long e;	// GCC_ERROR ".long long long. is too long" CLANG_ERROR "cannot combine with previous .long long. declaration specifier"
int double g;		// GCC_ERROR "two or more data types in declaration specifiers" CLANG_ERROR "cannot combine with previous .int. declaration specifier"
short long h;		// GCC_ERROR "both .long. and .short. in declaration specifiers" CLANG_ERROR "cannot combine with previous .short. declaration specifier"
char int i;		// GCC_ERROR "two or more data types in declaration specifiers" CLANG_ERROR "cannot combine with previous .char. declaration specifier"
unsigned signed j;	// GCC_ERROR "both .signed. and .unsigned. in declaration specifiers" CLANG_ERROR "cannot combine with previous .unsigned. declaration specifier"
long double ok1;
long long int ok2;
signed short int ok3;
