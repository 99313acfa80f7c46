/* JSON text: strings written with every byte escaped as JSON and Go's
 * encoding/json do (invalid UTF-8 becomes U+FFFD), and a small reader of
 * the flat event objects rundriver writes (test2json's fields and the
 * "Steps" and "Tests" lists), a file of them at a time, for compare and
 * merge. */
#define _POSIX_C_SOURCE 200809L
#include "json.h"
#include "strbuf.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The length of the valid UTF-8 sequence at S (at most N bytes), or 0. */
static size_t
utf8_len(const unsigned char *s, size_t n)
{
	size_t len, i;
	unsigned long cp;

	if (s[0] < 0x80)
		return 1;
	len = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 :
	      s[0] >= 0xc2 && s[0] < 0xe0 ? 2 : 0;
	if (len == 0 || len > n || (len == 3 && s[0] >= 0xf0))
		return 0;
	cp = s[0] & (0x7f >> len);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	return len;
}

void
json_string(struct strbuf *sb, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	size_t len;

	strbuf_addstr(sb, "\"");
	while (p < end) {
		if (*p == '"' || *p == '\\') {
			strbuf_addf(sb, "\\%c", *p++);
		} else if (*p == '\n') {
			strbuf_addstr(sb, "\\n"), p++;
		} else if (*p == '\t') {
			strbuf_addstr(sb, "\\t"), p++;
		} else if (*p < 0x20 || *p == 0x7f) {
			strbuf_addf(sb, "\\u%04x", *p++);
		} else if ((len = utf8_len(p, (size_t)(end - p))) == 0) {
			strbuf_addstr(sb, "\\ufffd"), p++;
		} else {
			strbuf_add(sb, (const char *)p, len);
			p += len;
		}
	}
	strbuf_addstr(sb, "\"");
}

/* ---- reading ---- */

static const char *
skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		p++;
	return p;
}

/* Read a JSON string at P (at its quote) into SB; return what follows,
 * or NULL. \u escapes of the BMP are written as UTF-8. */
static const char *
read_string(const char *p, struct strbuf *sb)
{
	unsigned cp;
	char u[4];

	if (*p++ != '"')
		return NULL;
	while (*p && *p != '"') {
		if (*p != '\\') {
			strbuf_add(sb, p++, 1);
			continue;
		}
		switch (*++p) {
		case 'n': strbuf_addstr(sb, "\n"); break;
		case 't': strbuf_addstr(sb, "\t"); break;
		case 'r': strbuf_addstr(sb, "\r"); break;
		case 'b': strbuf_addstr(sb, "\b"); break;
		case 'f': strbuf_addstr(sb, "\f"); break;
		case 'u':
			if (sscanf(p + 1, "%4x", &cp) != 1)
				return NULL;
			if (cp < 0x80) {
				u[0] = (char)cp;
				strbuf_add(sb, u, 1);
			} else if (cp < 0x800) {
				u[0] = (char)(0xc0 | cp >> 6);
				u[1] = (char)(0x80 | (cp & 0x3f));
				strbuf_add(sb, u, 2);
			} else {
				u[0] = (char)(0xe0 | cp >> 12);
				u[1] = (char)(0x80 | (cp >> 6 & 0x3f));
				u[2] = (char)(0x80 | (cp & 0x3f));
				strbuf_add(sb, u, 3);
			}
			p += 4;
			break;
		case '\0': return NULL;
		default: strbuf_add(sb, p, 1); break;
		}
		p++;
	}
	return *p == '"' ? p + 1 : NULL;
}

/* Skip one JSON value at P; return what follows, or NULL. */
static const char *
skip_value(const char *p)
{
	struct strbuf sb;
	int depth = 0;

	p = skip_ws(p);
	if (*p == '"') {
		strbuf_init(&sb, 0);
		p = read_string(p, &sb);
		strbuf_release(&sb);
		return p;
	}
	if (*p != '[' && *p != '{')
		return p + strcspn(p, ",}] \t\r\n");
	do {
		if (*p == '"') {
			if (!(p = skip_value(p)))
				return NULL;
			continue;
		}
		depth += *p == '[' || *p == '{';
		depth -= *p == ']' || *p == '}';
		if (!*p)
			return NULL;
		p++;
	} while (depth > 0);
	return p;
}

/* The "Steps" list at P: sum what its compile-side steps cost into EV.
 * Return what follows, or NULL. */
static const char *
read_steps(const char *p, struct json_event *ev)
{
	struct strbuf key, name;
	double v;
	int run;

	if (*(p = skip_ws(p)) != '[')
		return NULL;
	for (p = skip_ws(p + 1); *p == '{'; p = skip_ws(p)) {
		strbuf_init(&name, 0);
		run = 0;
		for (p = skip_ws(p + 1); *p == '"'; ) {
			strbuf_init(&key, 0);
			p = read_string(p, &key);
			if (!p || *(p = skip_ws(p)) != ':') {
				strbuf_release(&key);
				strbuf_release(&name);
				return NULL;
			}
			p = skip_ws(p + 1);
			if (strcmp(key.buf, "Step") == 0 && *p == '"') {
				p = read_string(p, &name);
				run = name.buf && strcmp(name.buf, "run") == 0;
			} else if (sscanf(p, "%lf", &v) == 1) {
				if (!run && (!strcmp(key.buf, "User") ||
					     !strcmp(key.buf, "Sys")))
					ev->compile_cpu += v;
				if (!run && !strcmp(key.buf, "MaxRSSKB") &&
				    v > ev->compile_rss_kb)
					ev->compile_rss_kb = v;
				p = skip_value(p);
			} else {
				p = skip_value(p);
			}
			strbuf_release(&key);
			if (!p)
				break;
			p = skip_ws(p);
			if (*p == ',')
				p = skip_ws(p + 1);
		}
		strbuf_release(&name);
		if (!p || *p != '}')
			return NULL;
		p = skip_ws(p + 1);
		if (*p == ',')
			p++;
	}
	return *p == ']' ? p + 1 : NULL;
}

/* The list of strings at P into EV's tests. Return what follows, or
 * NULL. */
static const char *
read_tests(const char *p, struct json_event *ev)
{
	struct strbuf sb;

	if (*(p = skip_ws(p)) != '[')
		return NULL;
	for (p = skip_ws(p + 1); *p == '"'; ) {
		strbuf_init(&sb, 0);
		if (!(p = read_string(p, &sb))) {
			strbuf_release(&sb);
			return NULL;
		}
		strv_push(&ev->tests, &ev->ntests, strbuf_detach(&sb));
		strbuf_release(&sb);
		p = skip_ws(p);
		if (*p == ',')
			p = skip_ws(p + 1);
	}
	return *p == ']' ? p + 1 : NULL;
}

/* Store the string value of KEY in EV when it is one of its fields. */
static void
keep_string(struct json_event *ev, const char *key, char *value)
{
	char **slot = !strcmp(key, "Action") ? &ev->action :
		      !strcmp(key, "Package") ? &ev->package :
		      !strcmp(key, "Test") ? &ev->test :
		      !strcmp(key, "Output") ? &ev->output :
		      !strcmp(key, "Path") ? &ev->path : NULL;

	if (slot) {
		free(*slot);
		*slot = value;
	} else {
		free(value);
	}
}

int
json_event_read(const char *line, struct json_event *ev)
{
	const char *p = skip_ws(line);
	struct strbuf key, val;

	memset(ev, 0, sizeof(*ev));
	if (*p++ != '{')
		return -1;
	for (p = skip_ws(p); *p == '"'; ) {
		strbuf_init(&key, 0);
		strbuf_init(&val, 0);
		p = read_string(p, &key);
		if (p && *(p = skip_ws(p)) == ':')
			p = skip_ws(p + 1);
		else
			p = NULL;
		if (p && *p == '"' && (p = read_string(p, &val)))
			keep_string(ev, key.buf, strbuf_detach(&val));
		else if (p && strcmp(key.buf, "Elapsed") == 0)
			ev->elapsed = strtod(p, NULL), p = skip_value(p);
		else if (p && strcmp(key.buf, "Steps") == 0)
			p = read_steps(p, ev);
		else if (p && strcmp(key.buf, "Tests") == 0)
			p = read_tests(p, ev);
		else if (p)
			p = skip_value(p);
		strbuf_release(&key);
		strbuf_release(&val);
		if (!p)
			break;
		p = skip_ws(p);
		if (*p == ',')
			p = skip_ws(p + 1);
	}
	if (!p || *p != '}' || !ev->action) {
		json_event_free(ev);
		return -1;
	}
	return 0;
}

void
json_event_free(struct json_event *ev)
{
	free(ev->action);
	free(ev->package);
	free(ev->test);
	free(ev->output);
	free(ev->path);
	if (ev->tests)
		free_strv(ev->tests);
	memset(ev, 0, sizeof(*ev));
}

void
json_file_open(struct json_file *f, const char *who, const char *path)
{
	f->who = who;
	f->path = path;
	f->lineno = 0;
	f->next = f->text = slurp_file(path, NULL);
	if (!f->text)
		fatal("%s: %s: %s", who, path, strerror(errno));
}

int
json_file_next(struct json_file *f, struct json_event *ev)
{
	char *line = f->next, *nl;

	if (!line || !*line) {
		free(f->text);
		f->text = f->next = NULL;
		return 0;
	}
	if ((nl = strchr(line, '\n')))
		*nl = '\0';
	f->next = nl ? nl + 1 : NULL;
	f->lineno++;
	if (json_event_read(line, ev) < 0)
		fatal("%s: %s:%d: not a test2json event", f->who, f->path,
		      f->lineno);
	return 1;
}
