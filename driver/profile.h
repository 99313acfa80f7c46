#ifndef RUNDRIVER_PROFILE_H
#define RUNDRIVER_PROFILE_H

#include <stddef.h>

struct dialect;
struct regex;

/* The step templates a profile may define; STEP_RUN runs the program. */
enum step_kind {
	STEP_COMPILE,
	STEP_BUILD,
	STEP_CHECK,
	STEP_ASM,
	STEP_RUN,
	STEP_DEPS,		/* lists the files a compile reads (cache) */
	STEP_NKINDS
};

/* An argv template: words with {placeholders}. */
struct tmpl {
	char **words;
	size_t n;
};

/* A yes-or-no key: unset (the default applies), on or off. */
enum { SWITCH_UNSET, SWITCH_ON, SWITCH_OFF };

/* How to drive one toolchain, loaded from config/NAME.yaml. */
struct profile {
	char *path;		/* the YAML file it came from */
	char *name;
	char *dialect_name;	/* as written: "c", "go" */
	const struct dialect *dialect;	/* its row of the dialect table */
	char **extensions;	/* test file name endings, e.g. ".c" */
	size_t nextensions;
	char *compiler;
	struct tmpl version;
	struct tmpl flags;
	struct tmpl steps[STEP_NKINDS];
	struct tmpl depflags;	/* words that make a step on the test's
				 * own source also write the files it read
				 * to {tmp}/deps.d (make rules), added
				 * while the result cache is on */
	char *diagnostics;	/* pattern with (?<file>) (?<line>) (?<text>) */
	struct regex *diag;	/* diagnostics compiled, or NULL; owned */
	char **error_tags;
	size_t nerror_tags;
	char **tags;		/* NULL-terminated, for requires: */
	size_t ntags;
	double timeout;		/* default seconds per step */
	size_t output_limit;	/* bytes of output kept per step */
	char **env;		/* "KEY=VALUE", NULL-terminated */
	size_t nenv;
	char *known_failures;	/* path of the known-failure list, or NULL */
	char *family;		/* the compiler family (default: the name),
				 * whose releases a matrix lines up */
	char *release;		/* pattern with (?<release>) for the version
				 * command's output, or NULL */
	struct regex *release_rx;	/* release compiled; owned */
	char **value_flags;	/* compiler flags whose value is the next
				 * word of a directive; NULL: the dialect's
				 * default */
	size_t nvalue_flags;
	int cache;		/* SWITCH_OFF: the result cache is not used */
	char **tool_env;	/* "KEY=VALUE" for the toolchain's own
				 * commands (never the test program), or NULL */
	size_t ntool_env;
	int direct_tools;	/* Go: SWITCH_OFF runs tools via "go tool" */
	char **identity;	/* files (globs) whose contents identify the
				 * toolchain for the result cache */
	size_t nidentity;
};

/* Load and validate the profile file PATH (after the profile its extends:
 * key names, whose keys it may set again): its keys, its dialect and
 * what that dialect needs of it; any error is fatal (exit 2) and names
 * PATH:LINE:COL. The caller releases with profile_free. */
struct profile *profile_load(const char *path);
/* Load profile text TEXT as if read from PATH; NULL with ERR set (naming
 * PATH:LINE:COL) on error. For tests and profile_load. */
struct profile *profile_parse(const char *path, const char *text,
			      size_t len, char *err, size_t errlen);
/* The file of the profile called NAME (a name or a path ending in
 * .yaml) searched in CONFIGDIR; malloc'd. */
char *profile_find(const char *name, const char *configdir);
/* The children's environment P asks for: its env, plus LC_ALL=C and the
 * driver's PATH unless it sets them. Malloc'd, NULL-terminated; the
 * caller frees it with free_strv. */
char **profile_env(const struct profile *p);
/* Free a profile. */
void profile_free(struct profile *p);

/* The YAML key of step K ("compile", "asm"...), static memory. */
const char *profile_step_name(enum step_kind k);

#endif
