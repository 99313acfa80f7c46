#!/usr/bin/env bash
# The version matrix: fixedbugs/ and bugs/ under every installed release
# of gcc and clang (config/gcc-*.yaml, config/clang-*.yaml; make
# deps-versions installs them). The driver fails a case that passes on a
# release before the fix its fixed: line names, or fails after it, and a
# bugs/ case that passes on a release its bug: line names; this check
# adds the count: a case with a fixed: line is passed when it was seen
# failing before its fix and passing after, skipped when the installed
# releases lie on one side of its fix only (each named, with why).
#   driver/tests/versions.sh [RUNDRIVER]
#   driver/tests/versions.sh --count    (the cases it would count)
set -u
cd "$(dirname "$0")/../.." || exit 2
rd=${1:-./rundriver}
cases=$(grep -l -E '^// fixed:' fixedbugs/*.c bugs/*.c 2>/dev/null | wc -l)
if [ "$rd" = --count ]; then
	echo "$cases"
	exit 0
fi

profiles=""
for fam in gcc clang; do
	n=0
	for y in config/$fam-[0-9]*.yaml; do
		c=$(sed -n 's/^compiler: *//p' "$y")
		command -v "$c" >/dev/null 2>&1 && n=$((n + 1))
	done
	[ "$n" -ge 2 ] && profiles="$profiles${profiles:+,}$fam-*"
	echo "versions: $n releases of $fam installed"
done
if [ -z "$profiles" ]; then
	echo "versions: fewer than two releases of each family installed" \
	     "(make deps-versions): $cases cases not proved"
	echo "versions: 0 passed, 0 failed, $cases skipped"
	exit 0
fi

echo "versions: $rd -v -profile '$profiles' fixedbugs/ bugs/"
out=$("$rd" -v -profile "$profiles" fixedbugs/ bugs/ 2>&1)
rc=$?
# the failures with their messages, then everything after the table
printf '%s\n' "$out" | awk '/^(FAIL|FIXED)\t/ { show = 1 }
	/^(ok  |BUG |skip)\t/ { show = 0 } show'
printf '%s\n' "$out" | sed -n '/^== matrix:/,$p'
proved=$(printf '%s\n' "$out" | sed -n -E 's/^== fixed: ([0-9]+) tests proved.*/\1/p')
unproved=$(printf '%s\n' "$out" | sed -n -E 's/^== fixed: .*; ([0-9]+) not proved here$/\1/p')
failed=$(printf '%s\n' "$out" | grep -c -E $'^(FAIL|FIXED)\t')
if [ -z "$proved" ] || [ -z "$unproved" ]; then
	echo "versions: the matrix printed no fixed: counts (exit $rc)"
	proved=0 unproved=0 failed=$((failed + 1))
elif [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
	failed=1
fi
echo "versions: $proved passed, $failed failed, $unproved skipped"
[ "$failed" -eq 0 ]
