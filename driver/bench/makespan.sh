#!/usr/bin/env bash
# How well the scheduler packs the cores: the C suite (test/) with SLOW
# CPU-bound tests of SECS seconds each mixed in under names that sort
# last, at -n = cores, the result cache off, the start order that of the
# run before (the results store). Makespan = wall / max(CPU / cores,
# longest test): 1 is a run no schedule could beat. Median of ROUNDS.
#   driver/bench/makespan.sh [rundriver]   env: SLOW (3), SECS (4), ROUNDS (3)
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2
. driver/bench/lib.sh
bench_setup "$@"
slow=${SLOW:-3}
secs=${SECS:-4}
rounds=${ROUNDS:-3}
cores=$(nproc)
export RUNDRIVER_STORE=$work/store

cp -r test "$work/suite"
for i in $(seq 1 "$slow"); do
	cat >"$work/suite/zz-busy-$i.c" <<C
// run
// A long CPU-bound test for the makespan benchmark.

#include <time.h>

int main(void)
{
	clock_t end = clock() + $secs * CLOCKS_PER_SEC;
	volatile unsigned long spins = 0;

	while (clock() < end)
		spins++;
	return 0;
}
C
done
"$rd" -cache=off -n "$cores" "$work/suite" >/dev/null 2>&1	# the store
spans=()
for r in $(seq 1 "$rounds"); do
	timed "$work/out" "$rd" -cache=off -n "$cores" -json "$work/run.json" \
	    "$work/suite"
	longest=$(grep -o '"Test":"[^"]*","Elapsed":[0-9.]*' "$work/run.json" |
	    sed 's/.*"Elapsed"://' | sort -g | tail -n 1)
	spans+=("$(awk -v w="$WALL" -v c="$CPU" -v k="$cores" -v l="$longest" \
	    'BEGIN { b = c / k > l ? c / k : l; printf "%.3f", w / b }')")
	echo "round $r: wall ${WALL}s, cpu ${CPU}s on $cores cores, longest" \
	    "test ${longest}s: makespan ${spans[-1]}"
done
row "makespan, C suite + $slow tests of ${secs}s, wall / bound" \
    "$(median "${spans[@]}")" 1.05 "<="
