#!/usr/bin/env bash
# The Go dialect against run.go 1.19: rundriver's verdict on every file of
# Go's test tree must equal run.go's, recorded in go1.19-verdicts.txt.
#
#   driver/tests/go-oracle.sh [rundriver]      compare (part of make check)
#   driver/tests/go-oracle.sh --generate       rerun run.go -v and rewrite
#                                              the verdict file (slow: -v
#                                              makes run.go serial)
#   driver/tests/go-oracle.sh --from REPORT    the same from the saved output
#                                              of run.go -v -show_skips
#
# A verdict is ok, FAIL or skip (skipped by a build constraint; run.go
# prints those with -show_skips). The tree runs with -cache=off, then
# twice with the result cache on (empty, then warm): their reports must
# be the same. Ends with "go-oracle: N passed, N failed", one case a file
# (a report of the cached runs that differs counts as one more failure).
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2

. driver/bench/lib.sh	# go_root
oracle=driver/tests/go1.19-verdicts.txt
root=$(go_root go-oracle) || exit 2

# verdicts: read a -v -show_skips report on stdin, print "PATH VERDICT"
# sorted. run.go prints "skip   PATH: line" (padded) and also "ok" for a
# skipped file; rundriver prints "skip<TAB>PATH<TAB>line". Skip wins.
verdicts() {
	awk '
	/^ok  \t/ { split($0, f, "\t"); if (!(f[2] in v)) v[f[2]] = "ok"; next }
	/^FAIL\t/ { split($0, f, "\t"); v[f[2]] = "FAIL"; next }
	/^skip\t/ { split($0, f, "\t"); v[f[2]] = "skip"; next }
	/^skip  / { p = $2; sub(/:$/, "", p); v[p] = "skip"; next }
	END { for (p in v) print p, v[p] }' | sort
}

if [ "${1:-}" = "--from" ]; then
	verdicts < "$2" > "$oracle"
	echo "go-oracle: wrote $(wc -l < "$oracle") verdicts to $oracle"
	exit 0
fi
if [ "${1:-}" = "--generate" ]; then
	tmp=$(mktemp -d) || exit 2
	(cd "$root" && go build -o "$tmp/rungo" run.go) || exit 2
	(cd "$root" && "$tmp/rungo" -v -show_skips) > "$tmp/report" 2>&1
	verdicts < "$tmp/report" > "$oracle"
	rm -rf "$tmp"
	echo "go-oracle: wrote $(wc -l < "$oracle") verdicts to $oracle"
	exit 0
fi

rd=${1:-./rundriver}
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
# the verdicts with the result cache off; then with it on, into an empty
# cache and again from what that run wrote: both reports must be this one
# (timings and "(cached)" aside)
"$rd" -profile go -v -show_skips -cache=off "$root" > "$work/report" 2>&1
rc=$?
export RUNDRIVER_CACHE=$work/cache
"$rd" -profile go -v -show_skips "$root" > "$work/report.cold" 2>&1
"$rd" -profile go -v -show_skips "$root" > "$work/report.warm" 2>&1
masked() {
	sed -E 's/^(ok  |FAIL)\t([^\t]*)\t([0-9.]+s|\(cached\))$/\1\t\2/' "$1"
}
cache_bad=0
for run in cold warm; do
	if ! diff <(masked "$work/report") <(masked "$work/report.$run") \
	    > "$work/cache.diff"; then
		echo "mismatch: the $run cache's report differs from -cache=off's:"
		head -n 20 "$work/cache.diff"
		cache_bad=$((cache_bad + 1))
	fi
done
ncached=$(grep -c $'\t(cached)$' "$work/report.warm")
nok=$(grep -c $'^ok  \t' "$work/report.warm")
echo "go-oracle: the warm run took $ncached of its $nok passes from the cache"
[ "$ncached" -gt $((nok * 9 / 10)) ] || {
	echo "mismatch: the warm run took too few passes from the cache"
	cache_bad=$((cache_bad + 1))
}
verdicts < "$work/report" > "$work/got"
join -a 1 -a 2 -e missing -o 0,1.2,2.2 "$oracle" "$work/got" |
	awk '$2 != $3 { print "mismatch:", $1, "run.go", $2, "rundriver", $3 }' \
	> "$work/diff"
total=$(wc -l < "$oracle")
bad=$(wc -l < "$work/diff")
if [ "$bad" -gt 0 ]; then
	head -n 50 "$work/diff"
	# the reports of the files that disagree, for the log
	awk '{ print $2 }' "$work/diff" | head -n 10 | while read -r p; do
		awk -v p="$p" '$0 == "# rundriver -- " p { on = 1 }
			on { print } /^FAIL\t/ && on { on = 0 }' "$work/report" |
			head -n 40
	done
fi
if [ "$rc" -gt 1 ]; then
	echo "go-oracle: rundriver exited $rc"
	bad=$((bad + 1))
fi
bad=$((bad + cache_bad))
echo "go-oracle: $((total - bad < 0 ? 0 : total - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
