#!/usr/bin/env bash
# What the results store's start order is worth: the C suite (test/) with
# SLOW tests of SECS seconds each mixed in under names that sort last, run
# with -n N from an empty store (discovery order: the slow tests start
# last and the run waits for them) and then from the store of that run
# (the longest tests start first). Alternates cold and warm ROUNDS times
# and prints each wall time and the ratio of the medians (warm / cold).
#   driver/bench/schedule.sh [rundriver]   env: N (2), SLOW (3), SECS (5),
#   ROUNDS (3)
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2
. driver/bench/lib.sh
bench_setup "$@"
n=${N:-2}
slow=${SLOW:-3}
secs=${SECS:-5}
rounds=${ROUNDS:-3}

cp -r test "$work/suite"
for i in $(seq 1 "$slow"); do
	printf '// run\n// A slow test for the scheduling benchmark.\n\n#include <unistd.h>\n\nint main(void)\n{\n\treturn sleep(%d);\n}\n' \
	    "$secs" >"$work/suite/zz-slow-$i.c"
done

# wall SECONDS of one run in $work, from the store as it is
wall()
{
	/usr/bin/time -f %e -o "$work/time" "$rd" -cache=off -n "$n" suite \
	    >"$work/out" 2>&1 </dev/null
	cat "$work/time"
}

cd "$work" || exit 2
cold=() warm=()
for r in $(seq 1 "$rounds"); do
	rm -rf .rundriver
	cold+=("$(wall)")
	warm+=("$(wall)")
	echo "round $r: cold ${cold[-1]}s  warm ${warm[-1]}s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
	m = int((NR + 1) / 2); if (NR % 2) print v[m]; else print (v[m] + v[m + 1]) / 2 }'; }
mc=$(median "${cold[@]}")
mw=$(median "${warm[@]}")
awk -v c="$mc" -v w="$mw" -v s="$slow" -v t="$secs" -v n="$n" 'BEGIN {
	printf "schedule: %d slow tests of %ds, -n %d: cold %.2fs, warm %.2fs, warm/cold %.2f (target < 1)\n", s, t, n, c, w, w / c
	printf "row:start order from the results store, wall warm / cold|%.3f|< 1|%s\n", w / c, w / c < 1 ? "met" : "MISSED" }'
