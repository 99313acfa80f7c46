// run
// Checks <inttypes.h> (C11 7.8): the PRI macros for every width family
// (exact, least, fast, max, ptr) and conversion (d i o u x X), the SCN
// macros reading values back with sscanf, and the functions imaxabs,
// imaxdiv, strtoimax and strtoumax, including end pointers and bases.

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

int main(void)
{
	int8_t a = -100;
	uint16_t b = 0xBEEF;
	int_least32_t c = -123456;
	uint_fast16_t d = 4095;
	int64_t e = INT64_C(-9000000000);
	uintmax_t f = UINTMAX_C(18446744073709551615);
	intptr_t g = -1;
	uint8_t r8;
	int32_t r32;
	uint64_t r64;
	imaxdiv_t q;
	char *end;

	printf("%" PRId8 " %" PRIi8 "\n", a, a);
	printf("%" PRIu16 " %" PRIx16 " %" PRIX16 " %" PRIo16 "\n", b, b, b, b);
	printf("%" PRIdLEAST32 " %" PRIuFAST16 " %#" PRIxFAST16 "\n", c, d, d);
	printf("%" PRId64 " %22" PRIu64 "|\n", e, (uint64_t)e);
	printf("%" PRIuMAX " %" PRIxMAX "\n", f, f);
	printf("%" PRIdPTR " %d\n", g, (int)(sizeof(intptr_t) >= sizeof(void *)));
	if (sscanf("200 -7 12345678901234", "%" SCNu8 " %" SCNd32 " %" SCNu64,
			&r8, &r32, &r64) == 3)
		printf("%d %" PRId32 " %" PRIu64 "\n", r8, r32, r64);
	printf("%" PRIdMAX " %" PRIdMAX "\n", imaxabs(INTMAX_C(-42)), imaxabs(INTMAX_MAX));
	q = imaxdiv(INTMAX_C(-17), 5);
	printf("%" PRIdMAX " %" PRIdMAX "\n", q.quot, q.rem);
	printf("%" PRIdMAX, strtoimax("  -0x7f rest", &end, 16));
	printf(" [%s]\n", end);
	printf("%" PRIuMAX, strtoumax("0777z", &end, 0));
	printf(" [%s]\n", end);
	printf("%" PRIdMAX "\n", strtoimax("zz", NULL, 36));
	return 0;
}
