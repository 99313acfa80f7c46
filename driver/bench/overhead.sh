#!/usr/bin/env bash
# The driver's own cost a test: COUNT generated run tests (default 5000)
# under a profile whose compiler and program are /bin/true, at -n 1 and
# with the result cache off, against spawnloop.c doing the same 2 x COUNT
# spawns of /bin/true. Prints the milliseconds a test above that floor
# (median of ROUNDS, default 3, alternated).
#   driver/bench/overhead.sh [rundriver]    env: COUNT, ROUNDS
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2
. driver/bench/lib.sh
bench_setup "$@"
count=${COUNT:-5000}
rounds=${ROUNDS:-3}

${CC:-cc} -O2 -o "$work/spawnloop" driver/bench/spawnloop.c || exit 2
mkdir "$work/t"
for i in $(seq 1 "$count"); do
	printf '// run\n\nint x%d;\n' "$i" >"$work/t/t$i.c"
done
cat >"$work/noop.yaml" <<'YAML'
name: noop
dialect: c
extensions: [.c]
compiler: /bin/true
steps:
  compile: ["{compiler}", -c, "{src}", -o, "{tmp}/a.o"]
  build:   ["{compiler}", "{src}", -o, "{exe}"]
  check:   ["{compiler}", -c, "{src}", -o, "{tmp}/a.o"]
  run:     [/bin/true]
diagnostics: '^(?<file>[^:\n]+):(?<line>\d+): (?<text>.*)$'
timeout: 60
YAML

over=()
for r in $(seq 1 "$rounds"); do
	timed "$work/a.out" "$rd" -profile "$work/noop.yaml" -cache=off -n 1 \
	    "$work/t"
	aw=$WALL
	grep -q FAIL "$work/a.out" && { echo "overhead: a test failed:"; head -5 "$work/a.out"; exit 1; }
	timed "$work/b.out" "$work/spawnloop" $((2 * count)) /bin/true
	bw=$WALL
	over+=("$(awk -v a="$aw" -v b="$bw" -v n="$count" \
	    'BEGIN { printf "%.3f", (a - b) * 1000 / n }')")
	echo "round $r: rundriver ${aw}s, spawn loop ${bw}s:" \
	    "${over[-1]} ms a test above the floor"
done
row "driver overhead above the spawn floor, ms a test ($count tests)" \
    "$(median "${over[@]}")" 0.3 "<="
