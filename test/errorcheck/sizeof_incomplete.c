// errorcheck
// Checks that sizeof is not applied to incomplete types (an undefined
// struct, void, an array of unknown size) or to a function (C11 6.5.3.4p1).

struct later;
extern int unknown_size[];
int fn(void);

unsigned long a = sizeof(struct later);	// ERROR "incomplete"
unsigned long b = sizeof unknown_size;	// ERROR "incomplete"
unsigned long c = sizeof(void);		// GCC_ERROR "sizeof. to a void type" CLANG_ERROR "void"
unsigned long d = sizeof fn;		// GCC_ERROR "sizeof. to a function type" CLANG_ERROR "function type"
