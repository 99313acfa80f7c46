#!/usr/bin/env bash
# End-to-end tests of rundriver: process control, timeouts, output capture,
# errorcheck and recipe errors, bad input, signals, driven through the fake
# compiler of driver/tests/helper.c and the fixtures under driver/tests/e2e/.
# The harness is e2e-lib.sh, the hand-written cases e2e-cases.sh and, for
# -update_errors, e2e-update.sh; the engineer's loop e2e-loop.sh; the
# result cache e2e-cache.sh; a job array on a private Slurm cluster
# e2e-slurm.sh; the table of cases is at the end of this file.
#
# usage: driver/tests/e2e.sh [path-to-rundriver]    (from the repo root)
# env:   CC         compiler for helper.c, helper-cc.c (default cc)
#        E2E_ONLY   run only the cases whose name matches this regexp
#        E2E_VERBOSE=1  show the driver's output of failing cases
#        E2E_KEEP=1     keep the work dir (outputs of every case in cases/)
#        E2E_WRAP   a command the driver runs under, e.g.
#                   E2E_WRAP="valgrind -q --error-exitcode=99 --leak-check=full
#                   --errors-for-leak-kinds=definite --trace-children=no":
#                   time limits widen, the RSS bound is not checked, and
#                   exit status 99 or any "==PID==" line on stderr fails
#                   the case
#        E2E_RSS_MAX_MB the bound on the driver's peak RSS (default 64)
#
# After every case: no process of the helper is alive, found both by
# command line (one holding the work dir) and by process group (every helper
# process, children included, records its group in $WORK/procs/, and none
# of those groups may have a member left); $TMPDIR is empty; the fixture tree is
# unchanged; the driver's peak RSS (helper's "measure" mode: wait4's
# ru_maxrss, which covers the driver and the children it reaped) is under
# the bound. The last lines are a table of the hostile cases and
# "e2e: N passed, N failed, N skipped" (a case that cannot run on this
# machine says why and counts as skipped).
#
# What the driver guarantees about the source tree: it never writes there
# itself (except -bless, -update_errors and promote); every command runs in
# the test's private temp dir, with TMPDIR pointing there, so files written
# by relative path, even "../x", land in the run's temp root and are
# removed, and links out of it are removed without being followed. It is
# no sandbox: a test that writes by absolute path (or climbs out of the
# temp root with "../../") writes where it says.
set -u
export LC_ALL=C
unset RUNDRIVER_COMPILER RUNDRIVER_CONFIG RUNDRIVER_STORE RUNDRIVER_CACHE_LIMIT \
    CI_NODE_INDEX \
    CI_NODE_TOTAL BUILDKITE_PARALLEL_JOB BUILDKITE_PARALLEL_JOB_COUNT \
    CIRCLE_NODE_INDEX CIRCLE_NODE_TOTAL SLURM_ARRAY_TASK_ID \
    SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN JOB_COMPLETION_INDEX

RD=${1:-./rundriver}
E2E=driver/tests/e2e

if [ ! -f driver/tests/helper.c ] || [ ! -d "$E2E" ]; then
	echo "e2e: run me from the repository root" >&2
	exit 2
fi
if [ ! -x "$RD" ]; then
	echo "e2e: $RD: no such executable (build it with make)" >&2
	exit 2
fi

read -ra WRAP <<<"${E2E_WRAP:-}"
RSS_MAX_MB=${E2E_RSS_MAX_MB:-64}
DRIVE_LIMIT=60
[ ${#WRAP[@]} -gt 0 ] && DRIVE_LIMIT=300

WORK=$(mktemp -d) || exit 2
cleanup()
{
	kill_strays
	[ -n "${E2E_KEEP:-}" ] && echo "e2e: work dir kept: $WORK" >&2
	[ -n "${E2E_KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! ${CC:-cc} -std=c11 -Wall -Wextra -Wpedantic -Wshadow -O1 \
    -o "$WORK/helper" driver/tests/helper.c driver/tests/helper-cc.c; then
	echo "e2e: cannot build driver/tests/helper.c" >&2
	exit 2
fi
ln -s helper "$WORK/fakecc"
mkdir "$WORK/tmp" "$WORK/cases" "$WORK/procs" "$WORK/gen"
export TMPDIR=$WORK/tmp
export RUNDRIVER_STORE=$WORK/store	# not the working folder's results
export RUNDRIVER_CACHE=off	# every run runs (the cache cases use one)

PASSED=0
FAILED=0
SKIPPED=0
HOSTILE=0	# cases begun while set go into the final table
TABLE=()

. driver/tests/e2e-lib.sh
. driver/tests/e2e-cases.sh
. driver/tests/e2e-update.sh
. driver/tests/e2e-loop.sh
. driver/tests/e2e-cache.sh
. driver/tests/e2e-slurm.sh

# ---- the cases ----

HOSTILE=1	# the misbehaving programs and compilers, and signals

# run: pass, output, exit status
t run-pass 5 0 'proc/pass.c' '-v' pass:proc/pass.c no:'# rundriver'
t run-args 5 0 'proc/args.c' '-v' pass:proc/args.c
t run-mismatch 5 1 'proc/mismatch.c' '' fail:proc/mismatch.c \
    msg:"output does not match expected in $E2E/proc/mismatch.out" \
    're:^-hello world$' 're:^\+hello there$'
t run-exit-status 5 1 'proc/exit.c' '' fail:proc/exit.c \
    'in:proc/exit.c:\nexit status 3\ngoodbye\n'
t exit-right-output 5 1 'proc/exitright.c' '' fail:proc/exitright.c \
    'in:proc/exitright.c:\nexit status 3\nright output\n'
t nul-output 5 1 'proc/nul.c' '' fail:proc/nul.c \
    "in:proc/nul.c:output does not match expected in $E2E/proc/nul.out" \
    'in:proc/nul.c:\n+^@tail\n' 'in:proc/nul.c:(NUL bytes are shown as ^@)'
t nul-output-match 5 0 'proc/nul-match.c' '-v' pass:proc/nul-match.c
t flag-forms 5 0 'proc/pass.c' '--v --n=2 -summary' pass:proc/pass.c \
    tail:'\n    1 ok\n' no:FAIL no:skip

# deaths by signal
t sig-segv 5 1 'sig/segv.c' '' fail:sig/segv.c 'in:sig/segv.c:signal: segmentation fault'
t sig-abrt 5 1 'sig/abrt.c' '' fail:sig/abrt.c 'in:sig/abrt.c:signal: aborted'
t sig-kill 5 1 'sig/kill.c' '' fail:sig/kill.c 'in:sig/kill.c:signal: killed'
t sig-term 5 1 'sig/term.c' '' fail:sig/term.c 'in:sig/term.c:signal: terminated'
t sig-fpe 5 1 'sig/fpe.c' '' fail:sig/fpe.c 'in:sig/fpe.c:signal: floating point exception'
t sig-bus 5 1 'sig/bus.c' '' fail:sig/bus.c 'in:sig/bus.c:signal: bus error'
t sig-ill 5 1 'sig/ill.c' '' fail:sig/ill.c 'in:sig/ill.c:signal: illegal instruction'
t sig-pipe 5 1 'sig/pipe.c' '' fail:sig/pipe.c 'in:sig/pipe.c:signal: broken pipe'
t sig-int 5 1 'sig/int.c' '' fail:sig/int.c 'in:sig/int.c:signal: interrupt'
t sig-hup 5 1 'sig/hup.c' '' fail:sig/hup.c 'in:sig/hup.c:signal: hangup'
t sig-quit 5 1 'sig/quit.c' '' fail:sig/quit.c 'in:sig/quit.c:signal: quit'

# deadlines
t loop-t2 1.9-5 1 'proc/loop.c' '' fail:proc/loop.c \
    'in:proc/loop.c:command exceeded time limit'
t ignoreterm-t2 2.9-6 1 'proc/ignoreterm.c' '' fail:proc/ignoreterm.c \
    'in:proc/ignoreterm.c:command exceeded time limit'
t timeout-flag 0.9-3.5 1 'timeout/default.c' '-timeout 1' fail:timeout/default.c \
    'in:timeout/default.c:command exceeded time limit'
t sleep-within-deadline 0.9-2.9 0 'proc/sleep1.c' '-v' pass:proc/sleep1.c
t timeout-scale 0.9-3 1 'timeout/scale.c' '-timeout_scale 0.25' fail:timeout/scale.c \
    'in:timeout/scale.c:command exceeded time limit'

# descendants, files and output
t grandchild-pipe 5 0 'proc/grandchild.c' '-v' pass:proc/grandchild.c
t setsid-escapee 1.5 0 'proc/setsid.c' '-v' pass:proc/setsid.c
t escape-exec-sleep 1.5 0 'proc/escape.c' '-v' pass:proc/escape.c
t forkmany 5 0 'proc/forkmany.c' '-v' pass:proc/forkmany.c
t flood-300MB 10 1 'proc/flood.c' '' fail:proc/flood.c \
    'in:proc/flood.c:output truncated: 310378496 bytes past the 4194304-byte limit'
t cap-default 5 0 'cap/flood2k.c' '-v' pass:cap/flood2k.c
t cap-profile 5 1 'cap/flood2k.c' "-profile $E2E/profiles/small-cap.yaml" \
    fail:cap/flood2k.c 'in:cap/flood2k.c:output truncated'
c stdin-eof
t closed-output 5 0 'proc/closeout.c' '-v' pass:proc/closeout.c
t closed-output-late 0.9-4 1 'proc/closeout-late.c' '' fail:proc/closeout-late.c \
    'in:proc/closeout-late.c:\nexit status 4\nbefore close\n'
t writes-files 5 0 'proc/writefiles.c' '-v' pass:proc/writefiles.c

# the compiler misbehaves
t cc-hang-t2 1.9-5 1 'cc/hang.c' '' fail:cc/hang.c 'in:cc/hang.c:command exceeded time limit'
t cc-crash 5 1 'cc/crash.c' '' fail:cc/crash.c 'in:cc/crash.c:signal: aborted'
t cc-fail 5 1 'cc/fail.c' '' fail:cc/fail.c 'in:cc/fail.c:exit status 1' \
    'in:cc/fail.c:error: expected expression'
t cc-spew 5 1 'cc/spew.c' '' fail:cc/spew.c 'in:cc/spew.c:output truncated'
t cc-litter 5 0 'cc/litter.c' '-v' pass:cc/litter.c
t errcheck-spew 5 1 'errcheck/spew.c' '' fail:errcheck/spew.c \
    'in:errcheck/spew.c:output truncated: 45805696 bytes past the 4194304-byte limit'
t errcheck-succeeds 5 1 'errcheck/succeeds.c' '' fail:errcheck/succeeds.c \
    'exact:errcheck/succeeds.c:compilation succeeded unexpectedly, without any diagnostic\n1 missing\nsucceeds.c:4: missing error "never printed"'
t errcheck-diag-4MB 5 1 'errcheck/diag4mb.c' '' fail:errcheck/diag4mb.c \
    'in:errcheck/diag4mb.c: unexpected\nUnmatched Errors:\ndiag4mb.c:1: error: spewing diagnostics on purpose\n'
t errcheck-catastrophic 3 1 'errcheck/catastrophic.c' '' fail:errcheck/catastrophic.c \
    'exact:errcheck/catastrophic.c:1 pattern hit the match limit\ncatastrophic.c:6: pattern "(a+)+$" hit the PCRE2 match limit'

# signals to the driver itself
c driver-sigterm
c driver-sigint
c driver-sighup

HOSTILE=0

# errorcheck
t errcheck-pass 5 0 'errcheck/pass.c' '-v' pass:errcheck/pass.c
t errcheck-warn-0 5 0 'errcheck/warn.c' '-v' pass:errcheck/warn.c
t errcheck-missing 5 1 'errcheck/missing.c' '' fail:errcheck/missing.c \
    'exact:errcheck/missing.c:1 missing\nmissing.c:5: missing error "second"' \
    no:'missing error "first"'
t errcheck-nomatch 5 1 'errcheck/nomatch.c' '' fail:errcheck/nomatch.c \
    'in:errcheck/nomatch.c:1 missing, 1 unexpected\nnomatch.c:4: no match for' \
    'in:errcheck/nomatch.c:something else'
t errcheck-unmatched 5 1 'errcheck/unmatched.c' '' fail:errcheck/unmatched.c \
    'exact:errcheck/unmatched.c:1 unexpected\nUnmatched Errors:\nunmatched.c:5: error: stray problem' \
    no:'first problem'
# a C errorcheck's report: the problems counted on its first line; every
# unusable ERROR comment named, without stopping the compile and the
# match; a compile that must fail but only warned told to write -0; a
# missing error's match a few lines away pointed at
t errcheck-counts 5 1 'errcheck/summary.c' '' fail:errcheck/summary.c \
    'exact:errcheck/summary.c:3 missing, 1 unexpected\nsummary.c:6: missing error "first"\nsummary.c:7: missing error "second"\nsummary.c:8: no match for `third` in:\n\tsummary.c:8: error: unrelated trouble\nUnmatched Errors:\nsummary.c:8: error: unrelated trouble'
t errcheck-invalid-all 5 1 'errcheck/invalid.c' '' fail:errcheck/invalid.c \
    "exact:errcheck/invalid.c:2 invalid patterns, 1 invalid ERROR comment, 1 missing, 1 unexpected\n$E2E/errcheck/invalid.c:7: invalid regexp \"f(oo\" in ERROR line: missing closing parenthesis at offset 4\n$E2E/errcheck/invalid.c:9: invalid pattern \"LINE+x\" in ERROR line: LINE+ must be followed by a number\n$E2E/errcheck/invalid.c:11: invalid ERROR comment: unclosed quote in \"open\ninvalid.c:10: missing error \"gone\"\nUnmatched Errors:\ninvalid.c:7: error: foo"
t errcheck-warnings-only 5 1 'errcheck/warnonly.c' '' fail:errcheck/warnonly.c \
    'exact:errcheck/warnonly.c:compilation succeeded unexpectedly, with only warnings: write "errorcheck -0" when the compile must succeed'
t errcheck-off-by-one 5 1 'errcheck/offbyone.c' '' fail:errcheck/offbyone.c \
    'exact:errcheck/offbyone.c:1 missing, 1 unexpected\noffbyone.c:6: missing error "incompatible", but a diagnostic on line 7 matches it: offbyone.c:7: error: incompatible pointer to integer conversion; is the ERROR comment 1 line off?\nUnmatched Errors:\noffbyone.c:7: error: incompatible pointer to integer conversion'

# bad input fails with a clear message naming the file and line
t recipe-unknown-action 5 1 'recipe/unknown.c' '' fail:recipe/unknown.c \
    "in:recipe/unknown.c:$E2E/recipe/unknown.c:1: unknown action \"frobnicate\""
t recipe-empty-file 5 1 'recipe/empty.c' '' fail:recipe/empty.c \
    "in:recipe/empty.c:$E2E/recipe/empty.c:1: empty file: no test directive"
t recipe-no-blank-line 5 1 'recipe/noblank.c' '' fail:recipe/noblank.c \
    "in:recipe/noblank.c:$E2E/recipe/noblank.c:2: code inside the recipe block: a blank line must end the leading comment"
t recipe-strip-flag 5 0 'recipe/strip.c' '-v' pass:recipe/strip.c
t recipe-no-directive 5 1 'recipe/nodirective.c' '' fail:recipe/nodirective.c \
    "in:recipe/nodirective.c:$E2E/recipe/nodirective.c:1: no test directive"
t bad-nul-byte 5 1 'bad/nul.c' '' fail:bad/nul.c \
    "in:bad/nul.c:$E2E/bad/nul.c:6: the file contains a NUL byte"
t bad-utf8-action 5 1 'bad/utf8-action.c' '' fail:bad/utf8-action.c \
    'in:bad/utf8-action.c:'"$E2E"'/bad/utf8-action.c:1: unknown action "r\\xffun"'
t utf8-args 5 0 'utf8/args.c' '-v' pass:utf8/args.c
t utf8-errcheck 5 0 'utf8/errcheck.c' '-v' pass:utf8/errcheck.c
t utf8-errcheck-mismatch 5 1 'utf8/mismatch.c' '' fail:utf8/mismatch.c \
    "in:utf8/mismatch.c:mismatch.c:5: no match for \`caf"$'\xe9 \xfe'"\` in:"
t crlf 5 0 'crlf' '-v' pass:crlf/errcheck.c pass:crlf/lfout.c pass:crlf/run.c
t bad-quote 5 1 'bad/quote.c' '' fail:bad/quote.c \
    "in:bad/quote.c:$E2E/bad/quote.c:1: invalid test recipe: unclosed quote"
t bad-t-missing 5 1 'bad/t-missing.c' '' fail:bad/t-missing.c \
    "in:bad/t-missing.c:$E2E/bad/t-missing.c:1: -t needs a number of seconds"
t bad-t-abc 5 1 'bad/t-abc.c' '' fail:bad/t-abc.c \
    "in:bad/t-abc.c:$E2E/bad/t-abc.c:1: need number of seconds for -t timeout, got abc instead"
t bad-regexp 5 1 'bad/regexp.c' '' fail:bad/regexp.c \
    "exact:bad/regexp.c:1 invalid pattern, 1 unexpected\n$E2E/bad/regexp.c:6: invalid regexp \"f(oo\" in ERROR line: missing closing parenthesis at offset 4\nUnmatched Errors:\nregexp.c:6: error: foo"
t bad-line-x 5 1 'bad/line-x.c' '' fail:bad/line-x.c \
    "in:bad/line-x.c:1 invalid pattern, 1 unexpected\n$E2E/bad/line-x.c:4: invalid pattern \"LINE+x\" in ERROR line: LINE+ must be followed by a number"
t bad-line-before 5 1 'bad/line-before.c' '' fail:bad/line-before.c \
    "in:bad/line-before.c:1 invalid pattern, 1 unexpected\n$E2E/bad/line-before.c:4: invalid pattern \"LINE-9\" in ERROR line: LINE-9 names line -5, before the first line"
t bad-error-quote 5 1 'bad/error-quote.c' '' fail:bad/error-quote.c \
    "exact:bad/error-quote.c:1 invalid ERROR comment\n$E2E/bad/error-quote.c:4: invalid ERROR comment: unclosed quote in \"unclosed // DIAG: first"
c requires-deep
c tree-links
c fifo-arg
c unreadable
c unreadable-mem
t missing-path 5 2 'nope/missing.c' '' \
    "errmsg:rundriver: $E2E/nope/missing.c: No such file or directory" no:'ok  '

# multi-file test: all .c files of NAME.dir/, which are not tests themselves
t rundir 5 0 'dir' '-v' pass:dir/multi.c

# reporting and selection
t summary 5 1 'summary' '-summary' fail:summary/d-fail.c \
    tail:'    3 ok\n    1 FAIL\n    2 skip\n'
t show-skips 5 0 'summary/e-skip.c summary/f-requires.c' '-show_skips' \
    're:skip.*summary/e-skip\.c' 're:skip.*summary/f-requires\.c'
t run-skips 5 0 'summary/f-requires.c' '-v -run_skips' pass:summary/f-requires.c
t list 5 0 'summary' '-list' re:$'^driver/tests/e2e/summary/a-compile\.c\tcompile$' \
    re:$'^driver/tests/e2e/summary/d-fail\.c\trun$' no:FAIL
t verbose-order 1.9-5 1 'cc/hang.c proc/pass.c sig/kill.c' '-v -n 3' \
    fail:cc/hang.c pass:proc/pass.c fail:sig/kill.c
c shards
c keep-k
c bless
c parallel-same-report

# usage and profile errors: exit 2 before any test runs
t usage-unknown-flag 5 2 'proc/pass.c' '-no_such_flag' 'err:no_such_flag' no:'ok  ' noproc:
t usage-bad-n 5 2 'proc/pass.c' '-n=zero' 'err:zero' no:'ok  ' noproc:
t profile-unknown-key 5 2 'proc/pass.c' "-profile $E2E/profiles/bad.yaml" \
    "errmsg:rundriver: $E2E/profiles/bad.yaml:15:1: unknown key \"colour\"" noproc:
t profile-missing 5 2 'proc/pass.c' '-profile no-such-profile' \
    'err:no-such-profile\.yaml: No such file or directory' noproc:
t profile-malformed 5 2 'proc/pass.c' "-profile $E2E/profiles/malformed.yaml" \
    "errmsg:rundriver: $E2E/profiles/malformed.yaml:6:6: did not find expected ',' or ']'" noproc:
t profile-empty 5 2 'proc/pass.c' "-profile $E2E/profiles/empty.yaml" \
    "errmsg:rundriver: $E2E/profiles/empty.yaml:1:1: empty profile" noproc:
t profile-timeout-string 5 2 'proc/pass.c' "-profile $E2E/profiles/timeout-string.yaml" \
    "errmsg:rundriver: $E2E/profiles/timeout-string.yaml:14:10: timeout: expected a positive number, got \"ten seconds\"" noproc:
t profile-flags-string 5 2 'proc/pass.c' "-profile $E2E/profiles/flags-string.yaml" \
    "errmsg:rundriver: $E2E/profiles/flags-string.yaml:5:8: flags: expected a list, got a string" noproc:
t profile-step-map-key 5 2 'proc/pass.c' "-profile $E2E/profiles/step-map-key.yaml" \
    "errmsg:rundriver: $E2E/profiles/step-map-key.yaml:10:3: steps: expected a string, got a map" noproc:
t profile-env-list-key 5 2 'proc/pass.c' "-profile $E2E/profiles/env-list-key.yaml" \
    "errmsg:rundriver: $E2E/profiles/env-list-key.yaml:15:18: env: expected a string, got a list" noproc:
t profile-limit-fraction 5 2 'proc/pass.c' "-profile $E2E/profiles/limit-fraction.yaml" \
    "errmsg:rundriver: $E2E/profiles/limit-fraction.yaml:16:15: output_limit: expected a whole number of bytes, got \"0.5\"" noproc:
t profile-missing-compiler 5 2 'proc/pass.c' "@nocc -profile $E2E/profiles/missing-cc.yaml" \
    "errmsg:rundriver: $E2E/profiles/missing-cc.yaml: compiler \"no-such-compiler-e2e\" not found or not executable" \
    no:'ok  ' noproc:

# bugs/ and fixedbugs/, the profile matrix, the machine guard.
t bugs-bug-fixed 5 1 'bugs' '-v -summary' \
    re:$'^BUG \t'"$E2E"$'/bugs/open\\.c\t' re:$'^BUG \t'"$E2E"$'/bugs/named\\.c\t' \
    "in:bugs/open.c:output does not match expected" \
    re:$'^FIXED\t'"$E2E"$'/bugs/fixed\\.c\t' \
    "in:bugs/fixed.c:the bug no longer reproduces: move the test to fixedbugs/ with\n\trundriver promote $E2E/bugs/fixed.c" \
    fail:bugs/other.c 're:^ +2 BUG$' 're:^ +1 FIXED$' 're:^ +1 FAIL$'
t bugs-quiet 5 1 'bugs/open.c bugs/fixed.c' '' \
    no:'output does not match' re:$'^BUG \t'
c promote
c matrix
c releases
c profile-glob
c compiler-paths
c tool-env
c foreign-suites
c cli-flags
t cli-flags-absent 5 1 'cli/flags.c' '' fail:cli/flags.c \
    'in:cli/flags.c:-DFROM_CLI=1 was not passed to the compiler'
t suite-known 5 0 'suites/known' '-v' pass:suites/known/tests/exits3.c \
    'in:suites/known/tests/exits3.c:'
t suite-known-off 5 1 'suites/known' '-f' fail:suites/known/tests/exits3.c \
    'in:suites/known/tests/exits3.c:exit status 3'
c suite-errors
t path-flags 10 0 'paths' '@nocc -profile gcc -v' pass:paths/flags.c \
    pass:paths/srcdir.c
c devnull-guard
c go-update-errors
c update-errors-c
t compiler-dir 5 2 'proc/pass.c' '@nocc -compiler /tmp' \
    'errmsg:rundriver: '"$E2E"'/fake.yaml: compiler "/tmp" not found or not executable' \
    no:'ok  ' noproc:
c bisect
c new-round-trip
c count-flaky
c stress
c failed
c progress-tty
c machine-reports
c compare
c shards-merge
c cache
c cache-shared
c cache-nodepflags
c slurm-array
t nul-exit 5 1 'proc/nul-exit.c' '' fail:proc/nul-exit.c \
    'in:proc/nul-exit.c:exit status 2\n' 'in:proc/nul-exit.c:^@tail'

if [ ${#TABLE[@]} -gt 0 ]; then
	echo
	echo "hostile cases (procs left: by command line + by process group; tmp: entries left in TMPDIR;"
	echo "tree: the fixture tree; RSS: the driver's peak${E2E_WRAP:+, under ${WRAP[0]}}):"
	printf '%-4s %-22s %-42s %6s %9s %4s %-7s %7s\n' "" case "verdict seen" \
	    time "procs" tmp tree RSS
	printf '%s\n' "${TABLE[@]}"
fi
echo "e2e: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
