#!/usr/bin/env bash
# Checks of the C suite itself, with the real compilers:
#  - every bugs/ case is BUG under each profile its "// bug:" line names,
#    and FIXED (exit 1, "rundriver promote" advice) when that profile
#    drives a compiler without the bug (-compiler);
#  - compilers broken on purpose make specific tests fail: a wrapper that
#    adds -ffast-math (NaN and signed-zero rules gone) and one that drops
#    -pedantic-errors (required diagnostics become warnings).
# usage: driver/tests/c-suite.sh [path-to-rundriver]     (from the repo root)
#        driver/tests/c-suite.sh --count    how many checks it runs, and
#                                           nothing else
# Ends with "N passed, N failed, N skipped" (an entry of a bug: line
# with no installed profile in its range is skipped).
set -u
export LC_ALL=C
rd=${1:-./rundriver}
passed=0 failed=0 skipped=0
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work

ok() { passed=$((passed + 1)); echo "ok $*"; }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }

# The entries of a "// bug:" line, one a line: "NAME" or "NAME LOW-HIGH"
# (cc stands for gcc's profile too).
bug_entries()
{
	sed -n '1,/^$/{s|^// bug: *||p}' "$1" | tr ',' '\n' |
	    sed -E 's/^ +//; s/ +$//' | grep .
}

# The major release of profile P's compiler: its name's suffix
# (clang-16), else what the compiler says.
major()
{
	local c

	case $1 in
	*-[0-9]*) echo "${1##*-}" ;;
	*)
		c=$(sed -n 's/^compiler: *//p' "config/$1.yaml")
		"$c" -dumpversion 2>/dev/null | cut -d. -f1
		;;
	esac
}

# The profile to check entry "NAME [LOW-HIGH]" under: NAME itself, else a
# release profile NAME-N, whose compiler is installed and whose release
# lies in the range; nothing when none is.
entry_profile()
{
	local name=${1%% *} range p m lo hi c

	range=${1#"$name"}
	range=${range# }
	for p in "$name" $(cd config && ls "$name"-[0-9]*.yaml 2>/dev/null |
			   sed 's/\.yaml$//' | sort -t- -k2 -n); do
		[ -f "config/$p.yaml" ] || continue
		c=$(sed -n 's/^compiler: *//p' "config/$p.yaml")
		command -v "$c" >/dev/null 2>&1 || continue
		if [ -n "$range" ]; then
			m=$(major "$p")
			lo=${range%-*} hi=${range#*-}
			[ -n "$m" ] && [ "$m" -ge "$lo" ] &&
			    { [ -z "$hi" ] || [ "$m" -le "$hi" ]; } || continue
		fi
		echo "$p"
		return
	done
}

# tool NAME COMMAND...: a compiler wrapper script in $work; print its path.
tool()
{
	local w=$work/$1

	shift
	printf '#!/bin/sh\n%s\n' "$*" >"$w"
	chmod +x "$w"
	echo "$w"
}

# The compilers the flip is tried with, in order: this machine's other
# compilers (gcc also with -pedantic-errors, which the tcc profile does not
# pass; tcc without the flags it does not know), then P's own
# compiler with the fix simulated: optimisation off, or GCC's
# -frounding-math (what FENV_ACCESS ON asks for).
candidates()
{
	local p=$1 names=$2 c own

	for c in gcc clang; do
		grep -qx "$c" <<<"$names" && continue
		[ "$c" = gcc ] && grep -qx cc <<<"$names" && continue
		echo "$c"
	done
	grep -qx gcc <<<"$names" || grep -qx cc <<<"$names" ||
	    tool gcc-pedantic 'exec gcc "$@" -pedantic-errors'
	grep -qx tcc <<<"$names" ||
	    tool tcc-lenient 'for a; do shift; case $a in -pedantic-errors) ;; *) set -- "$@" "$a" ;; esac; done; exec tcc "$@"'
	own=$p
	[ "$p" = cc ] && own=gcc
	tool "$own-O0" "exec $own \"\$@\" -O0"
	[ "$own" = gcc ] && tool gcc-rounding-math 'exec gcc -frounding-math "$@"'
}

# The wrapped compilers and the tests each must make fail.
BROKEN_FAST="test/float -- test/float/nan_inf_classify.c test/float/float_to_int.c"
BROKEN_PEDANTIC="test/errorcheck -- test/errorcheck/incompatible_ptr.c"

# bug_entries_of FILE: the entries a bugs/ case is checked under.
bug_entries_of()
{
	local e

	e=$(bug_entries "$1")
	[ -n "$e" ] || e=$'gcc\nclang\ntcc'
	echo "$e"
}

if [ "${1:-}" = --count ]; then
	n=0
	for f in bugs/*.c; do
		n=$((n + 2 * $(bug_entries_of "$f" | grep -c .)))
	done
	for spec in "$BROKEN_FAST" "$BROKEN_PEDANTIC"; do
		n=$((n + $(wc -w <<<"${spec#* -- }")))
	done
	echo "$n"
	exit 0
fi

for f in bugs/*.c; do
	names=$(bug_entries_of "$f" | sed 's/ .*//')
	while read -r entry; do
		p=$(entry_profile "$entry")
		if [ -z "$p" ]; then
			skipped=$((skipped + 2))
			echo "skip $f: no installed profile for \"$entry\""
			continue
		fi
		out=$("$rd" -profile "$p" "$f" 2>&1)
		if [ $? -eq 0 ] && grep -q $'^BUG \t'"$f"$'\t' <<<"$out"; then
			ok "$f is BUG under $p"
		else
			bad "$f under $p: want BUG, got: $(head -c 400 <<<"$out")"
		fi
		flipped=
		for fix in $(candidates "$p" "$names"); do
			out=$("$rd" -profile "$p" -compiler "$fix" "$f" 2>&1)
			if [ $? -eq 1 ] && grep -q $'^FIXED\t'"$f"$'\t' <<<"$out" &&
			   grep -qF "rundriver promote $f" <<<"$out"; then
				flipped=$fix
				break
			fi
		done
		if [ -n "$flipped" ]; then
			ok "$f is FIXED under $p driving ${flipped##*/}"
		else
			bad "$f under $p: no compiler without the bug made it FIXED"
		fi
	done < <(bug_entries_of "$f")
done

# broken WRAPPER PATHS... -- EXPECTED...: the suite under PATHS fails, and
# among the failures are the EXPECTED tests.
broken()
{
	local w=$1 paths=() want out t
	shift
	while [ "$1" != -- ]; do paths+=("$1"); shift; done
	shift
	out=$("$rd" -profile gcc -compiler "$w" "${paths[@]}" 2>&1)
	for t; do
		if grep -q $'^FAIL\t'"$t"$'\t' <<<"$out"; then
			ok "$t fails under $(basename "$w")"
		else
			bad "$t does not fail under $(basename "$w")"
		fi
	done
}

fast=$(tool gcc-fast-math 'exec gcc -ffast-math "$@"')
broken "$fast" $BROKEN_FAST
nopedantic=$(tool gcc-no-pedantic 'for a; do shift; [ "$a" = -pedantic-errors ] || set -- "$@" "$a"; done; exec gcc "$@"')
broken "$nopedantic" $BROKEN_PEDANTIC

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
