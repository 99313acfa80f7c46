/* The C dialect's -update_errors: a test's ERROR comments rewritten from
 * what the compiler printed. Patterns that still take a diagnostic stay as
 * written, dead ones go, and each diagnostic no pattern takes gets one of
 * its own, its text escaped. Which diagnostic a pattern takes follows
 * errcheck.c's rules, so the rewritten file passes. Lines with other
 * compilers' annotations are left alone. The exit status rule, and never
 * writing after a crash or a timeout, are the judge's (cjudge.c). */
#define _POSIX_C_SOURCE 200809L
#include "cerrupdate.h"
#include "cjob.h"
#include "arena.h"
#include "cerror.h"
#include "errcheck.h"
#include "regex.h"
#include "strbuf.h"
#include "util.h"
#include "verdict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* One line of the test being rewritten. */
struct uline {
	const char *s;		/* without its '\n' or "\r\n" (arena) */
	const char *end;	/* in the text: where that '\n' or "\r\n" is */
	const char *next;	/* the next line */
	int lineno;
	struct strlist diags;	/* the diagnostics naming it */
	char *taken;		/* which of them a pattern took */
};

/* The rewrite of one test. */
struct update {
	struct arena *a;
	const char *shortname;
	const char *const *tags;
	int c90;		/* new comments are / * … * / */
	struct cerrupdate_changes *ch;
};

char *
cerrupdate_escape(struct arena *a, const char *text)
{
	static const char meta[] = "\\^$.[|()?*+{";
	struct strbuf sb;
	const unsigned char *p;
	char *res;

	strbuf_init(&sb, 0);
	for (p = (const unsigned char *)text; *p; p++) {
		if (*p == '"' || *p < 0x20 || *p == 0x7f)
			strbuf_addf(&sb, "\\x%02x", *p);
		else if (strchr(meta, *p))
			strbuf_addf(&sb, "\\%c", *p);
		else if (strncmp((const char *)p, "LINE", 4) == 0)
			strbuf_addstr(&sb, "[L]");
		else if (*p == '/' && ((sb.len && sb.buf[sb.len - 1] == '*') ||
			 (sb.len >= 3 && !strcmp(sb.buf + sb.len - 3, "///"))))
			strbuf_addstr(&sb, "\\/");
		else
			strbuf_add(&sb, p, 1);
	}
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}

/* The text a new pattern for diagnostic MSG matches: its first line,
 * without the "error: ", "fatal error: " or "warning: " in front. */
static char *
diag_words(struct arena *a, const char *msg)
{
	static const char *const kinds[] = { "error: ", "warning: ",
					     "fatal error: " };
	const char *t = errcheck_text(msg);
	size_t i, n;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		n = strlen(kinds[i]);
		if (strncmp(t, kinds[i], n) == 0) {
			t += n;
			break;
		}
	}
	return arena_strndup(a, t, strcspn(t, "\n"));
}

/* Does the pattern RAW, written on line L, take a diagnostic of L that no
 * pattern before it took? It takes all it matches, as errcheck does. */
static int
take(const struct update *u, struct uline *l, const char *raw)
{
	const char *pat, *t;
	struct regex *re;
	char err[256];
	size_t i;
	int any = 0;

	if (errcheck_subst_line(u->a, raw, u->shortname, l->lineno,
				LINE_CHECKED, &pat, err, sizeof(err)) < 0 ||
	    !(re = regex_compile(u->a, pat, err, sizeof(err))))
		return 0;
	for (i = 0; i < l->diags.n; i++) {
		t = errcheck_text(l->diags.v[i]);
		if (!l->taken[i] && regex_match(re, t, strlen(t)) == 1)
			any = l->taken[i] = 1;
	}
	return any;
}

static int
longer_first(const void *x, const void *y)
{
	const char *const *p = x, *const *q = y;
	size_t m = strlen(*p), n = strlen(*q);

	return m != n ? (m < n ? 1 : -1) : strcmp(*p, *q);
}

/* The new patterns of line L, into ADD: one for each diagnostic no
 * pattern took, the longest texts first, so that none takes another's
 * diagnostic before it; one that takes none is not written. */
static void
new_patterns(const struct update *u, struct uline *l, struct strlist *add)
{
	struct strlist words = { 0 };
	char *w, *pat;
	size_t i, k;

	for (i = 0; i < l->diags.n; i++) {
		if (l->taken[i])
			continue;
		w = diag_words(u->a, l->diags.v[i]);
		for (k = 0; k < words.n && strcmp(words.v[k], w) != 0; k++)
			;
		if (k == words.n)
			arena_push(u->a, &words, w);
	}
	if (words.n)
		qsort(words.v, words.n, sizeof(char *), longer_first);
	for (i = 0; i < words.n; i++) {
		pat = cerrupdate_escape(u->a, words.v[i]);
		if (take(u, l, pat))
			arena_push(u->a, add, pat);
	}
}

static void
change(const struct update *u, int line, char sign, const char *text)
{
	struct cerrupdate_changes *ch = u->ch;

	ch->v = arena_grow(u->a, ch->v, ch->n, &ch->cap, sizeof(*ch->v));
	ch->v[ch->n].line = line;
	ch->v[ch->n].sign = sign;
	ch->v[ch->n++].text = text;
}

/* S without the blanks at its end (arena). */
static char *
rtrim(struct arena *a, const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return arena_strndup(a, s, n);
}

static const char *
skip_blanks(const char *s)
{
	return s + strspn(s, " \t");
}

/* Line S without its ERROR comment ANN, whose patterns are all gone:
 * what followed them stays, and the comment's opener with it unless
 * that rest closes or starts a comment itself. */
static char *
drop_comment(struct arena *a, const char *s, const struct cerror_ann *ann)
{
	const char *t = skip_blanks(ann->end);
	size_t code = (size_t)(ann->open - s);

	if (ann->open[1] == '*' && strncmp(t, "*/", 2) == 0)
		t = skip_blanks(t + 2);
	else if (*t && !(ann->open[1] == '/' && strncmp(t, "//", 2) == 0))
		return arena_printf(a, "%.*s%.2s %s", (int)code, s, ann->open,
				    t);
	if (!*t)
		return rtrim(a, s, code);
	return arena_printf(a, "%.*s%s", (int)code, s, t);
}

/* Append to SB " TAG" (unless the last group written, LAST, is TAG's) and
 * the patterns ADD. */
static void
add_group(struct strbuf *sb, const char *tag, const char *last,
	  size_t lastlen, const struct strlist *add)
{
	size_t i;

	if (!last || strlen(tag) != lastlen || strncmp(tag, last, lastlen))
		strbuf_addf(sb, " %s", tag);
	for (i = 0; i < add->n; i++)
		strbuf_addf(sb, " \"%s\"", add->v[i]);
}

/* Append [FROM, TO) of a comment to SB, after a blank when what it
 * followed was cut (*CUT) and it starts with none. */
static void
keep(struct strbuf *sb, const char *from, const char *to, int *cut)
{
	if (*cut && *from != ' ' && *from != '\t')
		strbuf_addstr(sb, " ");
	strbuf_add(sb, from, (size_t)(to - from));
	*cut = 0;
}

/* Line S with its ERROR comment ANN rewritten: the patterns DEAD marks
 * cut out with the blanks before them, a tag all of whose patterns went
 * cut too, the patterns ADD appended after the last one. */
static char *
rewrite_comment(const struct update *u, const char *s,
		const struct cerror_ann *ann, const char *dead,
		const struct strlist *add)
{
	const char *prev = ann->open + 2, *last = NULL, *qend;
	size_t i, k, m, lastlen = 0;
	struct strbuf sb;
	char *res;
	int live, cut = 0;

	strbuf_init(&sb, 0);
	strbuf_add(&sb, s, (size_t)(prev - s));
	for (i = 0; i < ann->npats; i = k) {
		live = 0;
		for (k = i; k < ann->npats && ann->pats[k].tag ==
		     ann->pats[i].tag; k++)
			live |= !dead[k];
		if (live) {
			last = ann->pats[i].tag;
			lastlen = ann->pats[i].taglen;
			keep(&sb, prev, last + lastlen, &cut);
		}
		cut |= !live;
		prev = ann->pats[i].tag + ann->pats[i].taglen;
		for (m = i; m < k; m++) {
			qend = ann->pats[m].raw + ann->pats[m].rawlen + 1;
			if (!dead[m])
				keep(&sb, prev, qend, &cut);
			cut |= dead[m];
			prev = qend;
		}
	}
	if (add->n)
		add_group(&sb, u->tags[0], last, lastlen, add);
	strbuf_addstr(&sb, ann->end);
	res = last || add->n ? arena_strdup(u->a, sb.buf) :
	      drop_comment(u->a, s, ann);
	strbuf_release(&sb);
	return res;
}

/* Line S, which has no ERROR comment, with one holding ADD at its end;
 * NULL when a comment there would change the code (a backslash ends the
 * line, or "* /" would close a comment it opens). */
static char *
append_comment(const struct update *u, const char *s,
	       const struct strlist *add)
{
	char *code = rtrim(u->a, s, strlen(s)), *res;
	const char *open = NULL, *p;
	struct strbuf sb;
	size_t n = strlen(code);

	for (p = code; (p = strstr(p, "/*")); p += 2)
		open = p;
	if ((n && code[n - 1] == '\\') ||
	    (u->c90 && open && !strstr(open + 2, "*/")))
		return NULL;
	strbuf_init(&sb, 0);
	strbuf_addf(&sb, "%s%s%s", code, n ? " " : "", u->c90 ? "/*" : "//");
	add_group(&sb, u->tags[0], NULL, 0, add);
	strbuf_addstr(&sb, u->c90 ? " */" : "");
	res = arena_strdup(u->a, sb.buf);
	strbuf_release(&sb);
	return res;
}

/* Line L rewritten, or NULL when it stays as it is. A line whose ERROR
 * comment cannot be read, or is turned off, keeps its diagnostics
 * unmatched; one with other compilers' annotations, or a second ERROR
 * comment that a rewrite could bring to light, is left to its author. */
static const char *
update_line(const struct update *u, struct uline *l)
{
	struct strlist add = { 0 };
	struct cerror_ann ann, next;
	int has = cerror_parse(u->a, l->s, &ann), ndead = 0;
	char *dead = arena_alloc(u->a, ann.npats + 1), *res;
	const char *why = NULL;
	size_t i;

	if (strstr(l->s, "////") || (has && ann.err)) {
		if (l->diags.n)
			change(u, l->lineno, '!', has && ann.err ? ann.err :
			       "its \"////\" turns ERROR comments off");
		return NULL;
	}
	if (has && cerror_parse(u->a, ann.end, &next))
		why = "a second ERROR comment follows its patterns";
	for (i = 0; i < ann.npats; i++) {
		if (!cerror_tag_kept(u->tags, ann.pats[i].tag,
				     ann.pats[i].taglen))
			why = "it has ERROR comments for other compilers";
		else
			ndead += dead[i] = !take(u, l, arena_strndup(u->a,
						 ann.pats[i].raw,
						 ann.pats[i].rawlen));
	}
	new_patterns(u, l, &add);
	if (!ndead && !add.n)
		return NULL;
	res = why ? NULL : has ? rewrite_comment(u, l->s, &ann, dead, &add) :
	      append_comment(u, l->s, &add);
	if (!res) {
		change(u, l->lineno, '!', why ? why : "an ERROR comment at "
		       "its end would change the code");
		return NULL;
	}
	for (i = 0; i < ann.npats; i++)
		if (dead[i])
			change(u, l->lineno, '-', arena_strndup(u->a,
			       ann.pats[i].raw, ann.pats[i].rawlen));
	for (i = 0; i < add.n; i++)
		change(u, l->lineno, '+', add.v[i]);
	return res;
}

/* The lines of TEXT, each with the diagnostics of MSGS naming it; *N
 * their count. */
static struct uline *
split_lines(struct arena *a, const char *text, const char *shortname,
	    char **msgs, size_t nmsgs, size_t *n)
{
	struct uline *v = NULL;
	const char *p = text, *f;
	size_t cap = 0, len, flen, i;
	int line;

	for (*n = 0; *p; (*n)++) {
		len = strcspn(p, "\n");
		v = arena_grow(a, v, *n, &cap, sizeof(*v));
		memset(&v[*n], 0, sizeof(*v));
		v[*n].lineno = (int)*n + 1;
		v[*n].end = p + len - (len && p[len - 1] == '\r');
		v[*n].s = arena_strndup(a, p, (size_t)(v[*n].end - p));
		p = v[*n].next = p + len + (p[len] == '\n');
	}
	for (i = 0; i < nmsgs; i++) {
		line = cerror_diag_line(msgs[i], &f, &flen);
		if (line >= 1 && (size_t)line <= *n &&
		    strlen(shortname) == flen && !strncmp(f, shortname, flen))
			arena_push(a, &v[line - 1].diags, msgs[i]);
	}
	return v;
}

/* Do the file's directive or its ERROR comments use / * * /? */
static int
c90_style(struct arena *a, const char *text, const struct uline *v, size_t n)
{
	struct cerror_ann ann;
	size_t i;

	if (strncmp(text + strspn(text, " \t\r\n"), "/*", 2) == 0)
		return 1;
	for (i = 0; i < n; i++)
		if (cerror_parse(a, v[i].s, &ann) && ann.open[1] == '*')
			return 1;
	return 0;
}

char *
cerrupdate_text(struct arena *a, const char *text, const char *shortname,
		const char *const *tags, char **msgs, size_t n,
		struct cerrupdate_changes *ch)
{
	static const char *const plain[] = { "ERROR", NULL };
	struct update u = { a, shortname, tags && *tags ? tags : plain, 0,
			    ch };
	const char **out;
	struct uline *v;
	struct strbuf sb;
	size_t nl, i;
	char *res;
	int changed = 0;

	v = split_lines(a, text, shortname, msgs, n, &nl);
	u.c90 = c90_style(a, text, v, nl);
	out = arena_alloc(a, (nl + 1) * sizeof(*out));
	for (i = 0; i < nl; i++) {
		v[i].taken = arena_alloc(a, v[i].diags.n + 1);
		changed |= (out[i] = update_line(&u, &v[i])) != NULL;
	}
	if (!changed)
		return (char *)text;
	strbuf_init(&sb, 0);
	for (i = 0; i < nl; i++) {
		strbuf_addstr(&sb, out[i] ? out[i] : v[i].s);
		strbuf_add(&sb, v[i].end, (size_t)(v[i].next - v[i].end));
	}
	res = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return res;
}

/* Write TEXT over PATH by a temporary file beside it, keeping its mode. */
static int
write_over(struct arena *a, const char *path, const char *text)
{
	char *tmp = arena_printf(a, "%s.update_errors~", path);
	struct stat st;
	FILE *f;
	int bad, e;

	if (stat(path, &st) < 0 || !(f = fopen(tmp, "w")))
		return -1;
	bad = fputs(text, f) == EOF;
	bad |= fclose(f) == EOF;
	if (bad || chmod(tmp, st.st_mode & 07777) < 0 ||
	    rename(tmp, path) < 0) {
		e = errno;
		unlink(tmp);
		errno = e;
		return -1;
	}
	return 0;
}

int
cerrupdate_job(struct job *j, const struct ctx *c, char **msgs, size_t n)
{
	struct cerrupdate_changes ch = { 0 };
	const struct cerrupdate_change *x;
	char *text = cerrupdate_text(&j->arena, j->text, j->shortname,
				     (const char *const *)c->prof->error_tags,
				     msgs, n, &ch);
	size_t i;

	if (text != j->text && write_over(&j->arena, j->abs, text) < 0)
		return verdict_fail(j, "-update_errors: cannot write %s: %s",
				    j->path, strerror(errno));
	for (i = 0; i < ch.n; i++) {
		x = &ch.v[i];
		if (x->sign == '!')
			warn("update_errors: %s:%d: left as it is: %s", j->path,
			     x->line, x->text);
		else
			warn("update_errors: %s:%d: %c \"%s\"", j->path,
			     x->line, x->sign, x->text);
	}
	j->text = text;
	j->textlen = strlen(text);
	return 0;
}
