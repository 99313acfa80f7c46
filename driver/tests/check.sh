#!/usr/bin/env bash
# The whole of `make check`: unit tests, end-to-end tests, make install,
# Go's tree, then the C suite (test/, fixedbugs/, bugs/) under the profiles
# named on the command line (several: one matrix run) and the suite's own
# checks. Ends with one line "N passed, N failed, N skipped" summing every
# test that ran.
#   driver/tests/check.sh cc gcc clang tcc pcc?
# $RUNDRIVER and $UNIT name the driver and unit-test binaries to use
# (default ./rundriver and build/unit), e.g. a sanitizer build;
# GO_CHECKS=0, C_SUITE_CHECKS=0, VERSION_CHECKS=0 and INSTALL_CHECKS=0
# leave those parts out, FUZZ_REPLAY=1 adds the fuzz seed replay. A part
# left out, by choice or because Go is not installed, counts its cases as
# skipped.
set -u
cd "$(dirname "$0")/../.." || exit 2
# run inside a CI engine's parallel job, the driver would take its shard
# from these; the checks want every test
unset CI_NODE_INDEX CI_NODE_TOTAL BUILDKITE_PARALLEL_JOB \
    BUILDKITE_PARALLEL_JOB_COUNT CIRCLE_NODE_INDEX CIRCLE_NODE_TOTAL \
    SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN \
    JOB_COMPLETION_INDEX
rd=${RUNDRIVER:-./rundriver}
unit=${UNIT:-build/unit}
# one result cache for the whole check, empty at its start: no pass of an
# earlier run or of the user's own is taken as this run's
RUNDRIVER_CACHE=$(mktemp -d) || exit 2
export RUNDRIVER_CACHE
trap 'rm -rf "$RUNDRIVER_CACHE"' EXIT

passed=0 failed=0 skipped=0 broken=""

# add NAME OUTPUT: add the counts of a "N passed, N failed[, N skipped]"
# line.
add() {
	local line p f s
	line=$(printf '%s\n' "$2" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -n 1)
	if [ -z "$line" ]; then
		broken="$broken $1"
		failed=$((failed + 1))
		return
	fi
	p=$(printf '%s' "$line" | sed -E 's/^(.*[^0-9])?([0-9]+) passed.*/\2/')
	f=$(printf '%s' "$line" | sed -E 's/^.*[^0-9]([0-9]+) failed.*/\1/')
	s=0
	case $line in
	*" skipped"*) s=$(printf '%s' "$line" | sed -E 's/^.*[^0-9]([0-9]+) skipped.*/\1/') ;;
	esac
	passed=$((passed + p))
	failed=$((failed + f))
	skipped=$((skipped + s))
}

# left_out WHAT N: a part of the checks did not run; its N cases count as
# skipped.
left_out() {
	echo "== $1: left out, $2 cases counted as skipped"
	skipped=$((skipped + $2))
}

echo "== unit tests"
out=$("$unit" 2>&1)
printf '%s\n' "$out" | tail -n 20
add unit "$out"

echo "== end-to-end tests"
out=$(driver/tests/e2e.sh "$rd" 2>&1)
printf '%s\n' "$out"
add e2e "$out"

# make install into a temporary PREFIX: the installed binary away from the
# tree, its bash completion, its man page. It installs ./rundriver, not
# $RUNDRIVER: $INSTALL_CHECKS=0 leaves it out, as the sanitizer run does.
if [ "${INSTALL_CHECKS:-1}" = 0 ]; then
	left_out "make install (INSTALL_CHECKS=0)" \
	    "$(driver/tests/install.sh --count)"
else
	echo "== make install: the installed binary, completion, man page"
	out=$(driver/tests/install.sh 2>&1)
	printf '%s\n' "$out" | grep -v '^ok '
	add install "$out"
fi

# The Go dialect against run.go, when Go and its test tree are installed
# ($GO_CHECKS=0 leaves it out, as the sanitizer run does).
go_cases=$(wc -l < driver/tests/go1.19-verdicts.txt)
go_mutants=$(grep -vc '^#' driver/tests/go1.19-mutations.txt)
if [ "${GO_CHECKS:-1}" = 0 ]; then
	left_out "Go dialect (GO_CHECKS=0)" $((go_cases + go_mutants))
elif command -v go >/dev/null 2>&1 &&
   [ -f "$(go env GOROOT)/test/run.go" ]; then
	echo "== Go dialect: verdicts of Go's test tree against run.go 1.19"
	out=$(driver/tests/go-oracle.sh "$rd" 2>&1)
	printf '%s\n' "$out" | tail -n 60
	add go-oracle "$out"
	echo "== Go dialect: mutants that must fail"
	out=$(driver/tests/go-mutate.sh "$rd" 2>&1)
	printf '%s\n' "$out" | tail -n 20
	add go-mutate "$out"
else
	left_out "Go dialect (no go, or no golang-1.19-src)" \
	    $((go_cases + go_mutants))
fi

# The C suite: one profile prints -summary counts; several print the
# verdict matrix, whose totals table is summed (ok, BUG and known pass;
# FAIL and FIXED fail).
suite="test/ fixedbugs/ bugs/"
# A profile named with a trailing "?" (pcc?) joins only when its compiler
# is installed (make deps-versions); otherwise its cases count as skipped.
given=("$@")
set --
for p in "${given[@]}"; do
	case $p in
	*"?")
		p=${p%"?"}
		c=$(sed -n 's/^compiler: *//p' "config/$p.yaml")
		if ! command -v "$c" >/dev/null 2>&1; then
			left_out "C suite under $p ($c not installed)" \
			    "$("$rd" -list $suite | wc -l)"
			continue
		fi
		;;
	esac
	set -- "$@" "$p"
done
if [ $# -eq 1 ]; then
	echo "== C suite: $rd -profile $1 -summary $suite"
	out=$("$rd" -profile "$1" -summary $suite 2>&1)
	rc=$?
	printf '%s\n' "$out"
	totals=$(printf '%s\n' "$out" | awk '
		$2 == "ok" || $2 == "BUG" { p += $1 }
		$2 == "FAIL" || $2 == "FIXED" { f += $1 }
		$2 == "skip" { s += $1 }
		END { print p + 0, f + 0, s + 0 }')
elif [ $# -gt 1 ]; then
	profiles=$(IFS=,; echo "$*")
	echo "== C suite: $rd -profile $profiles $suite"
	out=$("$rd" -profile "$profiles" $suite 2>&1)
	rc=$?
	printf '%s\n' "$out" | grep -v -E $'^(ok  |BUG )\t'
	totals=$(printf '%s\n' "$out" | awk '
		$1 == "profile" && $2 == "ok" { on = 1; next }
		on && NF == 0 { on = 0 }
		on && NF == 7 { p += $2 + $5 + $7; f += $3 + $6; s += $4 }
		END { print p + 0, f + 0, s + 0 }')
fi
if [ $# -gt 0 ]; then
	read -r p f s <<<"$totals"
	passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		broken="$broken c-suite(exit $rc)"
		failed=$((failed + 1))
	fi
fi
if [ $# -gt 0 ] && [ "${C_SUITE_CHECKS:-1}" != 0 ]; then
	echo "== C suite checks: bugs/ flip to FIXED, broken compilers caught"
	out=$(driver/tests/c-suite.sh "$rd" 2>&1)
	printf '%s\n' "$out" | grep -v '^ok '
	add c-suite "$out"
else
	left_out "C suite checks" "$(driver/tests/c-suite.sh --count)"
fi

# The regression cases: each in our own words (against GCC's testsuite,
# when gcc-12-source is installed), each wrong-code case with its asm
# check, and each fixed: line proved on the releases installed.
echo "== fixedbugs/ and bugs/ against GCC's testsuite"
out=$(driver/tests/similar.sh 2>&1)
printf '%s\n' "$out" | grep -v '^ok '
add similar "$out"
echo "== fixedbugs/ and bugs/: what each case must carry"
out=$(driver/tests/cases.sh 2>&1)
printf '%s\n' "$out" | grep -v '^ok '
add cases "$out"
if [ "${VERSION_CHECKS:-1}" = 0 ]; then
	left_out "version matrix (VERSION_CHECKS=0)" \
	    "$(driver/tests/versions.sh --count)"
else
	echo "== version matrix: fixed: lines proved on installed releases"
	out=$(driver/tests/versions.sh "$rd" 2>&1)
	printf '%s\n' "$out"
	add versions "$out"
fi

# The fuzz targets over their seed corpora, past findings included
# ($FUZZ_REPLAY=1, as the sanitizer run does).
if [ "${FUZZ_REPLAY:-0}" = 1 ]; then
	echo "== fuzz seeds replayed: make fuzz-replay"
	out=$(make -s fuzz-replay 2>&1)
	printf '%s\n' "$out"
	add fuzz-replay "$out"
fi

[ -n "$broken" ] && echo "broken runs:$broken"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
