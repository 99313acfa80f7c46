/* Unit tests of discover.c: run.go's FNV-1 hash and the folder walk. */
#define _POSIX_C_SOURCE 200809L
#include "unit.h"
#include "discover.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* run.go's own test vectors for the shard hash. */
static void
test_fnv(void)
{
	static const struct {
		const char *name;
		unsigned long hash;
	} cases[] = {
		{ "235.go", 956114551ul },
		{ "64bit.go", 1134403632ul },
		{ "bug000.go", 3532704913ul },
		{ "run.go", 3137865648ul },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_int(cases[i].name, (long)discover_fnv1(cases[i].name),
			  (long)cases[i].hash);
}

static void
touch(const char *dir, const char *name)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	if (f)
		fclose(f);
}

/* A tree with sub-folders, a .dir, dot-entries and a symlink loop. */
static void
test_walk(void)
{
	static const char *const exts[] = { ".c", NULL };
	char dir[] = "/tmp/rd-unit-XXXXXX", path[512], err[256], *a;
	struct testlist t;
	size_t i;
	char got[2048] = "";

	if (!mkdtemp(dir)) {
		check(0, "mkdtemp", "failed");
		return;
	}
	snprintf(path, sizeof(path), "%s/b", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/a.dir", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/.hidden", dir);
	mkdir(path, 0755);
	touch(dir, "z.c");
	touch(dir, "a.c");
	touch(dir, "a.out");
	touch(dir, "a.dir/inner.c");
	touch(dir, ".hidden/h.c");
	touch(dir, ".dot.c");
	touch(dir, "b/m.c");
	snprintf(path, sizeof(path), "%s/b/loop", dir);
	if (symlink("..", path) < 0)
		check(0, "symlink", "failed");
	a = dir;
	check_int("walk", discover((const char *const *)&a, 1, exts, 0, 0, &t,
				   err, sizeof(err)), 0);
	for (i = 0; i < t.n; i++) {
		strcat(got, t.paths[i] + strlen(dir));
		strcat(got, " ");
	}
	check_str("sorted, no .dir, no dot-entries, loop survived", got,
		  "/a.c /b/m.c /z.c ");
	testlist_free(&t);
	snprintf(path, sizeof(path), "%s/nope", dir);
	a = path;
	check_int("missing path", discover((const char *const *)&a, 1, exts,
					   0, 0, &t, err, sizeof(err)), -1);
	check(strstr(err, "No such file") != NULL, "missing path message",
	      "%s", err);
	testlist_free(&t);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	if (system(path) != 0)
		check(0, "cleanup", "%s", path);
}

void
test_discover(void)
{
	test_fnv();
	test_walk();
}
