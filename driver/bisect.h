#ifndef RUNDRIVER_BISECT_H
#define RUNDRIVER_BISECT_H

/* "rundriver bisect -repo DIR -good REV -bad REV [-build CMD] [-fix]
 * [flags] TESTS...": find the first commit of DIR where the TESTS fail
 * (with -fix: pass; -bad is then the older end) with git bisect, in a
 * temporary worktree, running CMD there before each test run; {worktree}
 * in CMD and the flags stands for its folder. Prints a line per step and
 * the commit found. Return the exit status: 0 found, 1 only skipped
 * commits left; errors are fatal (exit 2). */
int bisect_main(int argc, char **argv);

#endif
