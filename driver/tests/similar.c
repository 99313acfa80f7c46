/*
 * similar: does a regression case (fixedbugs/, bugs/) copy or adapt a test
 * of GCC's own testsuite? GCC's tests are GPL; ours are written from the
 * bug's description.
 *
 *   build/similar [-bound B] [-v] TESTSUITE_DIR CASE.c...
 *
 * One line per case: "CASE: SCORE against FILE" (FILE under TESTSUITE_DIR,
 * or "no matching file"), or "CASE: copied? SCORE > BOUND against FILE"
 * and exit 1; -v adds each view's counts. Exit 2 on usage or read errors.
 *
 * A text is its C tokens: comments, whitespace, preprocessor lines gone.
 * The score of case C against file F is the fraction of C's token k-grams
 * found in F, each position of C counted (counted distinct, the 35 arms of
 * pr48809's copied switch, constants changed, are 6 k-grams: that copy
 * scored 0.35). The larger of two views:
 *  - RAW, k = 8, against every .c file: a copy under any name. Against a
 *    file of another PR the best score was 0.29 at k = 6, 0.22 at k = 8
 *    (pr66233's loops, "for (int i = 0; i < N; i++)"), 0.17 at k = 10;
 *    a renamed copy fell faster (pr59138: 0.39, 0.31, 0.25).
 *  - NORMALISED, k = 6: identifiers but keywords become ID, numbers NUM,
 *    literals STR. Boilerplate matches everywhere, so only against the
 *    case's PR: for gcc-prNNNNN.c, the files named prNNNNN and a non-digit
 *    and those that cite "PR [component/]NNNNN", as the date-named tests
 *    do (20021024-1.c: "PR target/6981"; two of the copies were of those).
 * One hash table holds the cases' k-grams of both views, a slot for each
 * position, stamped by the last file that matched it; the testsuite is
 * read once (~27,000 files in 1.5 s).
 *
 * Bound 0.50: over half of the case is in one GCC test. Against GCC 12.2's
 * gcc.c-torture, gcc.dg and gcc.target/i386, the six copies first found
 * scored 0.55 (pr22026, its main new) to 0.81 (pr70602), and eleven more
 * cases that kept GCC's statements and names 0.51 to 0.90; the llvm and
 * tcc cases at most 0.10. All seventeen were rewritten from their bug
 * reports (0.01 to 0.20 after) or dropped. What scores highest now is
 * common idiom, not a copy: a 44-gram errorcheck case whose summing loop
 * an analyzer test shares (0.48), then 0.40 and below.
 */
#define _XOPEN_SOURCE 700

#include <ctype.h>
#include <errno.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define USAGE "similar [-bound B] [-v] TESTSUITE_DIR CASE.c..."

enum { RAW_K = 8, NORM_K = 6 };
enum { ID_TOK = 1, NUM_TOK, STR_TOK };	/* normalised token hashes */

struct hashes {
	uint64_t *v;
	size_t n, cap;
};

struct scase {
	const char *path;
	char pr[24];			/* "prNNNNN" for gcc-prNNNNN.c, else "" */
	struct hashes raw, norm;	/* its k-grams, in order */
	size_t hit[2];			/* best count of raw, normalised */
	const char *best[2];		/* and the file */
	size_t nmatch;			/* testsuite files of its PR */
	int match;			/* whether the file at hand is one */
};

struct slot {
	uint64_t h;
	uint32_t view, stamp;		/* view: case * 2 + normalised */
};

static const char *const keywords[] = {	/* C11 6.4.1 */
	"_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic",
	"_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local", "auto",
	"break", "case", "char", "const", "continue", "default", "do",
	"double", "else", "enum", "extern", "float", "for", "goto", "if",
	"inline", "int", "long", "register", "restrict", "return", "short",
	"signed", "sizeof", "static", "struct", "switch", "typedef", "union",
	"unsigned", "void", "volatile", "while",
};

static const char *const puncts[] = {	/* multi-character, longest first */
	">>=", "<<=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==",
	"!=", "&&", "||", "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "##",
};

static char **paths;		/* the testsuite's .c files */
static size_t npaths, cappaths;
static struct slot *table;	/* the cases' k-grams */
static size_t tmask;
static struct hashes fraw, fnorm;	/* a testsuite file's k-grams */
static size_t *hits;		/* per view: its k-grams found in the file */

static _Noreturn void
fail(const char *what, const char *why)
{
	fprintf(stderr, "similar: %s: %s\n", what, why);
	exit(2);
}

static void *
xrealloc(void *p, size_t n)
{
	if (!(p = realloc(p, n ? n : 1)))
		fail("realloc", strerror(errno));
	return p;
}

static void
hashes_push(struct hashes *h, uint64_t v)
{
	if (h->n == h->cap)
		h->v = xrealloc(h->v, (h->cap = h->cap ? 2 * h->cap : 1024) * sizeof *h->v);
	h->v[h->n++] = v;
}

/* Read PATH into *buf (grown as needed), NUL-terminated. */
static void
file_read(const char *path, char **buf, size_t *cap)
{
	FILE *f = fopen(path, "rb");
	size_t n = 0;

	if (!f)
		fail(path, strerror(errno));
	do {
		if (*cap - n < 2)
			*buf = xrealloc(*buf, *cap = *cap ? 2 * *cap : 65536);
		n += fread(*buf + n, 1, *cap - n - 1, f);
		if (ferror(f))
			fail(path, strerror(errno));
	} while (!feof(f));
	fclose(f);
	(*buf)[n] = '\0';
}

static int
is_keyword(const char *s, size_t n)
{
	size_t k;

	for (k = 0; k < sizeof keywords / sizeof *keywords; k++)
		if (!strncmp(s, keywords[k], n) && !keywords[k][n])
			return 1;
	return 0;
}

/* The end of the line at I, backslash-newlines followed. */
static size_t
line_end(const char *s, size_t i)
{
	while (s[i] && (s[i] != '\n' || (i > 0 && s[i - 1] == '\\')))
		i++;
	return i;
}

/* The end of the token at I; *cls its normalised class, 0 for itself. */
static size_t
token_end(const char *s, size_t i, int *cls)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j = i + 1, k;

	*cls = STR_TOK;
	if (s[i] == '"' || s[i] == '\'') {	/* to the quote or the line end */
		while (s[j] && s[j] != s[i] && s[j] != '\n')
			j += s[j] == '\\' && s[j + 1] ? 2 : 1;
		return s[j] == s[i] ? j + 1 : j;
	}
	*cls = NUM_TOK;
	if (isdigit(u[i]) || (s[i] == '.' && isdigit(u[j]))) {
		while (isalnum(u[j]) || s[j] == '_' || s[j] == '.' ||
		    ((s[j] == '+' || s[j] == '-') && strchr("eEpP", s[j - 1])))
			j++;
		return j;
	}
	*cls = ID_TOK;
	if (isalpha(u[i]) || s[i] == '_' || s[i] == '$' || u[i] >= 0x80) {
		while (isalnum(u[j]) || s[j] == '_' || s[j] == '$' || u[j] >= 0x80)
			j++;
		return j;
	}
	*cls = 0;
	for (k = 0; k < sizeof puncts / sizeof *puncts; k++)
		if (!strncmp(s + i, puncts[k], strlen(puncts[k])))
			return i + strlen(puncts[k]);
	return j;
}

/* The hash of the k-gram ending at token N-1, from a ring of K hashes. */
static uint64_t
gram(const uint64_t *ring, size_t k, size_t n)
{
	uint64_t h = 0;
	size_t j;

	for (j = 0; j < k; j++)
		h = (h ^ ring[(n + j) % k]) * 0x9e3779b97f4a7c15u;
	return (h ^ h >> 32) | 1;	/* never 0, an empty slot */
}

/* The k-gram hashes of text S, in order: RAW, and NORM when not NULL. */
static void
kgrams(const char *s, struct hashes *raw, struct hashes *norm)
{
	uint64_t r[RAW_K], m[NORM_K], h;
	size_t i = 0, j, n = 0;
	int bol = 1, cls;

	raw->n = 0;
	if (norm)
		norm->n = 0;
	while (s[i]) {
		if (s[i] == '\n' || (s[i] == '#' && bol)) {
			bol = s[i] == '\n';
			i = bol ? i + 1 : line_end(s, i);
		} else if (isspace((unsigned char)s[i]) || s[i] == '\\') {
			i++;
		} else if (s[i] == '/' && s[i + 1] == '/') {
			i = line_end(s, i);
		} else if (s[i] == '/' && s[i + 1] == '*') {
			const char *e = strstr(s + i + 2, "*/");

			i = e ? (size_t)(e - s) + 2 : i + strlen(s + i);
		} else {
			bol = 0;
			j = token_end(s, i, &cls);
			if (norm && cls == ID_TOK && is_keyword(s + i, j - i))
				cls = 0;
			for (h = 0xcbf29ce484222325u; i < j; i++)	/* FNV-1a */
				h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
			r[n % RAW_K] = h;
			m[n % NORM_K] = cls ? (uint64_t)cls : h;
			if (++n >= RAW_K)
				hashes_push(raw, gram(r, RAW_K, n));
			if (norm && n >= NORM_K)
				hashes_push(norm, gram(m, NORM_K, n));
		}
	}
}

/* Mark the cases whose PR text S cites as "PR [component/]NNNNN". */
static void
cases_cited(struct scase *cs, size_t ncs, const char *s)
{
	size_t c, k;

	while ((s = strstr(s, "PR"))) {
		for (s += 2; *s == ' '; s++)
			;
		for (k = 0; isalnum((unsigned char)s[k]) || s[k] == '-' ||
		    s[k] == '+' || s[k] == '_'; k++)
			;
		if (s[k] == '/')
			s += k + 1;
		for (k = 0; isdigit((unsigned char)s[k]); k++)
			;
		for (c = 0; k && c < ncs; c++)
			if (!strncmp(s, cs[c].pr + 2, k) && !cs[c].pr[2 + k])
				cs[c].match = 1;
	}
}

static int
walk_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	size_t n = strlen(path);

	(void)st, (void)ftw;
	if (type == FTW_DNR || type == FTW_NS)
		fail(path, "cannot read");
	if (type != FTW_F || n < 2 || strcmp(path + n - 2, ".c"))
		return 0;
	if (npaths == cappaths)
		paths = xrealloc(paths, (cappaths = cappaths ? 2 * cappaths : 4096) * sizeof *paths);
	if (!(paths[npaths++] = strdup(path)))
		fail("strdup", strerror(errno));
	return 0;
}

static int
strpcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Read case PATH: its k-grams, its PR if named gcc-prNNNNN. */
static void
case_load(struct scase *c, const char *path, char **buf, size_t *cap)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t n = 0;

	c->path = path;
	file_read(path, buf, cap);
	kgrams(*buf, &c->raw, &c->norm);
	if (strncmp(base, "gcc-pr", 6))
		return;
	for (memcpy(c->pr, "pr", 2); n + 3 < sizeof c->pr; n++)
		if (!isdigit((unsigned char)(c->pr[2 + n] = base[6 + n])))
			break;
	c->pr[n ? 2 + n : 0] = '\0';
}

/* Put the N hashes V of VIEW into the table. */
static void
table_add(const uint64_t *v, size_t n, uint32_t view)
{
	size_t at;

	while (n--) {
		for (at = v[n] & tmask; table[at].h; at = (at + 1) & tmask)
			;
		table[at] = (struct slot){ v[n], view, 0 };
	}
}

/* Count each of the N hashes V in hits[view] of the slots holding it, each
 * slot once per file (STAMP). */
static void
table_count(const uint64_t *v, size_t n, uint32_t stamp)
{
	size_t at;

	while (n--)
		for (at = v[n] & tmask; table[at].h; at = (at + 1) & tmask)
			if (table[at].h == v[n] && table[at].stamp != stamp) {
				table[at].stamp = stamp;
				hits[table[at].view]++;
			}
}

/* Score the cases against testsuite file F, text S; STAMP is F's own. */
static void
scan_file(struct scase *cs, size_t ncs, const char *f, const char *s,
    uint32_t stamp)
{
	const char *base = strrchr(f, '/') + 1;
	size_t c, v, n;
	int matched = 0;

	for (c = 0; c < ncs; c++) {
		n = strlen(cs[c].pr);
		cs[c].match = n && !strncmp(base, cs[c].pr, n) &&
		    !isdigit((unsigned char)base[n]);
	}
	cases_cited(cs, ncs, s);
	for (c = 0; c < ncs; c++)
		matched |= cs[c].match;
	memset(hits, 0, 2 * ncs * sizeof *hits);
	kgrams(s, &fraw, matched ? &fnorm : NULL);
	table_count(fraw.v, fraw.n, stamp);
	if (matched)
		table_count(fnorm.v, fnorm.n, stamp);
	for (c = 0; c < ncs; c++) {
		cs[c].nmatch += cs[c].match;
		for (v = 0; v < 2; v++)
			if ((v == 0 || cs[c].match) && hits[2 * c + v] > cs[c].hit[v]) {
				cs[c].hit[v] = hits[2 * c + v];
				cs[c].best[v] = f;
			}
	}
}

/* Print case C's line (SKIP: the length of the testsuite folder's prefix);
 * return whether it scores above BOUND. */
static int
case_report(const struct scase *c, size_t skip, double bound, int verbose)
{
	double raw = c->raw.n ? (double)c->hit[0] / c->raw.n : 0;
	double norm = c->norm.n ? (double)c->hit[1] / c->norm.n : 0;
	double score = norm > raw ? norm : raw;
	const char *f = c->best[norm > raw];

	printf("%s: %s%.2f", c->path, score > bound ? "copied? " : "", score);
	if (score > bound)
		printf(" > %.2f", bound);
	printf(" against %s", f ? f + skip : "no matching file");
	if (verbose)
		printf(" (raw %zu/%zu %s; normalised %zu/%zu %s, %zu files of %s)",
		    c->hit[0], c->raw.n, c->best[0] ? c->best[0] + skip : "-",
		    c->hit[1], c->norm.n, c->best[1] ? c->best[1] + skip : "-",
		    c->nmatch, c->pr[0] ? c->pr : "no PR");
	putchar('\n');
	return score > bound;
}

int
main(int argc, char **argv)
{
	struct scase *cs;
	double bound = 0.50;
	int verbose = 0, status = 0, a = 1;
	char *buf = NULL, *end, *dir;
	size_t cap = 0, ncs, c, i, slots = 0;

	for (; a < argc && argv[a][0] == '-'; a++)
		if (!strcmp(argv[a], "-v")) {
			verbose = 1;
		} else if (!strcmp(argv[a], "-bound") && a + 1 < argc) {
			bound = strtod(argv[++a], &end);
			if (*end || end == argv[a] || !(bound >= 0 && bound <= 1))
				fail(argv[a], "bound must be a number from 0 to 1");
		} else {
			fail(argv[a], "bad option; usage: " USAGE);
		}
	if (argc - a < 2)
		fail("usage", USAGE);
	dir = argv[a++];
	for (i = strlen(dir); i > 1 && dir[i - 1] == '/'; i--)
		dir[i - 1] = '\0';	/* as nftw prints it */
	ncs = (size_t)(argc - a);
	cs = xrealloc(NULL, ncs * sizeof *cs);
	memset(cs, 0, ncs * sizeof *cs);
	hits = xrealloc(NULL, 2 * ncs * sizeof *hits);
	for (c = 0; c < ncs; c++) {
		case_load(&cs[c], argv[a + c], &buf, &cap);
		slots += cs[c].raw.n + cs[c].norm.n;
	}
	for (tmask = 1023; tmask < 2 * slots; tmask = 2 * tmask + 1)
		;
	table = xrealloc(NULL, (tmask + 1) * sizeof *table);
	memset(table, 0, (tmask + 1) * sizeof *table);
	for (c = 0; c < ncs; c++) {
		table_add(cs[c].raw.v, cs[c].raw.n, (uint32_t)(2 * c));
		table_add(cs[c].norm.v, cs[c].norm.n, (uint32_t)(2 * c + 1));
	}
	if (nftw(dir, walk_one, 32, FTW_PHYS))
		fail(dir, strerror(errno));
	if (!npaths)
		fail(dir, "no .c files");
	qsort(paths, npaths, sizeof *paths, strpcmp);
	for (i = 0; i < npaths; i++) {
		file_read(paths[i], &buf, &cap);
		scan_file(cs, ncs, paths[i], buf, (uint32_t)i + 1);
	}
	for (c = 0; c < ncs; c++) {
		status |= case_report(&cs[c], strlen(dir) + 1, bound, verbose);
		free(cs[c].raw.v);
		free(cs[c].norm.v);
	}
	for (i = 0; i < npaths; i++)
		free(paths[i]);
	free(paths), free(table), free(cs), free(hits), free(buf);
	free(fraw.v), free(fnorm.v);
	return status;
}
