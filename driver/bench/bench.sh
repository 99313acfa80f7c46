#!/usr/bin/env bash
# make bench (and make bench-full): run the benchmarks named, one after
# the other (never two timings at once), show their own lines as they go,
# then one table: each measure, its value, its target, met or MISSED.
#   driver/bench/bench.sh RUNDRIVER SCRIPT[:ARG] ...
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2
rd=$1
shift
rows=$(mktemp) || exit 2
trap 'rm -f "$rows"' EXIT
status=0
for b; do
	script=${b%%:*}
	arg=
	[ "$script" = "$b" ] || arg=${b#*:}
	echo "== $script $arg"
	# shellcheck disable=SC2086
	driver/bench/"$script".sh "$rd" $arg 2>&1 | while IFS= read -r line; do
		case $line in
		row:*) printf '%s\n' "${line#row:}" >>"$rows" ;;
		*) printf '  %s\n' "$line" ;;
		esac
	done
	[ "${PIPESTATUS[0]}" = 0 ] || { echo "  ($script failed)"; status=1; }
done
echo
awk -F'|' '
	{ m[NR] = $1; v[NR] = $2; t[NR] = $3; k[NR] = $4
	  if (length($1) > w) w = length($1) }
	END {
		printf "%-*s  %10s  %10s  %s\n", w, "measure", "value", "target", ""
		for (i = 1; i <= NR; i++)
			printf "%-*s  %10s  %10s  %s\n", w, m[i], v[i], t[i], k[i]
	}' "$rows"
exit $status
