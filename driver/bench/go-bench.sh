#!/usr/bin/env bash
# rundriver -profile go -cache=off against a prebuilt run.go (go build
# run.go: no go run, whose own build and go parent process would flatter
# the ratio), on the same files with the same -n, alternating A B A B:
# the medians of the pairs' wall and CPU ratios, and whether both name
# the same failures. "sample" (the 80 files of go-sample.txt, every
# 30th of the tree; ROUNDS pairs, default 5) also times a warm rerun
# with the result cache on against the cold run that filled it; "full"
# (the whole tree, ROUNDS default 2) takes about ten minutes.
#   driver/bench/go-bench.sh [rundriver] sample|full    env: N, ROUNDS
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2
. driver/bench/lib.sh
what=${2:-sample}
n=${N:-$(nproc)}
root=$(go_root) || exit 2
bench_setup "$@"
export RUNDRIVER_STORE=$work/store	# the start order of earlier rounds

case $what in
sample)
	mapfile -t files <driver/bench/go-sample.txt
	rounds=${ROUNDS:-5}
	label="Go sample (${#files[@]} files)"
	;;
full)
	files=()
	rounds=${ROUNDS:-2}
	label="Go tree (whole)"
	;;
*)
	echo "usage: driver/bench/go-bench.sh [rundriver] sample|full" >&2
	exit 2
	;;
esac

(cd "$root" && go build -o "$work/rungo" run.go) || exit 2

# one of each first, not counted: the page cache, the go build cache and
# rundriver's start order are then what a user's second run meets
if [ "$what" = sample ]; then
	(cd "$root" && "$rd" -profile go -cache=off -n "$n" "${files[@]}") >/dev/null 2>&1
	(cd "$root" && "$work/rungo" -n "$n" "${files[@]}") >/dev/null 2>&1
fi
walls=() cpus=() differ=0
for r in $(seq 1 "$rounds"); do
	timed_a=$( (cd "$root" && timed "$work/a.out" "$rd" -profile go \
	    -cache=off -n "$n" "${files[@]}" && echo "$WALL $CPU") )
	timed_b=$( (cd "$root" && timed "$work/b.out" "$work/rungo" -n "$n" \
	    "${files[@]}" && echo "$WALL $CPU") )
	read -r aw ac <<<"$timed_a"
	read -r bw bc <<<"$timed_b"
	walls+=("$(ratio "$aw" "$bw")")
	cpus+=("$(ratio "$ac" "$bc")")
	if ! cmp -s <(fails "$work/a.out") <(fails "$work/b.out"); then
		differ=$((differ + 1))
		echo "round $r: the failures differ:"
		diff <(fails "$work/a.out") <(fails "$work/b.out") | head -n 10
	fi
	echo "round $r: rundriver ${aw}s wall ${ac}s cpu, run.go ${bw}s wall" \
	    "${bc}s cpu ($(fails "$work/a.out" | wc -l) FAIL)"
done
row "$label, wall, rundriver / run.go" "$(median "${walls[@]}")" 0.75 "<="
row "$label, CPU, rundriver / run.go" "$(median "${cpus[@]}")" 0.90 "<="
row "$label, rounds whose failures differ" "$differ" 0 "<="

[ "$what" = sample ] || exit 0
# the result cache: a cold run into a cache without entries, then the
# same again (the toolchain's hashes, kept while its files' stat is
# unchanged, stay: a user's cold run after any earlier run has them)
export RUNDRIVER_CACHE=$work/cache
warm=()
for r in $(seq 1 "$rounds"); do
	rm -rf "$RUNDRIVER_CACHE/entries"
	cold=$( (cd "$root" && timed "$work/c.out" "$rd" -profile go -v \
	    -n "$n" "${files[@]}" && echo "$WALL") )
	hot=$( (cd "$root" && timed "$work/w.out" "$rd" -profile go -v \
	    -n "$n" "${files[@]}" && echo "$WALL") )
	warm+=("$(ratio "$hot" "$cold")")
	echo "round $r: cold ${cold}s, warm ${hot}s ($(grep -c $'\t(cached)$' \
	    "$work/w.out") cached)"
done
row "$label, warm rerun / cold, cache on" "$(median "${warm[@]}")" 0.05 "<="
