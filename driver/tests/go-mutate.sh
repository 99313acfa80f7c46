#!/usr/bin/env bash
# Proof that agreeing with run.go is not vacuous: mutated copies of a fixed
# sample of Go's test files (every action) must FAIL under rundriver.
#
#   driver/tests/go-mutate.sh [rundriver]    check (part of make check)
#   driver/tests/go-mutate.sh --generate     choose the sample, mutate it,
#                                            confirm each mutant FAILs under
#                                            run.go, write go1.19-mutations.txt
#
# Mutations, by what a test checks:
#   error-altered  the first ERROR pattern can no longer match
#   error-removed  the first ERROR comment is deleted
#   error-bogus    a last line expects an error that never comes
#   out-byte       one byte of NAME.out changed (or a NAME.out added)
#   syntax         a syntax error appended to the source (or a .dir file)
#   asm-negated    the first positive amd64 opcode check made negative
# Ends with "go-mutate: N passed, N failed", one case a mutant.
set -u
export LC_ALL=C
cd "$(dirname "$0")/../.." || exit 2

list=driver/tests/go1.19-mutations.txt
oracle=driver/tests/go1.19-verdicts.txt
root=$(go env GOROOT 2>/dev/null)/test
if [ ! -f "$root/run.go" ]; then
	echo "go-mutate: Go's test tree is missing (make deps installs it)" >&2
	exit 2
fi

# dirfile TREE PATH [GREP]: the first .go file of PATH's .dir (holding GREP).
dirfile() {
	local d f
	d=$1/${2%.go}.dir
	for f in "$d"/*.go; do
		if [ -z "${3:-}" ] || grep -q -- "$3" "$f"; then
			echo "$f"
			return
		fi
	done
}

# mutate TREE PATH ACTION KIND: apply one mutation inside TREE.
mutate() {
	local t=$1 p=$2 a=$3 k=$4 f=$1/$2 out
	case $a in
	*dir) [ "$k" = syntax ] && f=$(dirfile "$t" "$p") ;;
	esac
	case $a in
	errorcheckdir|errorcheckandrundir)
		[ "${k#error-}" != "$k" ] && f=$(dirfile "$t" "$p" '// ERROR "') ;;
	esac
	case $k in
	error-altered)
		sed -i '0,/\/\/ ERROR "/s//\/\/ ERROR "rundriver-mutation-/' "$f" ;;
	error-removed)
		sed -i '0,/\/\/ ERROR "/s/\/\/ ERROR ".*$//' "$f" ;;
	error-bogus)
		printf '\n// ERROR "rundriver bogus expectation"\n' >> "$f" ;;
	syntax)
		printf '\nfunc rundriverMutation( {\n' >> "$f" ;;
	out-byte)
		out=$t/${p%.go}.out
		if [ -s "$out" ]; then
			if [ "$(head -c 1 "$out")" = Q ]; then
				sed -i '1s/^./R/' "$out"
			else
				sed -i '1s/^./Q/' "$out"
			fi
		else
			echo "rundriver mutation" > "$out"
		fi ;;
	asm-negated)
		sed -i -E '0,/amd64:["`]/s/amd64:(["`])/amd64:-\1/' "$f" ;;
	esac
}

# A fresh copy of the tree with every mutation of the list applied.
mutated_tree() {
	cp -r "$root/." "$1"
	while read -r p a k _; do
		mutate "$1" "$p" "$a" "$k"
	done < "$work/list"
}

# The kind of mutation for the Nth sampled test of action A.
kind_for() {
	local a=$1 n=$2 file=$3
	case $a in
	errorcheck|errorcheckwithauto|errorcheckdir|errorcheckandrundir)
		set -- error-altered error-removed error-bogus syntax
		shift $((n % 4)); echo "$1" ;;
	run|rundir|runindir|runoutput|buildrun|buildrundir)
		if [ $((n % 3)) -eq 2 ] && [ "$a" = run ]; then
			echo syntax
		else
			echo out-byte
		fi ;;
	asmcheck)
		grep -q 'amd64:["`]' "$file" && echo asm-negated ;;
	skip) ;;
	*) echo syntax ;;
	esac
}

# The sample: per action, up to QUOTA files evenly spaced, among those that
# run.go passes and that are not expected failures.
choose() {
	local rd=$1 a quota n i k
	"$rd" -profile go -list "$root" | sort |
		join -t "$(printf '\t')" - <(awk '$2 == "ok" { print $1 }' \
			"$oracle" | sort) |
		grep -v -F -f <(grep -v '^#' config/go1.19-failures.txt |
			awk 'NF { print $1 "\t" }') > "$work/ok-list"
	for a in $(cut -f2 "$work/ok-list" | sort -u); do
		case $a in run|errorcheck|compile) quota=24 ;; *) quota=14 ;; esac
		awk -F'\t' -v a="$a" '$2 == a { print $1 }' "$work/ok-list" \
			> "$work/files"
		n=$(wc -l < "$work/files")
		[ "$n" -eq 0 ] && continue
		i=0
		awk -v n="$n" -v q="$quota" 'BEGIN { s = n > q ? n / q : 1 }
			{ if (NR - 1 >= next_) { print; next_ += s } }' "$work/files" |
		while read -r p; do
			k=$(kind_for "$a" "$i" "$root/$p")
			i=$((i + 1))
			[ -n "$k" ] && printf '%s %s %s\n' "$p" "$a" "$k"
		done
	done
}

work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = "--generate" ]; then
	choose ./rundriver > "$work/list"
	mutated_tree "$work/test"
	(cd "$root" && go build -o "$work/rungo" run.go) || exit 2
	# shellcheck disable=SC2046
	(cd "$work/test" && "$work/rungo" $(awk '{ print $1 }' "$work/list")) \
		> "$work/report" 2>&1
	{
		echo "# Mutants of Go's test files that must FAIL: PATH ACTION KIND."
		echo "# Written by driver/tests/go-mutate.sh --generate; each one"
		echo "# was confirmed to FAIL under run.go 1.19 (those that did not"
		echo "# are left out)."
		while read -r p a k; do
			if grep -q -F "$(printf 'FAIL\t%s\t' "$p")" \
			   "$work/report"; then
				echo "$p $a $k"
			else
				echo "go-mutate: run.go passes $p ($k): left out" >&2
			fi
		done < "$work/list"
	} > "$list"
	echo "go-mutate: $(grep -vc '^#' "$list") mutants confirmed by run.go"
	exit 0
fi

rd=$(cd "$(dirname "${1:-./rundriver}")" && pwd)/$(basename "${1:-./rundriver}")
grep -v '^#' "$list" > "$work/list"
mutated_tree "$work/test"
# shellcheck disable=SC2046
(cd "$work/test" && "$rd" -profile go -v $(awk '{ print $1 }' \
	"$work/list")) > "$work/report" 2>&1
pass=0 fail=0
while read -r p a k; do
	if grep -q -F "$(printf 'FAIL\t%s\t' "$p")" "$work/report"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "mutant not caught: $p ($a, $k)"
	fi
done < "$work/list"
echo "go-mutate: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
