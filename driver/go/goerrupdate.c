/* run.go's -update_errors: a test's ERROR comments rewritten from what
 * the compiler printed. It only computes the new text; writing the file
 * and running go fmt are the Go judge's and the scheduler's. */
#define _POSIX_C_SOURCE 200809L
#include "goerrupdate.h"
#include "arena.h"
#include "goerror.h"
#include "strbuf.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* MSG escaped as run.go's updateErrors does (arena). */
static char *
update_pattern(struct arena *a, const char *msg, const char *file)
{
	static const char special[] = "\\*+?[]()";
	struct strbuf sb;
	const char *p;
	char *res;

	msg = arena_replace(a, msg, file, base_name(file));
	msg += strspn(msg, " \t");
	strbuf_init(&sb, 0);
	for (p = msg; *p; p++) {
		if (strncmp(p, "autotmp_", 8) == 0 &&
		    isdigit((unsigned char)p[8])) {
			strbuf_addstr(&sb, "autotmp_[0-9]+");
			for (p += 8; isdigit((unsigned char)p[1]); p++)
				;
		} else if (*p == '"') {
			strbuf_addstr(&sb, ".");
		} else {
			if (strchr(special, *p))
				strbuf_addstr(&sb, "\\");
			strbuf_add(&sb, p, 1);
		}
	}
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}

char *
goerrupdate_text(struct arena *a, const char *text, const char *output,
		 const char *file)
{
	struct strlist lines = { 0 }, *pats;
	char **msgs, *cut, *end, *line;
	size_t nmsgs, i, k, n = strlen(file);
	struct strbuf sb;
	long ln;

	for (line = arena_strdup(a, text); line; line = end) {
		end = strchr(line, '\n');
		if (end)
			*end++ = '\0';
		if ((cut = strstr(line, " // ERROR ")))
			*cut = '\0';
		arena_push(a, &lines, line);
	}
	pats = arena_alloc(a, (lines.n + 1) * sizeof(*pats));
	msgs = goerror_split(a, output, 0, NULL, NULL, 0, &nmsgs);
	for (i = 0; i < nmsgs; i++) {
		if (strncmp(msgs[i], file, n) != 0 || msgs[i][n] != ':')
			continue;
		ln = strtol(msgs[i] + n + 1, &end, 10);
		if (end == msgs[i] + n + 1 || *end != ':' || ln < 1 ||
		    (size_t)ln > lines.n)
			continue;
		ln--;
		line = update_pattern(a, end + 1, file);
		for (k = 0; k < pats[ln].n && strcmp(pats[ln].v[k], line); k++)
			;
		if (k == pats[ln].n)
			arena_push(a, &pats[ln], line);
	}
	strbuf_init(&sb, 0);
	for (i = 0; i < lines.n; i++) {
		strbuf_addf(&sb, "%s%s", i ? "\n" : "", lines.v[i]);
		if (pats[i].n) {
			qsort(pats[i].v, pats[i].n, sizeof(char *), cmp_strp);
			strbuf_addstr(&sb, " // ERROR");
		}
		for (k = 0; k < pats[i].n; k++)
			strbuf_addf(&sb, " \"%s$\"", pats[i].v[k]);
	}
	line = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return line;
}
