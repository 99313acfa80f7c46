#ifndef RUNDRIVER_KNOWN_H
#define RUNDRIVER_KNOWN_H

#include <stddef.h>

/* One entry of a known-failure list. */
struct known_entry {
	char *path;
	char *cond;		/* if= expression, or NULL */
};

/* A profile's known-failure list: tests expected to fail. */
struct known {
	struct known_entry *v;
	size_t n;
};

/* Read the list at PATH (NULL: an empty list): per line a path,
 * optionally "if=EXPR" (a requires:-style condition), then anything; '#'
 * starts a comment. Fatal when PATH cannot be read, naming FROM, the
 * profile that names it. The caller frees it with known_free. */
struct known *known_load(const char *path, const char *from);
/* Is the test at PATH on list K (the entry equals PATH or a tail of it
 * after a '/'), with its if= condition, if any, true over TAGS? */
int known_match(const struct known *k, const char *path,
		const char *const *tags);
/* Free the list (NULL is fine). */
void known_free(struct known *k);

#endif
