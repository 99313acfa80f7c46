# The end-to-end harness, sourced by e2e.sh: the invariants checked after
# every case, running the driver, the checks on its output, and the
# table-driven case runner. It defines functions only.
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
	rm -rf "$RUNDRIVER_STORE"	# no case sees another's results
	: >"$WORK/out"
	: >"$WORK/err"
}

# skip_case WHY...: the current case cannot run on this machine; it is
# counted as skipped (never as passed), with its reason.
skip_case()
{
	SKIPPED=$((SKIPPED + 1))
	echo "skip $NAME: $*"
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
#   exact:REL:TEXT       the failure message of REL, between its "#" line
#                        and its FAIL line, is TEXT (printf %b escapes)
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
	exact)
		rel=${arg%%:*}
		text=$(printf '%b' "${arg#*:}")
		[ "$(block "$rel" | sed '1d;$d')" = "$text" ] ||
		    why "report of $rel is not exactly '${arg#*:}': '$(block "$rel" | sed '1d;$d' | head -c 400)'"
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
