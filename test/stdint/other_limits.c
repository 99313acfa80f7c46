// run
// Checks the limits of other integer types in <stdint.h> (C11 7.20.2.4,
// 7.20.3): SIZE_MAX is (size_t)-1 and at least 65535; PTRDIFF_MIN/MAX,
// SIG_ATOMIC_MIN/MAX, WCHAR_MIN/MAX and WINT_MIN/MAX meet their minimum
// ranges (the signed-or-unsigned choice decides which minimum applies);
// INTMAX covers long long; INTPTR/UINTPTR bound the types that
// round-trip a void pointer; and sizeof yields at most SIZE_MAX.

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <signal.h>
#include <wchar.h>
#include <limits.h>

int main(void)
{
	int x = 5;
	void *vp = &x;
	uintptr_t bits = (uintptr_t)vp;
	intptr_t sbits = (intptr_t)vp;

	printf("size %d %d\n", SIZE_MAX == (size_t)-1, SIZE_MAX >= 65535u);
	printf("ptrdiff %d %d\n", PTRDIFF_MIN <= -65535, PTRDIFF_MAX >= 65535);
	if (SIG_ATOMIC_MIN < 0)
		printf("sig_atomic %d\n", SIG_ATOMIC_MIN <= -127 && SIG_ATOMIC_MAX >= 127);
	else
		printf("sig_atomic %d\n", SIG_ATOMIC_MIN == 0 && SIG_ATOMIC_MAX >= 255);
	if (WCHAR_MIN < 0)
		printf("wchar %d\n", WCHAR_MIN <= -127 && WCHAR_MAX >= 127);
	else
		printf("wchar %d\n", WCHAR_MIN == 0 && WCHAR_MAX >= 255);
	if (WINT_MIN < 0)
		printf("wint %d\n", WINT_MIN <= -32767 && WINT_MAX >= 32767);
	else
		printf("wint %d\n", WINT_MIN == 0 && WINT_MAX >= 65535);
	printf("intmax %d %d %d\n", INTMAX_MAX >= LLONG_MAX, INTMAX_MIN <= LLONG_MIN,
		UINTMAX_MAX >= ULLONG_MAX);
	printf("intptr %d %d %d\n", INTPTR_MAX >= 32767, UINTPTR_MAX >= 65535u,
		INTPTR_MIN <= -32767);
	printf("round trip %d %d\n", (void *)bits == vp, (void *)sbits == vp);
	printf("%d\n", *(int *)(void *)bits);
	printf("%d\n", sizeof(char[1000]) <= SIZE_MAX);
	return 0;
}
