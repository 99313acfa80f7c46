/* What every dialect's directive shares: run.go's word splitting and the
 * walk over an action's flags. Which lines hold the directive, and any
 * flag beyond -0, -1 and -t, is the dialect's (driver/c/crecipe.c,
 * driver/go/gorecipe.c). */
#define _POSIX_C_SOURCE 200809L
#include "recipe.h"
#include "arena.h"
#include "strbuf.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

int
recipe_split(struct arena *a, const char *s, char ***out, size_t *n,
	     char *err, size_t errlen)
{
	struct strlist w = { 0 };
	struct strbuf cur;
	char quote = 0;
	int inword = 0, escaped = 0;

	strbuf_init(&cur, 0);
	for (; *s; s++) {
		if (escaped) {
			strbuf_add(&cur, s, 1);
			escaped = 0;
		} else if (*s == '\\') {
			escaped = inword = 1;
		} else if (quote) {
			if (*s == quote)
				quote = 0;
			else
				strbuf_add(&cur, s, 1);
		} else if (*s == '"' || *s == '\'') {
			quote = *s;
			inword = 1;
		} else if (is_space(*s)) {
			if (inword)
				arena_push(a, &w, arena_strdup(a, cur.buf));
			strbuf_reset(&cur);
			inword = 0;
		} else {
			strbuf_add(&cur, s, 1);
			inword = 1;
		}
	}
	if (inword && !quote && !escaped)
		arena_push(a, &w, arena_strdup(a, cur.buf));
	strbuf_release(&cur);
	if (quote || escaped) {
		snprintf(err, errlen, "invalid test recipe: %s",
			 quote ? "unclosed quote" : "unfinished escaping");
		return -1;
	}
	*out = w.v;
	*n = w.n;
	return 0;
}

/* The row of DFLAGS called NAME, or NULL. */
static const struct recipe_flag *
dialect_flag(const struct recipe_flag *dflags, const char *name)
{
	for (; dflags && dflags->name; dflags++)
		if (strcmp(dflags->name, name) == 0)
			return dflags;
	return NULL;
}

/* -t N: the deadline in seconds. */
static int
timeout_flag(struct recipe *r, const char *v, char *err, size_t errlen)
{
	char *end;

	if (!v) {
		snprintf(err, errlen, "-t needs a number of seconds");
		return -1;
	}
	r->timeout = strtod(v, &end);
	if (*end || end == v || !(r->timeout > 0)) {
		snprintf(err, errlen, "need number of seconds for -t timeout, "
			 "got %s instead", v);
		return -1;
	}
	return 0;
}

/* Is FLAG one of the NULL-terminated LIST (NULL: none)? */
static int
listed(const char *const *list, const char *flag)
{
	for (; list && *list; list++)
		if (strcmp(*list, flag) == 0)
			return 1;
	return 0;
}

int
recipe_directive(struct arena *a, char **w, size_t n,
		 const struct recipe_flag *dflags,
		 const char *const *value_flags, struct recipe *r, char *err,
		 size_t errlen)
{
	struct strlist flags = { 0 };
	const struct recipe_flag *f;
	size_t i, cap = 0;

	memset(r, 0, sizeof(*r));
	r->want_error = -1;
	r->action = w[0];
	for (i = 1; i < n && w[i][0] == '-'; i++) {
		if (strcmp(w[i], "-0") == 0) {
			r->want_error = 0;
		} else if (strcmp(w[i], "-1") == 0) {
			r->want_error = 1;
		} else if (strcmp(w[i], "-t") == 0) {
			if (timeout_flag(r, ++i < n ? w[i] : NULL, err,
					 errlen) < 0)
				return -1;
		} else if ((f = dialect_flag(dflags, w[i]))) {
			if (f->takes_value && ++i == n) {
				snprintf(err, errlen, "%s needs a value",
					 f->name);
				return -1;
			}
			r->opts = arena_grow(a, r->opts, r->nopts, &cap,
					     sizeof(*r->opts));
			r->opts[r->nopts].flag = f;
			r->opts[r->nopts++].value = f->takes_value ? w[i] :
						    NULL;
		} else if (listed(value_flags, w[i])) {
			if (i + 1 == n) {
				snprintf(err, errlen, "%s needs a value", w[i]);
				return -1;
			}
			arena_push(a, &flags, w[i]);
			arena_push(a, &flags, w[++i]);
		} else {
			arena_push(a, &flags, w[i]);
		}
	}
	r->flags = flags.v;
	r->nflags = flags.n;
	r->args = w + i;
	r->nargs = n - i;
	return 0;
}
