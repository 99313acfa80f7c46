#define _POSIX_C_SOURCE 200809L
/* SHA-256 against FIPS 180-4's examples, fed whole and in pieces of
 * every size from 1 to 70 bytes (the block boundary and the padding's
 * two cases: a last block with and without room for the length). */
#include "unit.h"
#include "sha256.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *name;
	const char *text;	/* NULL: a million 'a' */
	const char *want;
} cases[] = {
	{ "empty", "",
	  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
	{ "abc", "abc",
	  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
	{ "448 bits", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	{ "896 bits", "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
	  "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
	  "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1" },
	{ "a million a", NULL,
	  "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" },
};

void
test_sha256(void)
{
	char hex[SHA256_HEX], name[96], *text;
	struct sha256 s;
	size_t i, len, step, at;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (cases[i].text) {
			text = strdup(cases[i].text);
		} else {
			text = malloc(1000001);
			memset(text, 'a', 1000000);
			text[1000000] = '\0';
		}
		len = strlen(text);
		sha256_init(&s);
		sha256_add(&s, text, len);
		sha256_hex(&s, hex);
		snprintf(name, sizeof(name), "sha256 %s", cases[i].name);
		check_str(name, hex, cases[i].want);
		for (step = 1; step <= 70 && cases[i].text; step++) {
			sha256_init(&s);
			for (at = 0; at < len; at += step)
				sha256_add(&s, text + at,
					   len - at < step ? len - at : step);
			sha256_hex(&s, hex);
			snprintf(name, sizeof(name), "sha256 %s in %zu-byte "
				 "pieces", cases[i].name, step);
			check_str(name, hex, cases[i].want);
		}
		free(text);
	}
}
