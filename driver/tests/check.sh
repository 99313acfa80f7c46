#!/usr/bin/env bash
# The whole of `make check`: unit tests, end-to-end tests, then the C suite
# (test/) under each profile named on the command line. Ends with one line
# "N passed, N failed, N skipped" summing every test that ran.
#   driver/tests/check.sh cc gcc clang
# $RUNDRIVER and $UNIT name the driver and unit-test binaries to use
# (default ./rundriver and build/unit), e.g. a sanitizer build.
set -u
cd "$(dirname "$0")/../.." || exit 2
rd=${RUNDRIVER:-./rundriver}
unit=${UNIT:-build/unit}

passed=0 failed=0 skipped=0 broken=""

# add NAME OUTPUT: add the counts of a "N passed, N failed" line.
add() {
	local line p f
	line=$(printf '%s\n' "$2" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -n 1)
	if [ -z "$line" ]; then
		broken="$broken $1"
		failed=$((failed + 1))
		return
	fi
	p=$(printf '%s' "$line" | sed -E 's/^(.*[^0-9])?([0-9]+) passed.*/\2/')
	f=$(printf '%s' "$line" | sed -E 's/^.*[^0-9]([0-9]+) failed.*/\1/')
	passed=$((passed + p))
	failed=$((failed + f))
}

echo "== unit tests"
out=$("$unit" 2>&1)
printf '%s\n' "$out" | tail -n 20
add unit "$out"

echo "== end-to-end tests"
out=$(driver/tests/e2e.sh "$rd" 2>&1)
printf '%s\n' "$out"
add e2e "$out"

# The Go dialect against run.go, when Go and its test tree are installed
# ($GO_CHECKS=0 leaves it out, as the sanitizer run does).
if [ "${GO_CHECKS:-1}" != 0 ] && command -v go >/dev/null 2>&1 &&
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
	echo "== Go dialect: skipped (no go, or no golang-1.19-src)"
fi

for profile in "$@"; do
	echo "== C suite under $profile: $rd -profile $profile -summary test/"
	out=$("$rd" -profile "$profile" -summary test/ 2>&1)
	rc=$?
	printf '%s\n' "$out"
	ok=$(printf '%s\n' "$out" | awk '$2 == "ok" {print $1}')
	bad=$(printf '%s\n' "$out" | awk '$2 == "FAIL" {print $1}')
	skip=$(printf '%s\n' "$out" | awk '$2 == "skip" {print $1}')
	passed=$((passed + ${ok:-0}))
	failed=$((failed + ${bad:-0}))
	skipped=$((skipped + ${skip:-0}))
	if [ "$rc" -ne 0 ] && [ -z "$bad" ]; then
		broken="$broken suite-$profile(exit $rc)"
		failed=$((failed + 1))
	fi
done

[ -n "$broken" ] && echo "broken runs:$broken"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
