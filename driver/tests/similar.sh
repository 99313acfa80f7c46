#!/usr/bin/env bash
# The regression cases against GCC's own testsuite: a case of fixedbugs/ or
# bugs/ that copies or adapts a GCC test (GPL) fails. build/similar scores
# each case; the method and its bound are in driver/tests/similar.c.
# GCC's tests come from Debian's gcc-12-source: the three folders compared,
# gcc/testsuite/{gcc.c-torture,gcc.dg,gcc.target/i386}, are extracted once
# into build/gcc-testsuite/ and reused from then on.
#
# usage: driver/tests/similar.sh [CASE_DIR...]  (from anywhere; CASE_DIRs
#                                 absolute or from the repository root,
#                                 default fixedbugs bugs)
# env:   SIMILAR     the checker (default build/similar, made when unset)
#        GCC_SOURCE  the source tarball (default
#                    /usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz)
# One line a case, ok or FAIL, then two copies of a GCC test that must be
# caught; ends with "similar: N passed, N failed,
# N skipped". Without the tarball (and no earlier extraction) every case is
# skipped, and a line says why.
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2

src=${GCC_SOURCE:-/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz}
ts=build/gcc-testsuite
[ $# -gt 0 ] || set -- fixedbugs bugs

cases=()
for d; do
	if [ ! -d "$d" ]; then
		echo "similar: $d: no such folder" >&2
		exit 2
	fi
	for f in "$d"/*.c; do
		[ -f "$f" ] && cases+=("$f")
	done
done
n=${#cases[@]}

# extract: GCC's three test folders from $src into $ts, through a temp
# folder, so that a tree found in $ts is complete.
extract() {
	local top tmp

	top=$(tar -tJf "$src" | head -n 1)
	top=${top%%/*}
	mkdir -p build && tmp=$(mktemp -d "$ts.XXXXXX") || return 1
	echo "similar: extracting GCC's tests from $src into $ts/ (once)"
	if ! tar -xJf "$src" -C "$tmp" --strip-components=3 \
	    "$top/gcc/testsuite/gcc.c-torture" "$top/gcc/testsuite/gcc.dg" \
	    "$top/gcc/testsuite/gcc.target/i386"; then
		rm -rf "$tmp"
		return 1
	fi
	mv -T "$tmp" "$ts" 2>/dev/null || rm -rf "$tmp"	# lost a race: reuse
}

if [ ! -d "$ts/gcc.dg" ]; then
	if [ ! -f "$src" ]; then
		echo "similar: $src not installed (apt-get install gcc-12-source):" \
		    "$n cases and the 2 copies the checker must catch skipped"
		echo "similar: 0 passed, 0 failed, $((n + 2)) skipped"
		exit 0
	fi
	if ! extract; then
		echo "similar: cannot extract GCC's testsuite from $src" >&2
		echo "similar: 0 passed, $n failed, 0 skipped"
		exit 1
	fi
fi

sim=${SIMILAR:-build/similar}
if [ -z "${SIMILAR:-}" ] && ! make -s build/similar; then
	echo "similar: cannot build build/similar" >&2
	echo "similar: 0 passed, $n failed, 0 skipped"
	exit 1
fi
[ "$n" -gt 0 ] || { echo "similar: 0 passed, 0 failed, 0 skipped"; exit 0; }

out=$("$sim" "$ts" "${cases[@]}" 2>&1)
rc=$?
passed=0 failed=0
while IFS= read -r line; do
	[ -n "$line" ] || continue
	case $line in
	*": copied? "*)
		failed=$((failed + 1))
		echo "FAIL $line (rewrite it from the bug report)" ;;
	*": "[0-9]*" against "*)
		passed=$((passed + 1))
		echo "ok   $line" ;;
	*)
		echo "$line" ;;
	esac
done <<<"$out"
if [ "$rc" -gt 1 ] || [ $((passed + failed)) -ne "$n" ]; then
	echo "similar: $sim exited $rc with $((passed + failed)) of $n cases scored"
	failed=$((n - passed))
fi

# The checker must catch copies: GCC's own test for a PR, under the name a
# case for that PR would have, verbatim and with every identifier renamed
# and every number changed, must both be flagged.
self=$(mktemp -d) || exit 2
trap 'rm -rf "$self"' EXIT
orig=$ts/gcc.c-torture/execute/pr70602.c
if [ -f "$orig" ]; then
	cp "$orig" "$self/gcc-pr70602.c"
	mkdir "$self/renamed"
	sed -E 's/\<([a-z])\>/\1_x/g; s/\<([0-9]+)\>/1\1/g' "$orig" \
	    >"$self/renamed/gcc-pr70602.c"
	for copy in "$self/gcc-pr70602.c" "$self/renamed/gcc-pr70602.c"; do
		if "$sim" "$ts" "$copy" | grep -q ': copied? '; then
			passed=$((passed + 1))
			echo "ok   a copy of $orig is caught (${copy#"$self"/})"
		else
			failed=$((failed + 1))
			echo "FAIL a copy of $orig is not caught (${copy#"$self"/})"
		fi
	done
fi
echo "similar: $passed passed, $failed failed, 0 skipped"
[ "$failed" -eq 0 ]
