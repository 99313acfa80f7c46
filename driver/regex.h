#ifndef RUNDRIVER_REGEX_H
#define RUNDRIVER_REGEX_H

#include <stddef.h>

struct arena;

/* A compiled PCRE2 pattern (JIT-compiled when the machine allows). */
struct regex;

/* Compile PATTERN; on failure return NULL and write PCRE2's message
 * (with the offset) into ERR. Arena A owns the result (it is freed when
 * A is released); with A NULL the caller frees it with regex_free. */
struct regex *regex_compile(struct arena *a, const char *pattern, char *err,
			    size_t errlen);
/* The same with the options that make PCRE2 behave as Go's RE2 for
 * test patterns: UTF-8 subjects (invalid bytes allowed), "$" only at the
 * very end. */
struct regex *regex_compile_re2(struct arena *a, const char *pattern,
				char *err, size_t errlen);
/* Does RE match anywhere in SUBJECT[0..len)? -1 when the match limit is
 * hit (a catastrophic pattern), which callers treat as an error. */
int regex_match(const struct regex *re, const char *subject, size_t len);
/* Match RE against SUBJECT[0..len); on success store the span of the named
 * group NAME in *start and *end (both -1 when the group did not take part) and
 * return 1. Return 0 when RE does not match, -1 on a match error. */
int regex_group(const struct regex *re, const char *subject, size_t len,
		const char *name, long *start, long *end);
/* Does RE have a capture group called NAME? */
int regex_has_group(const struct regex *re, const char *name);
/* Free a pattern compiled without an arena (NULL is fine). */
void regex_free(struct regex *re);

#endif
