/* The one file that includes <pcre2.h>: compiling (with JIT and a match
 * limit), matching and freeing patterns. It knows no test syntax; the
 * ERROR and asmcheck readers decide what a pattern means. */
#define _POSIX_C_SOURCE 200809L
#define PCRE2_CODE_UNIT_WIDTH 8
#include "regex.h"
#include "arena.h"
#include "util.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>

enum {
	MATCH_LIMIT = 10000000,	/* backtracking steps before giving up */
	DEPTH_LIMIT = 10000,
};

struct regex {
	pcre2_code *code;
	pcre2_match_data *md;
	pcre2_match_context *mc;
};

static void
free_deferred(void *re)
{
	regex_free(re);
}

static struct regex *
compile(struct arena *a, const char *pattern, uint32_t options, char *err,
	size_t errlen)
{
	struct regex *re;
	int code;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];
	pcre2_code *c;

	c = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, options,
			  &code, &off, NULL);
	if (!c) {
		pcre2_get_error_message(code, msg, sizeof(msg));
		snprintf(err, errlen, "%s at offset %zu", (char *)msg,
			 (size_t)off);
		return NULL;
	}
	pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);	/* optional speed-up */
	re = xcalloc(1, sizeof(*re));
	re->code = c;
	re->md = pcre2_match_data_create_from_pattern(c, NULL);
	re->mc = pcre2_match_context_create(NULL);
	if (!re->md || !re->mc)
		fatal("out of memory");
	pcre2_set_match_limit(re->mc, MATCH_LIMIT);
	pcre2_set_depth_limit(re->mc, DEPTH_LIMIT);
	if (a)
		arena_defer(a, free_deferred, re);
	return re;
}

struct regex *
regex_compile(struct arena *a, const char *pattern, char *err, size_t errlen)
{
	return compile(a, pattern, 0, err, errlen);
}

struct regex *
regex_compile_re2(struct arena *a, const char *pattern, char *err,
		  size_t errlen)
{
	return compile(a, pattern, PCRE2_UTF | PCRE2_MATCH_INVALID_UTF |
		       PCRE2_DOLLAR_ENDONLY, err, errlen);
}

int
regex_match(const struct regex *re, const char *subject, size_t len)
{
	int rc = pcre2_match(re->code, (PCRE2_SPTR)subject, len, 0, 0,
			     re->md, re->mc);

	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	return -1;
}

int
regex_group(const struct regex *re, const char *subject, size_t len,
	    const char *name, long *start, long *end)
{
	int rc = regex_match(re, subject, len), n;
	PCRE2_SIZE *ov;

	*start = *end = -1;
	if (rc <= 0)
		return rc;
	n = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR)name);
	if (n < 0)
		return 1;
	ov = pcre2_get_ovector_pointer(re->md);
	if (ov[2 * n] == PCRE2_UNSET)
		return 1;
	*start = (long)ov[2 * n];
	*end = (long)ov[2 * n + 1];
	return 1;
}

int
regex_has_group(const struct regex *re, const char *name)
{
	return pcre2_substring_number_from_name(re->code,
						(PCRE2_SPTR)name) >= 0;
}

void
regex_free(struct regex *re)
{
	if (!re)
		return;
	pcre2_match_data_free(re->md);
	pcre2_match_context_free(re->mc);
	pcre2_code_free(re->code);
	free(re);
}
