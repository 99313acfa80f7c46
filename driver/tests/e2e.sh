#!/usr/bin/env bash
# End-to-end tests of rundriver: process control, timeouts, output capture,
# errorcheck and recipe errors, driven through the fake compiler of
# driver/tests/helper.c and the fixtures under driver/tests/e2e/.
#
# usage: driver/tests/e2e.sh [path-to-rundriver]    (from the repo root)
# env:   CC         compiler for helper.c (default cc)
#        E2E_ONLY   run only the cases whose name matches this regexp
#        E2E_VERBOSE=1  show the driver's output of failing cases
#        E2E_KEEP=1     keep the work dir (outputs of every case in cases/)
#
# After every case: no process of the helper is alive, $TMPDIR is empty and
# the fixture tree is unchanged.
set -u
export LC_ALL=C

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
    -o "$WORK/helper" driver/tests/helper.c; then
	echo "e2e: cannot build driver/tests/helper.c" >&2
	exit 2
fi
ln -s helper "$WORK/fakecc"
mkdir "$WORK/tmp" "$WORK/cases"
export TMPDIR=$WORK/tmp

PASSED=0
FAILED=0

# ---- invariants ----

# Every process the helper spawned carries $WORK/ in its command line:
# $WORK/helper, $WORK/fakecc and the a.out scripts under $TMPDIR.
strays()
{
	pgrep -f -- "$WORK/"
}

kill_strays()
{
	local pid

	for pid in $(strays); do
		kill -KILL "$pid" 2>/dev/null
	done
}

# A listing of the fixture tree: names, types, modes, sizes, contents.
snapshot()
{
	find "$E2E" -printf '%p %y %m %s\n' | sort
	find "$E2E" -type f -exec sha256sum {} + | sort -k 2
}

BASELINE=$(snapshot)

# ---- one case ----

# begin NAME: start a case.
begin()
{
	NAME=$1
	WHY=()
	ELAPSED=0
	NRUN=0
}

# why TEXT...: record a reason the current case fails.
why()
{
	WHY+=("$*")
}

now()
{
	local t=$EPOCHREALTIME

	echo "${t//[.,]/}"
}

# drive ARGS...: run the driver once under a 60 s timeout, with fakecc and the
# fake profile unless ARGS name another; sets RC, adds to ELAPSED
# (microseconds), leaves stdout in $WORK/out and stderr in $WORK/err.
drive()
{
	local t0 pre=(-compiler "$WORK/fakecc")

	case " $* " in
	*" -profile "*) ;;
	*) pre+=(-profile "$E2E/fake.yaml") ;;
	esac
	t0=$(now)
	timeout -k 5 60 "$RD" "${pre[@]}" "$@" >"$WORK/out" 2>"$WORK/err"
	RC=$?
	ELAPSED=$((ELAPSED + $(now) - t0))
	NRUN=$((NRUN + 1))
	cp "$WORK/out" "$WORK/cases/$NAME.$NRUN.out"
	cp "$WORK/err" "$WORK/cases/$NAME.$NRUN.err"
	case $RC in
	124 | 137) why "driver still running after 60s" ;;
	esac
}

# expect_rc N: the last run exited with status N.
expect_rc()
{
	[ "$RC" = "$1" ] || why "exit status $RC, want $1"
}

# usec SECONDS: seconds (maybe fractional) in microseconds.
usec()
{
	awk -v s="$1" 'BEGIN { printf "%d", s * 1000000 }'
}

# finish LIMIT: check the wall time (LIMIT is MAX or MIN-MAX seconds) and
# the invariants, then print the case's verdict line.
finish()
{
	local lim=$1 min=0 max secs procs now_snap msg w

	case $lim in
	*-*) min=${lim%-*} max=${lim#*-} ;;
	*) max=$lim ;;
	esac
	secs=$(awk -v u="$ELAPSED" 'BEGIN { printf "%.1f", u / 1000000 }')
	[ "$ELAPSED" -le "$(usec "$max")" ] || why "took ${secs}s, limit ${max}s"
	[ "$ELAPSED" -ge "$(usec "$min")" ] || why "took ${secs}s, at least ${min}s expected"

	procs=$(strays)
	if [ -n "$procs" ]; then
		sleep 0.3
		procs=$(strays)
	fi
	if [ -n "$procs" ]; then
		why "processes left behind: $(ps -o pid=,args= -p "$(echo "$procs" | paste -sd ,)" |
		    sed 's/^ *//' | paste -sd '|')"
		kill_strays
	fi
	if [ -n "$(ls -A "$TMPDIR")" ]; then
		why "TMPDIR not empty: $(cd "$TMPDIR" && find . -maxdepth 2 | sed 1d | head -5 | paste -sd ' ')"
		rm -rf "${TMPDIR:?}"/* "${TMPDIR:?}"/.[!.]* 2>/dev/null
	fi
	now_snap=$(snapshot)
	if [ "$now_snap" != "$BASELINE" ]; then
		why "fixture tree changed: $(diff <(echo "$BASELINE") <(echo "$now_snap") |
		    grep '^[<>]' | head -3 | paste -sd '|')"
		BASELINE=$now_snap
	fi

	if [ ${#WHY[@]} -eq 0 ]; then
		PASSED=$((PASSED + 1))
		echo "ok $NAME ${secs}s"
		return
	fi
	FAILED=$((FAILED + 1))
	msg=${WHY[0]}
	for w in "${WHY[@]:1}"; do
		msg+="; $w"
	done
	echo "FAIL $NAME: $msg"
	if [ -n "${E2E_VERBOSE:-}" ]; then
		head -c 3000 "$WORK/out" | head -40 | sed 's/^/	| /'
		head -c 3000 "$WORK/err" | head -20 | sed 's/^/	! /'
	fi
}

# ---- checks on the last run's output ----

# block REL: the failure report of fixture REL, "# rundriver --" to FAIL.
block()
{
	awk -v p="$E2E/$1" '
		$0 == "# rundriver -- " p { on = 1 }
		on { print }
		on && index($0, "FAIL\t" p "\t") == 1 { exit }
	' "$WORK/out"
}

# verdicts: the ok/FAIL lines of the last run, timings cut.
verdicts()
{
	grep -E $'^(ok  |FAIL)\t' "$1" | sed -E $'s/\t[0-9.]+s$//'
}

# check SPEC: one expectation. SPEC is KIND:ARG with KIND one of
#   pass:REL  fail:REL   a verdict line (and for fail, its "#" header)
#   msg:TEXT  no:TEXT    stdout has / has not the fixed TEXT
#   re:ERE    rei:ERE    stdout matches ERE (rei: ignoring case)
#   in:REL:TEXT          the failure block of REL has the fixed TEXT (\n
#                        in TEXT: consecutive lines)
#   err:ERE              stderr matches ERE
#   tail:TEXT            stdout ends with TEXT (printf %b escapes)
check()
{
	local kind=${1%%:*} arg=${1#*:} rel text

	case $kind in
	pass)
		grep -qE $'^ok  \t'"$E2E/$arg"$'\t[0-9]+\\.[0-9]+s$' "$WORK/out" ||
		    why "no 'ok' line for $arg"
		;;
	fail)
		grep -qE $'^FAIL\t'"$E2E/$arg"$'\t[0-9]+\\.[0-9]+s$' "$WORK/out" ||
		    why "no FAIL line for $arg"
		grep -qxF "# rundriver -- $E2E/$arg" "$WORK/out" ||
		    why "no '# rundriver -- $E2E/$arg' header"
		;;
	msg) grep -qF -- "$arg" "$WORK/out" || why "stdout lacks '$arg'" ;;
	no) ! grep -qF -- "$arg" "$WORK/out" || why "stdout has '$arg'" ;;
	re) grep -qE -- "$arg" "$WORK/out" || why "stdout does not match /$arg/" ;;
	rei) grep -qiE -- "$arg" "$WORK/out" || why "stdout does not match /$arg/i" ;;
	err) grep -qE -- "$arg" "$WORK/err" || why "stderr does not match /$arg/" ;;
	in)
		rel=${arg%%:*}
		text=$(printf '%b' "${arg#*:}")
		[[ $(block "$rel") == *"$text"* ]] ||
		    why "report of $rel lacks '${arg#*:}'"
		;;
	tail)
		[ "$(tail -c "$(printf '%b' "$arg" | wc -c)" "$WORK/out")" = "$(printf '%b' "$arg")" ] ||
		    why "stdout does not end with '$arg'"
		;;
	*) why "bad check '$1'" ;;
	esac
}

# expect_verdicts SPEC...: the ok/FAIL lines are exactly the pass:/fail:
# specs, in bytewise path order.
expect_verdicts()
{
	local spec want=()

	for spec; do
		case $spec in
		pass:*) want+=("ok  "$'\t'"$E2E/${spec#pass:}") ;;
		fail:*) want+=("FAIL"$'\t'"$E2E/${spec#fail:}") ;;
		esac
	done
	[ ${#want[@]} -gt 0 ] || return
	if [ "$(printf '%s\n' "${want[@]}" | sort -t $'\t' -k 2)" != "$(verdicts "$WORK/out")" ]; then
		why "verdict lines differ from the expected ones: $(verdicts "$WORK/out" | tr '\t' ' ' | paste -sd '|')"
	fi
}

# t NAME LIMIT RC 'FIXTURES' 'FLAGS' SPEC...: a table-driven case. The
# fixtures are relative to driver/tests/e2e/; LIMIT as for finish.
t()
{
	local name=$1 lim=$2 rc=$3 fixtures flags spec

	[[ $name =~ ${E2E_ONLY:-} ]] || return 0
	read -ra fixtures <<<"$4"
	read -ra flags <<<"$5"
	shift 5
	begin "$name"
	drive "${flags[@]}" "${fixtures[@]/#/$E2E/}"
	expect_rc "$rc"
	for spec; do
		check "$spec"
	done
	expect_verdicts "$@"
	finish "$lim"
}

# c NAME: run the hand-written case function case_NAME.
c()
{
	[[ $1 =~ ${E2E_ONLY:-} ]] || return 0
	begin "$1"
	"case_${1//-/_}"
}

# ---- hand-written cases ----

# -k keeps the run dir, with a private dir per test holding its a.out.
case_keep_k()
{
	local dirs n

	drive -k -v "$E2E/proc/pass.c" "$E2E/proc/args.c"
	expect_rc 0
	dirs=$(find "$TMPDIR" -mindepth 1 -maxdepth 1)
	if [[ ! $dirs =~ ^$TMPDIR/rundriver-[A-Za-z0-9]{6}$ ]]; then
		why "want exactly one kept run dir rundriver-XXXXXX, have '$dirs'"
	else
		n=$(find "$dirs" -name a.out -printf '%h\n' | sort -u | wc -l)
		[ "$n" = 2 ] ||
		    why "want 2 test dirs with an a.out, have $n: $(find "$dirs" | paste -sd ' ')"
	fi
	rm -rf "${TMPDIR:?}"/*
	finish 5
}

# The whole fixture tree, with -n 1 and -n 8: the same report.
case_parallel_same_report()
{
	local rc1 ntests nsum

	drive -n 1 -v -summary -timeout 3 "$E2E"
	rc1=$RC
	sed -E $'s/\t[0-9.]+s$//' "$WORK/out" >"$WORK/n1"
	drive -n 8 -v -summary -timeout 3 "$E2E"
	sed -E $'s/\t[0-9.]+s$//' "$WORK/out" >"$WORK/n8"
	if [ "$rc1" != 1 ] || [ "$RC" != 1 ]; then
		why "exit statuses $rc1 and $RC, want 1 and 1"
	fi
	cmp -s "$WORK/n1" "$WORK/n8" ||
	    why "reports differ: $(diff "$WORK/n1" "$WORK/n8" | grep '^[<>]' | head -4 | paste -sd '|')"
	verdicts "$WORK/n1" | cut -f 2 | sort -c 2>/dev/null ||
	    why "verdicts not in bytewise path order"
	verdicts "$WORK/n1" | grep -q 'multi\.dir/' && why "files of multi.dir/ run as tests"
	ntests=$(find "$E2E" -name '*.c' ! -path '*.dir/*' | wc -l)
	nsum=$(awk '/^ *[0-9]+ (ok|FAIL|skip)$/ { n += $1 } END { print n + 0 }' "$WORK/n1")
	[ "$nsum" = "$ntests" ] || why "summary counts $nsum tests, the tree has $ntests"
	finish 50
}

# run.go's FNV-1 (not 1a) 32-bit hash.
fnv1()
{
	local s=$1 h=2166136261 i ch

	for ((i = 0; i < ${#s}; i++)); do
		printf -v ch '%d' "'${s:i:1}"
		h=$(((h * 16777619) & 0xffffffff))
		h=$((h ^ ch))
	done
	echo "$h"
}

# -shard i -shards 3 over a directory: run.go's FNV-1 of the base name.
case_shards()
{
	local i f want got

	[ "$(fnv1 run.go)" = 3137865648 ] || why "the script's fnv1 is wrong"
	for i in 0 1 2; do
		drive -v -shard "$i" -shards 3 "$E2E/sig"
		want=$(for f in "$E2E"/sig/*.c; do
			[ $(($(fnv1 "${f##*/}") % 3)) = "$i" ] && echo "$f"
		done)
		got=$(verdicts "$WORK/out" | cut -f 2)
		[ "$want" = "$got" ] ||
		    why "shard $i: ran '${got//$'\n'/ }', want '${want//$'\n'/ }'"
	done
	finish 10
}

# -bless writes NAME.out from the program's output; then the test passes.
case_bless()
{
	local d=$WORK/bless

	mkdir -p "$d"
	cp "$E2E/proc/mismatch.c" "$E2E/proc/mismatch.out" "$d"
	drive -bless "$d/mismatch.c"
	expect_rc 0
	[ "$(cat "$d/mismatch.out")" = "hello there" ] ||
	    why "blessed .out holds '$(head -c 100 "$d/mismatch.out")'"
	drive -v "$d/mismatch.c"
	expect_rc 0
	grep -q $'^ok  \t'"$d/mismatch.c"$'\t' "$WORK/out" || why "no ok line after -bless"
	rm -rf "$d"
	finish 5
}

# SIGTERM to the driver while a test runs: children killed, temp dir
# removed, the finished test reported, and the driver dies by SIGTERM.
case_driver_sigterm()
{
	local pid i t0

	t0=$(now)
	"$RD" -profile "$E2E/fake.yaml" -compiler "$WORK/fakecc" -v \
	    "$E2E/proc/pass.c" "$E2E/timeout/default.c" >"$WORK/out" 2>"$WORK/err" &
	pid=$!
	for ((i = 0; i < 50; i++)); do
		pgrep -f -- "$WORK/helper loop" >/dev/null && break
		sleep 0.1
	done
	sleep 0.2
	kill -TERM "$pid" 2>/dev/null
	for ((i = 0; i < 50; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		why "driver alive 5s after SIGTERM"
		kill -KILL "$pid"
	fi
	wait "$pid"
	RC=$?
	ELAPSED=$(($(now) - t0))
	expect_rc 143
	check pass:proc/pass.c
	finish 7
}

# ---- the cases ----

# run: pass, output, exit status
t run-pass 5 0 'proc/pass.c' '-v' pass:proc/pass.c no:'# rundriver'
t run-args 5 0 'proc/args.c' '-v' pass:proc/args.c
t run-mismatch 5 1 'proc/mismatch.c' '' fail:proc/mismatch.c \
    msg:"output does not match expected in $E2E/proc/mismatch.out" \
    're:^-hello world$' 're:^\+hello there$'
t run-exit-status 5 1 'proc/exit.c' '' fail:proc/exit.c \
    'in:proc/exit.c:\nexit status 3\ngoodbye\n'
t flag-forms 5 0 'proc/pass.c' '--v --n=2 -summary' pass:proc/pass.c \
    tail:'\n    1 ok\n' no:FAIL no:skip

# deaths by signal
t sig-segv 5 1 'sig/segv.c' '' fail:sig/segv.c 'in:sig/segv.c:signal: segmentation fault'
t sig-abrt 5 1 'sig/abrt.c' '' fail:sig/abrt.c 'in:sig/abrt.c:signal: aborted'
t sig-kill 5 1 'sig/kill.c' '' fail:sig/kill.c 'in:sig/kill.c:signal: killed'
t sig-term 5 1 'sig/term.c' '' fail:sig/term.c 'in:sig/term.c:signal: terminated'
t sig-fpe 5 1 'sig/fpe.c' '' fail:sig/fpe.c 'in:sig/fpe.c:signal: floating point exception'
t sig-bus 5 1 'sig/bus.c' '' fail:sig/bus.c 'in:sig/bus.c:signal: bus error'

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

# descendants and output
t grandchild-pipe 5 0 'proc/grandchild.c' '-v' pass:proc/grandchild.c
t setsid-escapee 5 0 'proc/setsid.c' '-v' pass:proc/setsid.c
t forkmany 5 0 'proc/forkmany.c' '-v' pass:proc/forkmany.c
t flood-50MB 5 1 'proc/flood.c' '' fail:proc/flood.c 'in:proc/flood.c:output truncated'
t cap-default 5 0 'cap/flood2k.c' '-v' pass:cap/flood2k.c
t cap-profile 5 1 'cap/flood2k.c' "-profile $E2E/profiles/small-cap.yaml" \
    fail:cap/flood2k.c 'in:cap/flood2k.c:output truncated'

# the compiler misbehaves
t cc-hang-t2 1.9-5 1 'cc/hang.c' '' fail:cc/hang.c 'in:cc/hang.c:command exceeded time limit'
t cc-crash 5 1 'cc/crash.c' '' fail:cc/crash.c 'in:cc/crash.c:signal: aborted'
t cc-fail 5 1 'cc/fail.c' '' fail:cc/fail.c 'in:cc/fail.c:exit status 1' \
    'in:cc/fail.c:error: expected expression'
t cc-spew 5 1 'cc/spew.c' '' fail:cc/spew.c 'in:cc/spew.c:output truncated'

# errorcheck
t errcheck-pass 5 0 'errcheck/pass.c' '-v' pass:errcheck/pass.c
t errcheck-warn-0 5 0 'errcheck/warn.c' '-v' pass:errcheck/warn.c
t errcheck-missing 5 1 'errcheck/missing.c' '' fail:errcheck/missing.c \
    'in:errcheck/missing.c:missing.c:5: missing error "second"' no:'missing error "first"'
t errcheck-nomatch 5 1 'errcheck/nomatch.c' '' fail:errcheck/nomatch.c \
    'in:errcheck/nomatch.c:no match for' 'in:errcheck/nomatch.c:something else'
t errcheck-unmatched 5 1 'errcheck/unmatched.c' '' fail:errcheck/unmatched.c \
    'in:errcheck/unmatched.c:Unmatched Errors:' 'in:errcheck/unmatched.c:stray problem' \
    no:'first problem'
t errcheck-succeeds 5 1 'errcheck/succeeds.c' '' fail:errcheck/succeeds.c \
    'in:errcheck/succeeds.c:compilation succeeded unexpectedly'

# malformed recipes fail with a clear message
t recipe-unknown-action 5 1 'recipe/unknown.c' '' fail:recipe/unknown.c \
    'in:recipe/unknown.c:frobnicate' 'rei:unknown|unimplemented|unsupported'
t recipe-empty-file 5 1 'recipe/empty.c' '' fail:recipe/empty.c 'rei:empty'
t recipe-no-blank-line 5 1 'recipe/noblank.c' '' fail:recipe/noblank.c 'rei:blank line'
t recipe-no-directive 5 1 'recipe/nodirective.c' '' fail:recipe/nodirective.c \
    'rei:directive|action'

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
c driver-sigterm

# usage and profile errors
t usage-unknown-flag 5 2 'proc/pass.c' '-no_such_flag' 'err:no_such_flag' no:'ok  '
t usage-bad-n 5 2 'proc/pass.c' '-n=zero' 'err:zero' no:'ok  '
t profile-unknown-key 5 2 'proc/pass.c' "-profile $E2E/profiles/bad.yaml" \
    'err:profiles/bad\.yaml:15:[0-9]+:.*colour'
t profile-missing 5 2 'proc/pass.c' '-profile no-such-profile' 'err:no-such-profile'

echo "e2e: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
