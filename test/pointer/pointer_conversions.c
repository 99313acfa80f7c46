// run
// Checks pointer conversions that are guaranteed to round-trip (C11
// 6.3.2.3p1, p7, 7.20.1.4): object pointer to void * and back, to
// uintptr_t and back, to a pointer to a less strictly aligned type (char)
// and back; adding qualifiers implicitly (6.3.2.3p2) keeps the pointer
// equal; a pointer to a struct and to its first member convert to each
// other (6.7.2.1p15); and the converted pointers still order and
// compare as the originals did.

#include <stdio.h>
#include <stdint.h>

struct hdr {
	int kind;
	int len;
};

struct msg {
	struct hdr h;
	char body[8];
};

int main(void)
{
	double vals[3] = { 1.5, 2.5, 3.5 };
	double *dp = &vals[1];
	void *vp = dp;
	double *back = vp;
	uintptr_t bits = (uintptr_t)(void *)dp;
	double *from_int = (void *)bits;
	char *cp = (char *)dp;
	double *from_char = (double *)cp;
	const double *cdp = dp;
	const volatile double *cvdp = dp;
	struct msg m = { { 3, 5 }, "hello" };
	struct hdr *hp = (struct hdr *)&m;
	struct msg *mp = (struct msg *)&m.h;
	int *kp = (int *)&m;

	printf("%d %.1f\n", back == dp, *back);
	printf("%d %.1f\n", from_int == dp, *from_int);
	printf("%d %.1f\n", from_char == dp, *from_char);
	printf("%d %d\n", cdp == dp, cvdp == cdp);
	printf("%d %d %s\n", hp->kind, hp->len, mp->body);
	printf("%d %d\n", *kp, (void *)kp == (void *)&m.h.kind);
	printf("%d %d\n", (char *)&vals[0] < (char *)&vals[2],
		vp != (void *)&vals[0]);
	return 0;
}
