#!/usr/bin/env bash
# End-to-end tests of rundriver: process control, timeouts, output capture,
# errorcheck and recipe errors, bad input, signals, driven through the fake
# compiler of driver/tests/helper.c and the fixtures under driver/tests/e2e/.
#
# usage: driver/tests/e2e.sh [path-to-rundriver]    (from the repo root)
# env:   CC         compiler for helper.c (default cc)
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
# "e2e: N passed, N failed".
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
unset RUNDRIVER_COMPILER RUNDRIVER_CONFIG

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
    -o "$WORK/helper" driver/tests/helper.c; then
	echo "e2e: cannot build driver/tests/helper.c" >&2
	exit 2
fi
ln -s helper "$WORK/fakecc"
mkdir "$WORK/tmp" "$WORK/cases" "$WORK/procs" "$WORK/gen"
export TMPDIR=$WORK/tmp

PASSED=0
FAILED=0
HOSTILE=0	# cases begun while set go into the final table
TABLE=()

# ---- invariants ----

# leftovers: the live processes left by the helper, as "KIND PID PGID STATE
# COMMAND" lines. KIND "name": its command line holds $WORK/ ($WORK/helper,
# $WORK/fakecc, the a.out scripts under $TMPDIR). KIND "group": it is in
# one of the process groups the helper recorded in $WORK/procs/ (every
# group the driver created for a command, and every group a test made with
# setsid()), whatever its command line. The directory goes to awk through
# the environment, so that awk's own command line does not match.
leftovers()
{
	local f g groups=

	for f in "$WORK"/procs/*; do
		[ -f "$f" ] && read -r g <"$f" && groups+=" $g"
	done
	ps -e -o pid=,pgid=,stat=,args= | E2E_DIR="$WORK/" E2E_GROUPS="$groups" awk '
		BEGIN {
			n = split(ENVIRON["E2E_GROUPS"], a, " ")
			for (i = 1; i <= n; i++)
				g[a[i]] = 1
		}
		index($0, ENVIRON["E2E_DIR"]) { print "name", $0 }
		$2 in g { print "group", $0 }'
}

kill_strays()
{
	local kind pid pg rest

	while read -r kind pid pg rest; do
		kill -KILL "$pid" 2>/dev/null
		[ "$kind" = group ] && kill -KILL -- "-$pg" 2>/dev/null
	done < <(leftovers)
}

# A listing of the fixture tree: names, types, modes, sizes, link targets,
# and change times (any write to a file or folder moves its ctime).
snapshot()
{
	find "$E2E" -printf '%p %y %m %s %l %C@\n' | sort
}

BASELINE=$(snapshot)

# ---- one case ----

# begin NAME: start a case.
begin()
{
	NAME=$1
	WHY=()
	NOTE=
	ELAPSED=0
	NRUN=0
	RSS_KB=0
	RC=
	VERDICTS=
	rm -f "$WORK"/procs/*
	: >"$WORK/out"
	: >"$WORK/err"
}

# why TEXT...: record a reason the current case fails.
why()
{
	WHY+=("$*")
}

# now: set NOW to the time in microseconds.
now()
{
	NOW=${EPOCHREALTIME//[.,]/}
}

# fx REL: set FX to the path of fixture REL (relative to $E2E unless
# absolute).
fx()
{
	case $1 in
	/*) FX=$1 ;;
	*) FX=$E2E/$1 ;;
	esac
}

# keep_outputs NAME: with E2E_KEEP, keep the last run's outputs in cases/.
keep_outputs()
{
	[ -z "${E2E_KEEP:-}" ] && return
	cp "$WORK/out" "$WORK/cases/$1.out"
	cp "$WORK/err" "$WORK/cases/$1.err"
}

# after_run: fold the last run's peak RSS into the case's, and fail the
# case on any finding of the E2E_WRAP tool.
after_run()
{
	local kb= vg

	[ -f "$WORK/rss" ] && read -r kb <"$WORK/rss"
	[ -n "$kb" ] && [ "$kb" -gt "$RSS_KB" ] && RSS_KB=$kb
	VERDICTS=$(verdicts "$WORK/out")
	[ ${#WRAP[@]} -gt 0 ] || return 0
	[ "$RC" = 99 ] && why "exit status 99: ${WRAP[0]} found errors"
	vg=$(grep -m 3 -E '^==[0-9]+==' "$WORK/err" | paste -sd '|')
	[ -z "$vg" ] || why "${WRAP[0]}: $vg"
}

# drive ARGS...: run the driver once under a 60 s timeout (300 s with
# E2E_WRAP), under "helper measure", with fakecc and the fake profile unless
# ARGS name another profile (or hold @nocc: no -compiler); stdin is
# $DRIVE_STDIN (default /dev/null). Sets RC, adds to ELAPSED (microseconds)
# and RSS_KB, leaves stdout in $WORK/out and stderr in $WORK/err.
drive()
{
	local t0 a pre=() args=() nocc=0

	for a; do
		if [ "$a" = @nocc ]; then nocc=1; else args+=("$a"); fi
	done
	[ $nocc = 1 ] || pre+=(-compiler "$WORK/fakecc")
	case " ${args[*]} " in
	*" -profile "*) ;;
	*) pre+=(-profile "$E2E/fake.yaml") ;;
	esac
	rm -f "$WORK/rss"
	now
	t0=$NOW
	timeout -k 5 "$DRIVE_LIMIT" "$WORK/helper" measure "$WORK/rss" -- \
	    "${WRAP[@]}" "$RD" "${pre[@]}" "${args[@]}" \
	    <"${DRIVE_STDIN:-/dev/null}" >"$WORK/out" 2>"$WORK/err"
	RC=$?
	now
	ELAPSED=$((ELAPSED + NOW - t0))
	NRUN=$((NRUN + 1))
	keep_outputs "$NAME.$NRUN"
	case $RC in
	124 | 137) why "driver still running after ${DRIVE_LIMIT}s" ;;
	esac
	after_run
}

# expect_rc N: the last run exited with status N.
expect_rc()
{
	[ "$RC" = "$1" ] || why "exit status $RC, want $1"
}

# usec SECONDS: set USEC to SECONDS (up to 6 decimals) in microseconds.
usec()
{
	local i=${1%%.*} f=

	[[ $1 == *.* ]] && f=${1#*.}
	f=${f}000000
	USEC=$((10#$i * 1000000 + 10#${f:0:6}))
}

# tenths N UNIT: set TENTHS to N/UNIT with one decimal.
tenths()
{
	local t=$(($1 * 10 / $2))

	TENTHS=$((t / 10)).$((t % 10))
}

# seen: set SEEN to the verdict of the last run in a few words.
seen()
{
	local v how=

	[ -f "$WORK/rss" ] && how=$(sed -n 2p "$WORK/rss")
	if [[ $how == signal* ]] && grep -qa 'not run (interrupted)$' "$WORK/out"; then
		v="$how; $(grep -ac $'^ok  \t' "$WORK/out") ok, $(grep -a "not run" "$WORK/out" | sed "s/^ *//; s/ *(interrupted)//")"
	elif [[ $'\n'$VERDICTS == *$'\nFAIL\t'* ]]; then
		v="FAIL: $(awk '/^# rundriver -- / { on = 1; next } on && NF { print; exit }' "$WORK/out")"
	elif [[ $'\n'$VERDICTS == *$'\nok  \t'* ]]; then
		v="ok"
	else
		v="exit $RC: $(grep -av '^==' "$WORK/err" | head -n 1)"
	fi
	v=${v//$'\t'/ }
	[ ${#v} -le 42 ] || v="${v:0:41}~"
	SEEN=$v
}

# finish LIMIT: check the wall time (LIMIT is MAX or MIN-MAX seconds; MAX
# is widened under E2E_WRAP), the invariants and the peak RSS, then print
# the case's verdict line.
finish()
{
	local lim=$1 min=0 max secs left procs members now_snap msg w
	local nprocs=0 ngroup=0 ntmp=0 tree=same rss

	case $lim in
	*-*) min=${lim%-*} max=${lim#*-} ;;
	*) max=$lim ;;
	esac
	usec "$max"
	[ ${#WRAP[@]} -eq 0 ] || USEC=$((USEC * 3 + 10000000))
	max=$USEC
	tenths "$ELAPSED" 1000000
	secs=$TENTHS
	tenths "$max" 1000000
	[ "$ELAPSED" -le "$max" ] || why "took ${secs}s, limit ${TENTHS}s"
	usec "$min"
	[ "$ELAPSED" -ge "$USEC" ] || why "took ${secs}s, at least ${min}s expected"

	left=$(leftovers)
	if [ -n "$left" ]; then
		sleep 0.3
		left=$(leftovers)
	fi
	if [ -n "$left" ]; then
		procs=$(grep '^name ' <<<"$left" | cut -d ' ' -f 2- | sed 's/^ *//')
		members=$(grep '^group ' <<<"$left" | cut -d ' ' -f 2- | sed 's/^ *//')
		nprocs=$(grep -c . <<<"$procs")
		ngroup=$(grep -c . <<<"$members")
		[ -z "$procs" ] ||
		    why "processes left behind: $(head -5 <<<"$procs" | paste -sd '|')"
		[ -z "$members" ] ||
		    why "processes left in the driver's process groups: $(head -5 <<<"$members" | paste -sd '|')"
		kill_strays
	fi
	if [ -n "$(ls -A "$TMPDIR")" ]; then
		ntmp=$(ls -A "$TMPDIR" | wc -l)
		why "TMPDIR not empty: $(cd "$TMPDIR" && find . -maxdepth 2 | sed 1d | head -5 | paste -sd ' ')"
		chmod -R u+rwx "$TMPDIR" 2>/dev/null
		rm -rf "${TMPDIR:?}"/* "${TMPDIR:?}"/.[!.]* 2>/dev/null
	fi
	now_snap=$(snapshot)
	if [ "$now_snap" != "$BASELINE" ]; then
		tree=CHANGED
		why "fixture tree changed: $(diff <(echo "$BASELINE") <(echo "$now_snap") |
		    grep '^[<>]' | head -3 | paste -sd '|')"
		BASELINE=$now_snap
	fi
	tenths "$RSS_KB" 1024
	rss=${TENTHS}MB
	if [ "$NRUN" -gt 0 ] && [ "$RSS_KB" -eq 0 ]; then
		why "no peak RSS measured"
	elif [ ${#WRAP[@]} -eq 0 ] && [ "$RSS_KB" -ge $((RSS_MAX_MB * 1024)) ]; then
		why "driver peak RSS $rss, limit ${RSS_MAX_MB}MB"
	fi

	if [ "$HOSTILE" = 1 ]; then
		seen
		TABLE+=("$(printf '%-4s %-22s %-42s %6s %5s+%-3s %4s %-7s %7s' \
		    "$([ ${#WHY[@]} -eq 0 ] && echo ok || echo FAIL)" "$NAME" \
		    "$SEEN" "${secs}s" "$nprocs" "$ngroup" "$ntmp" "$tree" "$rss")")
	fi
	if [ ${#WHY[@]} -eq 0 ]; then
		PASSED=$((PASSED + 1))
		echo "ok $NAME ${secs}s $rss${NOTE:+ ($NOTE)}"
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
	fx "$1"
	awk -v p="$FX" '
		$0 == "# rundriver -- " p { on = 1 }
		on { print }
		on && index($0, "FAIL\t" p "\t") == 1 { exit }
	' "$WORK/out"
}

# verdicts: the ok/FAIL lines of the last run, timings cut.
verdicts()
{
	grep -aE $'^(ok  |FAIL)\t' "$1" | sed -E $'s/\t[0-9.]+s$//'
}

# check SPEC: one expectation. SPEC is KIND:ARG with KIND one of
#   pass:REL  fail:REL   a verdict line (and for fail, its "#" header)
#   msg:TEXT  no:TEXT    stdout has / has not the fixed TEXT
#   re:ERE    rei:ERE    stdout matches ERE (rei: ignoring case)
#   in:REL:TEXT          the failure block of REL has the fixed TEXT (\n
#                        in TEXT: consecutive lines)
#   err:ERE              stderr matches ERE
#   errmsg:TEXT          stderr has the fixed TEXT
#   tail:TEXT            stdout ends with TEXT (printf %b escapes)
#   noproc:              no helper process ran (the compiler included)
# REL is relative to driver/tests/e2e/ unless it is absolute.
check()
{
	local kind=${1%%:*} arg=${1#*:} rel text

	case $kind in
	pass)
		fx "$arg"
		[[ $'\n'$VERDICTS$'\n' == *$'\nok  \t'"$FX"$'\n'* ]] ||
		    why "no 'ok' line for $arg"
		;;
	fail)
		fx "$arg"
		[[ $'\n'$VERDICTS$'\n' == *$'\nFAIL\t'"$FX"$'\n'* ]] ||
		    why "no FAIL line for $arg"
		grep -qaxF "# rundriver -- $FX" "$WORK/out" ||
		    why "no '# rundriver -- $arg' header"
		;;
	msg) grep -qaF -- "$arg" "$WORK/out" || why "stdout lacks '$arg'" ;;
	no) ! grep -qaF -- "$arg" "$WORK/out" || why "stdout has '$arg'" ;;
	re) grep -qaE -- "$arg" "$WORK/out" || why "stdout does not match /$arg/" ;;
	rei) grep -qaiE -- "$arg" "$WORK/out" || why "stdout does not match /$arg/i" ;;
	err) grep -qaE -- "$arg" "$WORK/err" || why "stderr does not match /$arg/" ;;
	errmsg) grep -qaF -- "$arg" "$WORK/err" || why "stderr lacks '$arg'" ;;
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
	noproc)
		[ -z "$(ls -A "$WORK/procs")" ] ||
		    why "helper processes ran: $(ls "$WORK/procs" | wc -l)"
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
		pass:*) fx "${spec#pass:}" && want+=("ok  "$'\t'"$FX") ;;
		fail:*) fx "${spec#fail:}" && want+=("FAIL"$'\t'"$FX") ;;
		esac
	done
	[ ${#want[@]} -gt 0 ] || return
	if [ "$(printf '%s\n' "${want[@]}" | sort -t $'\t' -k 2)" != "$VERDICTS" ]; then
		why "verdict lines differ from the expected ones: $(tr '\t' ' ' <<<"$VERDICTS" | paste -sd '|')"
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
	local rc1 ntests nsum t=3

	# under valgrind the floods need longer than 3 s to be read in full
	[ ${#WRAP[@]} -gt 0 ] && t=10
	drive -n 1 -v -summary -timeout $t "$E2E"
	rc1=$RC
	sed -E $'s/\t[0-9.]+s$//' "$WORK/out" >"$WORK/n1"
	drive -n 8 -v -summary -timeout $t "$E2E"
	sed -E $'s/\t[0-9.]+s$//' "$WORK/out" >"$WORK/n8"
	if [ "$rc1" != 1 ] || [ "$RC" != 1 ]; then
		why "exit statuses $rc1 and $RC, want 1 and 1"
	fi
	cmp -s "$WORK/n1" "$WORK/n8" ||
	    why "reports differ: $(diff -a "$WORK/n1" "$WORK/n8" | grep -a '^[<>]' | head -4 | paste -sd '|')"
	verdicts "$WORK/n1" | cut -f 2 | sort -c 2>/dev/null ||
	    why "verdicts not in bytewise path order"
	verdicts "$WORK/n1" | grep -q 'multi\.dir/' && why "files of multi.dir/ run as tests"
	ntests=$(find "$E2E" -name '*.c' ! -path '*.dir/*' | wc -l)
	nsum=$(awk '/^ *[0-9]+ (ok|FAIL|skip|BUG|FIXED)$/ { n += $1 } END { print n + 0 }' "$WORK/n1")
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
	check pass:"$d/mismatch.c"
	rm -rf "$d"
	finish 5
}

# stdin is /dev/null: a test reading it sees EOF at once, never the
# driver's own stdin, be it a file with data or a pipe nobody closes.
case_stdin_eof()
{
	local fifo=$WORK/gen/stdin.fifo

	echo "data the test must not see" >"$WORK/gen/stdin.txt"
	DRIVE_STDIN=$WORK/gen/stdin.txt drive -v "$E2E/proc/stdin.c"
	expect_rc 0
	check pass:proc/stdin.c
	mkfifo "$fifo"
	exec 7<>"$fifo"	# a writer that never closes: a reader would block
	DRIVE_STDIN=$fifo drive -v "$E2E/proc/stdin.c"
	exec 7>&-
	rm -f "$fifo"
	expect_rc 0
	check pass:proc/stdin.c
	finish 3
}

# start_driver ARGS...: the driver in the background under "helper
# measure" (which passes signals on), as drive runs it; sets DPID.
start_driver()
{
	rm -f "$WORK/rss"
	"$WORK/helper" measure "$WORK/rss" -- "${WRAP[@]}" "$RD" \
	    -profile "$E2E/fake.yaml" -compiler "$WORK/fakecc" "$@" \
	    </dev/null >"$WORK/out" 2>"$WORK/err" &
	DPID=$!
}

# wait_for PATTERN...: wait until a process matching each pgrep PATTERN
# runs (5 s, 60 s under E2E_WRAP).
wait_for()
{
	local p i n=50

	[ ${#WRAP[@]} -eq 0 ] || n=600
	for p; do
		for ((i = 0; i < n; i++)); do
			pgrep -f -- "$p" >/dev/null && break
			sleep 0.1
		done
		pgrep -f -- "$p" >/dev/null || why "'$p' never started"
	done
}

# driver_signal SIG NUM NAME: SIG to the driver while two tests run (one
# ignoring SIGTERM, one whose earlier neighbour already passed) and two
# wait: every process group killed, the temp root removed, the two passed
# tests reported, "4 not run" counted, and the driver dead by SIG itself.
driver_signal()
{
	local sig=$1 num=$2 name=$3 i t0 n=50 how

	[ ${#WRAP[@]} -eq 0 ] || n=300
	now
	t0=$NOW
	exec 3>&2 2>/dev/null	# no "Hangup" notice from the shell
	start_driver -v -n 2 -timeout_scale 10 "$E2E/proc/pass.c" \
	    "$E2E/proc/ignoreterm.c" "$E2E/proc/forkmany.c" \
	    "$E2E/timeout/default.c" "$E2E/sig/abrt.c" "$E2E/sig/bus.c"
	wait_for "$WORK/helper ignoreterm" "$WORK/helper loop"
	sleep 0.2
	kill "-$sig" "$DPID" 2>/dev/null
	for ((i = 0; i < n; i++)); do
		kill -0 "$DPID" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$DPID" 2>/dev/null; then
		why "driver alive $((n / 10))s after SIG$sig"
		kill -KILL "$DPID"
	fi
	wait "$DPID"
	RC=$?
	exec 2>&3 3>&-
	NRUN=1
	now
	ELAPSED=$((NOW - t0))
	keep_outputs "$NAME"
	after_run
	expect_rc $((128 + num))
	how=$(sed -n 2p "$WORK/rss" 2>/dev/null)
	[ "$how" = "signal $num" ] || why "the driver ended by '$how', want 'signal $num' (a re-raise)"
	check pass:proc/pass.c
	check pass:proc/forkmany.c
	check tail:'    4 not run (interrupted)\n'
	check no:FAIL
	check err:"interrupted by signal $num \\($name\\): 4 tests not run"
	finish 8
}

case_driver_sigterm() { driver_signal TERM 15 terminated; }
case_driver_sigint() { driver_signal INT 2 interrupt; }
case_driver_sighup() { driver_signal HUP 1 hangup; }

# mktree: a tree in $WORK/gen/tree with a passing test, a symlink loop
# of folders (sub/up -> ..), a link to itself named self.c, a dangling
# link named dangling.c, a FIFO named fifo.c (not a test: skipped) and a
# test whose .out is a link to /dev/zero.
mktree()
{
	local d=$WORK/gen/tree

	rm -rf "$d"
	mkdir -p "$d/sub"
	cp "$E2E/proc/pass.c" "$E2E/proc/pass.out" "$d/"
	cp "$E2E/proc/pass.c" "$d/zero.c"
	ln -s /dev/zero "$d/zero.out"
	ln -s .. "$d/sub/up"
	ln -s self.c "$d/self.c"
	ln -s nowhere.c "$d/dangling.c"
	mkfifo "$d/fifo.c"
}

case_tree_links()
{
	local d=$WORK/gen/tree

	mktree
	drive -v "$d"
	expect_rc 1
	check pass:"$d/pass.c"
	check fail:"$d/self.c"
	check in:"$d/self.c:$d/self.c: Too many levels of symbolic links"
	check fail:"$d/dangling.c"
	check in:"$d/dangling.c:$d/dangling.c: No such file or directory"
	check fail:"$d/zero.c"
	check in:"$d/zero.c:cannot read expected output $d/zero.out: not a regular file"
	expect_verdicts pass:"$d/pass.c" fail:"$d/self.c" fail:"$d/dangling.c" \
	    fail:"$d/zero.c"
	finish 3
}

# A FIFO or a device named on the command line: an error, not a hang.
case_fifo_arg()
{
	local d=$WORK/gen/tree

	mktree
	drive -v "$d/fifo.c"
	expect_rc 2
	check errmsg:"rundriver: $d/fifo.c: not a regular file or a folder"
	drive -v /dev/zero
	expect_rc 2
	check errmsg:"rundriver: /dev/zero: not a regular file or a folder"
	drive -v -profile "$d/fifo.c" "$E2E/proc/pass.c"
	expect_rc 2
	check errmsg:"rundriver: $d/fifo.c: not a regular file"
	finish 3
}

# A test file that cannot be read. chmod 000 does not stop root, so as
# root that half says so and checks only that the run ends cleanly; the
# other half, a link to /proc/self/mem (a regular file whose first read
# fails with EIO), is unreadable for everyone.
case_unreadable()
{
	local f=$WORK/gen/unreadable.c m=$WORK/gen/mem.c

	cp "$E2E/proc/pass.c" "$f"
	cp "$E2E/proc/pass.out" "${f%.c}.out"
	chmod 000 "$f"
	drive -v "$f"
	chmod 644 "$f"
	if [ "$(id -u)" = 0 ]; then
		NOTE="root reads mode-000 files: that assertion skipped"
		expect_rc 0
	else
		expect_rc 1
		check fail:"$f"
		check in:"$f:$f: Permission denied"
	fi
	ln -s /proc/self/mem "$m"
	drive -v "$m"
	expect_rc 1
	check fail:"$m"
	check in:"$m:$m: Input/output error"
	finish 3
}

# A requires: line nested a million deep: an error, not a stack overflow.
case_requires_deep()
{
	local f=$WORK/gen/deep.c

	{
		printf '// compile\n// requires: '
		head -c 1000000 /dev/zero | tr '\0' '!'
		printf 'fake\n\nint x;\n'
	} >"$f"
	drive -v "$f"
	expect_rc 1
	check fail:"$f"
	check in:"$f:$f:2: requires: expression nested too deeply at column 101"
	finish 3
}

# ---- bugs/, promote, the profile matrix, the /dev/null guard ----

# promote_run ARGS...: "rundriver promote ARGS"; sets RC, $WORK/out, err.
promote_run()
{
	"${WRAP[@]}" "$RD" promote "$@" >"$WORK/out" 2>"$WORK/err"
	RC=$?
}

# promote moves a fixed bug with its .out and .dir to fixedbugs/, refuses
# to overwrite, and refuses files outside a bugs/ folder.
case_promote()
{
	local p=$WORK/promo

	rm -rf "$p"
	mkdir -p "$p/bugs/fixed.dir" "$p/fixedbugs"
	cp "$E2E/bugs/fixed.c" "$E2E/bugs/fixed.out" "$p/bugs/"
	echo 'int x;' >"$p/bugs/fixed.dir/a.c"
	cp "$E2E/bugs/open.c" "$p/bugs/"
	cp "$E2E/bugs/open.c" "$p/fixedbugs/"
	promote_run "$p/bugs/fixed.c"
	expect_rc 0
	[ -f "$p/fixedbugs/fixed.c" ] && [ -f "$p/fixedbugs/fixed.out" ] &&
	    [ -f "$p/fixedbugs/fixed.dir/a.c" ] ||
	    why "fixed.c, .out and .dir not all in fixedbugs/"
	[ ! -e "$p/bugs/fixed.c" ] && [ ! -e "$p/bugs/fixed.out" ] &&
	    [ ! -e "$p/bugs/fixed.dir" ] || why "something of fixed.c left in bugs/"
	promote_run "$p/bugs/open.c"
	expect_rc 1
	check 'err:fixedbugs/open.c already exists; nothing moved'
	[ -f "$p/bugs/open.c" ] || why "a refused promote moved the file"
	promote_run "$p/fixedbugs/fixed.c"
	expect_rc 1
	check 'err:not a test in a bugs/ folder'
	promote_run
	expect_rc 2
	rm -rf "$p"
	finish 5
}

# -profile A,B: one report per profile, then the tests whose verdicts
# differ (f-requires.c skips under fake, passes under alt) and totals.
case_matrix()
{
	drive -profile "$E2E/fake.yaml,$E2E/profiles/alt.yaml" -show_skips \
	    "$E2E/summary/f-requires.c" "$E2E/proc/pass.c" "$E2E/bugs/open.c"
	expect_rc 0
	check 'msg:== profile fake: '
	check 'msg:== profile alt: '
	check 'msg:== matrix: 1 of 3 tests differ between fake, alt'
	check "re:^$E2E/summary/f-requires\\.c +skip +ok *\$"
	check "no:$E2E/bugs/open.c  "
	check "no:$E2E/proc/pass.c  "
	check 're:^fake +1 +0 +1 +1 +0 +0$'
	check 're:^alt +2 +0 +0 +1 +0 +0$'
	finish 10
}

# After a command replaces /dev/null (as tcc -o /dev/null does as root),
# the run stops with exit 2 naming the test, and root gets the device
# back. Only in a private mount namespace over a scratch /dev, as root.
case_devnull_guard()
{
	local s=$WORK/devns t0

	if [ "$(id -u)" != 0 ] || ! unshare -m true 2>/dev/null; then
		echo "note: devnull-guard needs root and unshare -m; not run"
		return
	fi
	mkdir -p "$s/dev" "$s/t"
	mknod -m 666 "$s/dev/null" c 1 3
	ln -s /proc/self/fd "$s/dev/fd"
	printf '#!/bin/sh\nrm -f /dev/null && echo junk >/dev/null\nexit 1\n' >"$s/cc"
	chmod +x "$s/cc"
	printf '// compile\n\nint x;\n' >"$s/t/a.c"
	printf '// compile\n\nint y;\n' >"$s/t/b.c"
	cat >"$s/inner.sh" <<-INNER
	mount --bind "$s/dev" /dev || exit 3
	"$RD" -n 1 -profile "$E2E/fake.yaml" -compiler "$s/cc" "$s/t/a.c" "$s/t/b.c"
	rc=\$?
	stat -c '%F %t %T' /dev/null >"$s/after"
	exit \$rc
	INNER
	now
	t0=$NOW
	timeout -k 5 60 unshare -m --propagation private sh "$s/inner.sh" \
	    >"$WORK/out" 2>"$WORK/err"
	RC=$?
	now
	ELAPSED=$((ELAPSED + NOW - t0))
	expect_rc 2
	check "err:$s/t/a.c: stopping the run: /dev/null was a regular file \\(restored\\)"
	check 'msg:2 not run'
	[ "$(cat "$s/after" 2>/dev/null)" = "character special file 1 3" ] ||
	    why "/dev/null after the run: $(cat "$s/after" 2>/dev/null)"
	[ -c /dev/null ] || why "the real /dev/null was touched"
	rm -rf "$s"
	finish 10
}

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
t setsid-escapee 5 0 'proc/setsid.c' '-v' pass:proc/setsid.c
t escape-exec-sleep 5 0 'proc/escape.c' '-v' pass:proc/escape.c
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
    'in:errcheck/succeeds.c:compilation succeeded unexpectedly'
t errcheck-diag-4MB 5 1 'errcheck/diag4mb.c' '' fail:errcheck/diag4mb.c \
    'in:errcheck/diag4mb.c:\nUnmatched Errors:\ndiag4mb.c:1: error: spewing diagnostics on purpose\n'
t errcheck-catastrophic 3 1 'errcheck/catastrophic.c' '' fail:errcheck/catastrophic.c \
    'in:errcheck/catastrophic.c:catastrophic.c:6: pattern "(a+)+$" hit the PCRE2 match limit'

# signals to the driver itself
c driver-sigterm
c driver-sigint
c driver-sighup

HOSTILE=0

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

# bad input fails with a clear message naming the file and line
t recipe-unknown-action 5 1 'recipe/unknown.c' '' fail:recipe/unknown.c \
    "in:recipe/unknown.c:$E2E/recipe/unknown.c:1: unknown action \"frobnicate\""
t recipe-empty-file 5 1 'recipe/empty.c' '' fail:recipe/empty.c \
    "in:recipe/empty.c:$E2E/recipe/empty.c:1: empty file: no test directive"
t recipe-no-blank-line 5 1 'recipe/noblank.c' '' fail:recipe/noblank.c \
    "in:recipe/noblank.c:$E2E/recipe/noblank.c:2: code inside the recipe block: a blank line must end the leading comment"
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
    "in:bad/regexp.c:$E2E/bad/regexp.c:6: invalid regexp \"f(oo\" in ERROR line: missing closing parenthesis at offset 4"
t bad-line-x 5 1 'bad/line-x.c' '' fail:bad/line-x.c \
    "in:bad/line-x.c:$E2E/bad/line-x.c:4: invalid pattern \"LINE+x\" in ERROR line: LINE+ must be followed by a number"
t bad-line-before 5 1 'bad/line-before.c' '' fail:bad/line-before.c \
    "in:bad/line-before.c:$E2E/bad/line-before.c:4: invalid pattern \"LINE-9\" in ERROR line: LINE-9 names line -5, before the first line"
t bad-error-quote 5 1 'bad/error-quote.c' '' fail:bad/error-quote.c \
    "in:bad/error-quote.c:$E2E/bad/error-quote.c:4: invalid ERROR comment: unclosed quote in \"unclosed"
c requires-deep
c tree-links
c fifo-arg
c unreadable
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
    "errmsg:rundriver: $E2E/profiles/timeout-string.yaml:14:10: expected a positive number, got \"ten seconds\"" noproc:
t profile-flags-string 5 2 'proc/pass.c' "-profile $E2E/profiles/flags-string.yaml" \
    "errmsg:rundriver: $E2E/profiles/flags-string.yaml:5:8: expected a list, got a string" noproc:
t profile-step-map-key 5 2 'proc/pass.c' "-profile $E2E/profiles/step-map-key.yaml" \
    "errmsg:rundriver: $E2E/profiles/step-map-key.yaml:10:3: expected a string, got a map" noproc:
t profile-env-list-key 5 2 'proc/pass.c' "-profile $E2E/profiles/env-list-key.yaml" \
    "errmsg:rundriver: $E2E/profiles/env-list-key.yaml:15:18: expected a string, got a list" noproc:
t profile-limit-fraction 5 2 'proc/pass.c' "-profile $E2E/profiles/limit-fraction.yaml" \
    "errmsg:rundriver: $E2E/profiles/limit-fraction.yaml:16:15: expected a whole number of bytes, got \"0.5\"" noproc:
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
c devnull-guard
t compiler-dir 5 2 'proc/pass.c' '@nocc -compiler /tmp' \
    'errmsg:rundriver: '"$E2E"'/fake.yaml: compiler "/tmp" not found or not executable' \
    no:'ok  ' noproc:
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
echo "e2e: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
