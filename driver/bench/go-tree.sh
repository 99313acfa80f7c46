#!/usr/bin/env bash
# Wall time of rundriver -profile go against go run run.go over the whole
# of Go's test tree, same -n, alternating A B A B (ROUNDS pairs, default 2)
# so that a drift of the machine hits both. Prints each run and the ratio
# of the sums (rundriver / run.go; the target is at most 0.75).
#   driver/bench/go-tree.sh [rundriver] [-n N]
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2
rd=$(pwd)/${1:-rundriver}
n=${N:-$(nproc)}
rounds=${ROUNDS:-2}
root=$(go env GOROOT)/test
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }

run_a() {	# rundriver
	local t0
	t0=$(now)
	"$rd" -profile go -n "$n" "$root" > "$work/a.out" 2>&1
	awk -v a="$(now)" -v b="$t0" 'BEGIN { printf "%.2f", a - b }'
}

run_b() {	# go run run.go, as its users start it
	local t0
	t0=$(now)
	(cd "$root" && go run run.go -n "$n") > "$work/b.out" 2>&1
	awk -v a="$(now)" -v b="$t0" 'BEGIN { printf "%.2f", a - b }'
}

sa=0 sb=0
for i in $(seq "$rounds"); do
	a=$(run_a)
	echo "round $i: rundriver ${a}s ($(grep -c '^FAIL' "$work/a.out") FAIL)"
	b=$(run_b)
	echo "round $i: run.go    ${b}s ($(grep -c '^FAIL' "$work/b.out") FAIL)"
	sa=$(awk -v x="$sa" -v y="$a" 'BEGIN { print x + y }')
	sb=$(awk -v x="$sb" -v y="$b" 'BEGIN { print x + y }')
done
awk -v a="$sa" -v b="$sb" -v n="$n" -v r="$rounds" 'BEGIN {
	printf "rundriver / run.go = %.3f (-n %s, %s rounds)\n", a / b, n, r }'
