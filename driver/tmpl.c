/* A profile's argv templates checked word by word: their {placeholders}
 * known and standing where they may, outputs inside the test's temp
 * folder, no device named. It reads the YAML tree and keeps nothing. */
#define _POSIX_C_SOURCE 200809L
#include "tmpl.h"
#include "ytree.h"

#include <string.h>

/* Check the {placeholders} of one template word. */
static int
check_word(const struct ysource *l, const struct ynode *y)
{
	static const char *const single[] = { "compiler", "src", "tmp", "exe" };
	static const char *const whole[] = { "flags", "testflags", "srcs",
					     "args" };
	const char *p = y->value, *close;
	size_t i, n;

	while ((p = strchr(p, '{'))) {
		close = strchr(p, '}');
		if (!close)
			return ytree_error(l, y->line, y->col, "unclosed { in \"%s\"",
				    y->value);
		n = (size_t)(close - p - 1);
		for (i = 0; i < 4; i++)
			if (strlen(single[i]) == n &&
			    strncmp(p + 1, single[i], n) == 0)
				break;
		if (i == 4) {
			for (i = 0; i < 4; i++)
				if (strlen(whole[i]) == n &&
				    strncmp(p + 1, whole[i], n) == 0)
					break;
			if (i == 4)
				return ytree_error(l, y->line, y->col, "unknown "
					    "placeholder {%.*s}", (int)n, p + 1);
			if (p != y->value || close[1])
				return ytree_error(l, y->line, y->col, "{%s} expands "
					    "to several words and must stand "
					    "alone", whole[i]);
		}
		p = close + 1;
	}
	return 0;
}

/* The output path after -o (word Y, "-o" being the word before when
 * SPLIT) must lie in the test's temp folder: a failing compiler run as
 * root may delete its output file, and /dev/null is shared by the whole
 * machine. */
static int
check_output(const struct ysource *l, const struct ynode *y, const char *path)
{
	if (strncmp(path, "{tmp}/", 6) == 0 || strcmp(path, "{exe}") == 0)
		return 0;
	return ytree_error(l, y->line, y->col, "output path \"%s\" lies outside the "
		    "test's temp folder (want {tmp}/... or {exe})", path);
}

int
tmpl_check(const struct ysource *l, const struct ynode *y)
{
	size_t w;
	const char *v;

	for (w = 0; w < y->n; w++) {
		v = y->kids[w]->value;
		if (check_word(l, y->kids[w]) < 0)
			return -1;
		if (strncmp(v, "/dev/", 5) == 0)
			return ytree_error(l, y->kids[w]->line, y->kids[w]->col,
				    "\"%s\": a step may not name a device (an "
				    "output path must be in {tmp})", v);
		if (strcmp(v, "-o") == 0 && w + 1 < y->n &&
		    check_output(l, y->kids[w + 1], y->kids[w + 1]->value) < 0)
			return -1;
		if (strncmp(v, "-o", 2) == 0 && v[2] &&
		    check_output(l, y->kids[w], v + 2) < 0)
			return -1;
	}
	return 0;
}

