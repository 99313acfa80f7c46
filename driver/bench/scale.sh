#!/usr/bin/env bash
# Discovery and recipe parsing at scale: COUNT generated C tests (default
# 50000, in folders of 1000) listed with -list, which finds every test
# and reads its recipe without running anything. Prints the wall time and
# the peak RSS (median of ROUNDS, default 3).
#   driver/bench/scale.sh [rundriver]    env: COUNT, ROUNDS
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2
. driver/bench/lib.sh
bench_setup "$@"
count=${COUNT:-50000}
rounds=${ROUNDS:-3}

awk -v n="$count" -v dir="$work/t" 'BEGIN {
	for (i = 0; i < n; i++) {
		d = sprintf("%s/d%03d", dir, int(i / 1000))
		if (i % 1000 == 0)
			system("mkdir -p " d)
		f = sprintf("%s/t%05d.c", d, i)
		printf "// %s\n// A generated test for the scale benchmark.\n\nint t%d(void)\n{\n\treturn %d;\n}\n",
		    (i % 3 == 0 ? "run" : i % 3 == 1 ? "compile" : "errorcheck -0"),
		    i, i % 7 > f
		close(f)
	}
}'
walls=() rss=()
for r in $(seq 1 "$rounds"); do
	timed "$work/out" "$rd" -list "$work/t"
	listed=$(grep -c '\.c' "$work/out")
	[ "$listed" = "$count" ] || { echo "scale: -list named $listed tests, want $count"; exit 1; }
	walls+=("$WALL")
	rss+=("$(awk -v k="$RSS" 'BEGIN { printf "%.1f", k / 1024 }')")
	echo "round $r: ${WALL}s, peak RSS ${rss[-1]} MiB"
done
row "$count files: discovery and recipe parsing, seconds" \
    "$(median "${walls[@]}")" 1 "<="
row "$count files: peak RSS, MiB" "$(median "${rss[@]}")" 64 "<="
