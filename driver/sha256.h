#ifndef RUNDRIVER_SHA256_H
#define RUNDRIVER_SHA256_H

#include <stddef.h>
#include <stdint.h>

/* SHA-256 (FIPS 180-4), for the result cache's keys. */
struct sha256 {
	uint32_t h[8];
	uint64_t len;		/* bytes fed so far */
	unsigned char buf[64];
	size_t nbuf;
};

enum { SHA256_HEX = 65 };	/* 64 hex digits and a NUL */

void sha256_init(struct sha256 *s);
void sha256_add(struct sha256 *s, const void *data, size_t len);
/* Add the string STR and its terminating NUL, so that consecutive
 * strings cannot run into each other ("ab","c" differs from "a","bc"). */
void sha256_str(struct sha256 *s, const char *str);
/* The digest as 64 lowercase hex digits into HEX; S is spent. */
void sha256_hex(struct sha256 *s, char hex[SHA256_HEX]);

#endif
