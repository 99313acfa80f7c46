#ifndef RUNDRIVER_UNIT_H
#define RUNDRIVER_UNIT_H

/* A tiny table-driven test harness: each case is one check(). */

/* Record one case: NAME passed when OK, else print why. */
void check(int ok, const char *name, const char *fmt, ...);
/* Compare two strings (NULL allowed) as one case. */
void check_str(const char *name, const char *got, const char *want);
/* Compare two numbers as one case. */
void check_int(const char *name, long got, long want);
/* Write TEXT to the file DIR/NAME (a fixture of a test). */
void unit_put(const char *dir, const char *name, const char *text);

/* The test groups, one per pure module. */
void test_recipe(void);
void test_constraint(void);
void test_errcheck(void);
void test_cerrupdate(void);
void test_diff(void);
void test_profile(void);
void test_flags(void);
void test_discover(void);
void test_golden(void);
void test_arena(void);
void test_goconstraint(void);
void test_gorecipe(void);
void test_goerrcheck(void);
void test_goasmcheck(void);
void test_casmcheck(void);
void test_release(void);
void test_suite(void);
void test_results(void);
void test_json(void);
void test_sha256(void);

#endif
