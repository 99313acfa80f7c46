/* Known-failure lists: reading one, and asking whether a test is on it.
 * What a listed test's verdict becomes is verdict.c's business. */
#define _POSIX_C_SOURCE 200809L
#include "known.h"
#include "constraint.h"
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct known *
known_load(const char *path, const char *from)
{
	struct known *k;
	char *text = NULL, *line, *save = NULL, *word, *cond;

	if (path && !(text = slurp_file(path, NULL)))
		fatal("%s: known_failures: %s: %s", from, path,
		      errno == EINVAL ? "not a regular file" : strerror(errno));
	k = xcalloc(1, sizeof(*k));
	if (!path)
		return k;
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		line[strcspn(line, "#")] = '\0';
		word = line + strspn(line, " \t\r");
		cond = word + strcspn(word, " \t\r");
		if (*cond)
			*cond++ = '\0';
		if (!*word)
			continue;
		cond += strspn(cond, " \t\r");
		cond[strcspn(cond, " \t\r")] = '\0';
		k->v = xrealloc(k->v, (k->n + 1) * sizeof(*k->v));
		k->v[k->n].path = xstrdup(word);
		k->v[k->n].cond = strncmp(cond, "if=", 3) == 0 ?
				  xstrdup(cond + 3) : NULL;
		k->n++;
	}
	free(text);
	return k;
}

int
known_match(const struct known *k, const char *path, const char *const *tags)
{
	size_t i, n, len = strlen(path);
	char err[128];

	for (i = 0; i < k->n; i++) {
		n = strlen(k->v[i].path);
		if (strcmp(path, k->v[i].path) != 0 &&
		    !(len > n && path[len - n - 1] == '/' &&
		      strcmp(path + len - n, k->v[i].path) == 0))
			continue;
		if (!k->v[i].cond ||
		    constraint_eval(k->v[i].cond, tags, err, sizeof(err)) == 1)
			return 1;
	}
	return 0;
}

void
known_free(struct known *k)
{
	size_t i;

	if (!k)
		return;
	for (i = 0; i < k->n; i++) {
		free(k->v[i].path);
		free(k->v[i].cond);
	}
	free(k->v);
	free(k);
}
