#ifndef RUNDRIVER_JSON_H
#define RUNDRIVER_JSON_H

#include <stddef.h>

struct strbuf;

/* Append the N bytes of S to SB as a JSON string: quotes, backslashes and
 * control bytes escaped, invalid UTF-8 as U+FFFD, so that any output makes
 * valid JSON. */
void json_string(struct strbuf *sb, const char *s, size_t n);

/* One event of a test2json stream as rundriver writes it; the strings are
 * malloc'd (NULL when absent). */
struct json_event {
	char *action, *package, *test, *output, *path;
	double elapsed;
	double compile_cpu;	/* user+sys seconds of its steps but "run" */
	double compile_rss_kb;	/* the largest peak RSS of those steps */
	char **tests;		/* a package's "Tests" list (NULL-ended) */
	size_t ntests;
};

/* Read the JSON object LINE into EV. Return 0, or -1 when LINE is not an
 * object with an "Action" (EV is then empty). Free with json_event_free. */
int json_event_read(const char *line, struct json_event *ev);
void json_event_free(struct json_event *ev);

/* The events of a -json file, read one at a time. */
struct json_file {
	const char *who, *path;	/* the sub-command and the file, for
				 * messages */
	char *text, *next;
	int lineno;
};

/* Read the -json file PATH for sub-command WHO; fatal when unreadable. */
void json_file_open(struct json_file *f, const char *who, const char *path);
/* The next event of F into EV (json_event_free it): 1, or 0 at the end,
 * where F's memory is freed. A line that is not an event is fatal, naming
 * the file and line. */
int json_file_next(struct json_file *f, struct json_event *ev);

#endif
