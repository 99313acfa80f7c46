# Helpers of the benchmarks, sourced: timing a command with
# /usr/bin/time, medians, ratios, and the row each script hands to
# bench.sh's table. Functions only.

# bench_setup [RUNDRIVER]: set rd, the driver to time (absolute; default
# ./rundriver), and work, a folder of the script's own, removed on exit.
bench_setup()
{
	rd=$(pwd)/${1:-rundriver}
	work=$(mktemp -d) || exit 2
	trap 'rm -rf "$work"' EXIT
}

# timed OUT CMD...: run CMD (stdin empty, stdout and stderr to OUT) and
# set WALL, CPU (user + system, its children's included) in seconds and
# RSS (the largest process, KiB).
timed()
{
	local out=$1 t

	shift
	t=$(mktemp) || exit 2
	/usr/bin/time -f '%e %U %S %M' -o "$t" "$@" </dev/null >"$out" 2>&1
	read -r WALL u s RSS < <(tail -n 1 "$t")
	CPU=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
	rm -f "$t"
}

# median NUMBER...: the middle one, or the mean of the two middle ones.
median()
{
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
		m = int((NR + 1) / 2)
		if (NR % 2) print v[m]; else printf "%.3f\n", (v[m] + v[m + 1]) / 2 }'
}

# ratio A B: A / B to three places.
ratio()
{
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'
}

# row MEASURE VALUE TARGET OP: one line of the table, "row:" first, for
# bench.sh; OP is <= or >=, and the verdict says whether VALUE meets
# TARGET.
row()
{
	local ok

	ok=$(awk -v v="$2" -v t="$3" -v op="$4" 'BEGIN {
		if (v !~ /^[0-9.]+$/) { print "MISSED (no figure)"; exit }
		print ((op == "<=" ? v + 0 <= t + 0 : v + 0 >= t + 0) ? "met" : "MISSED") }')
	printf 'row:%s|%s|%s %s|%s\n' "$1" "$2" "$4" "$3" "$ok"
}

# go_root [WHO]: Go's test tree, or exit 2 with why (said as WHO,
# default "bench").
go_root()
{
	local root who=${1:-bench}

	if ! command -v go >/dev/null 2>&1; then
		echo "$who: go is not installed (make deps installs it)" >&2
		exit 2
	fi
	root=$(go env GOROOT)/test
	if [ ! -f "$root/run.go" ]; then
		echo "$who: $root/run.go missing (install golang-1.19-src)" >&2
		exit 2
	fi
	echo "$root"
}

# fails REPORT: the sorted paths a report names FAIL (rundriver's and
# run.go's lines alike: "FAIL<TAB>path...", "FAIL\tpath").
fails()
{
	awk -F'\t' '/^FAIL\t/ { print $2 }' "$1" | sort
}
