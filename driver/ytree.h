#ifndef RUNDRIVER_YTREE_H
#define RUNDRIVER_YTREE_H

#include <stddef.h>

/* A YAML document as a tree: scalars, sequences and mappings with their
 * positions. A mapping keeps its keys and values alternately in kids. */
enum ykind { Y_SCALAR, Y_SEQ, Y_MAP };

struct ynode {
	enum ykind kind;
	char *value;		/* a scalar's text */
	int line, col;		/* 1-based */
	struct ynode **kids;
	size_t n;
};

/* Where a document comes from and where its errors go; KEY, when set,
 * names the key being read. */
struct ysource {
	const char *path;
	char *err;
	size_t errlen;
	const char *key;
};

/* Write "PATH:LINE:COL: " (and "KEY: " when S has one) and the printf
 * message into S's buffer; return -1. */
int ytree_error(const struct ysource *s, int line, int col, const char *fmt,
		...) __attribute__((format(printf, 4, 5)));
/* Parse TEXT[0..len) into the node of its first document (malloc'd;
 * free it with ytree_free). NULL on a syntax error, an anchor or alias,
 * or nesting past 32 levels, with the error in S; NULL with S's buffer
 * untouched when the text holds no document. */
struct ynode *ytree_parse(const struct ysource *s, const char *text,
			  size_t len);
/* Free a tree (NULL is fine). */
void ytree_free(struct ynode *y);

#endif
