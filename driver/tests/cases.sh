#!/usr/bin/env bash
# What every regression case must carry, checked on its text:
#  - a name after its tracker: gcc-prN, llvm-ghN, llvm-prN, or COMPILER-WORDS
#    for a bug with no tracker id (tcc-thread-local.c);
#  - fixedbugs/: a "// fixed: COMPILER RELEASE" line, the release that
#    fixed it; bugs/: a "// bug: ..." line naming the compilers (and
#    releases) that still have it;
#  - bugs/: for each compiler family on the bug: line (gcc, clang, tcc,
#    pcc ...), a "// FAMILY: TRACKER: what it does wrong" line, TRACKER
#    being that compiler's own entry for its failure (gcc PR N, llvm GH N,
#    llvm PR N, tcc WORD) or "no tracker entry" when none was found;
#  - in fixedbugs/, a wrong-code case (action run or buildrun, unless a "// kind:" line
#    in its recipe says rejects-valid, crash or diagnostic): an asm check
#    in a function ("// amd64:" or "// gcc.amd64:" ...), proving that the
#    pattern the buggy pass acted on is still there; the driver matches it
#    on every run.
#   driver/tests/cases.sh [FOLDER...]   (default fixedbugs bugs)
# One line a case; ends with "cases: N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2
[ $# -gt 0 ] || set -- fixedbugs bugs

# The first compiler family on RECIPE's "// bug:" line (clang-16 counts
# as clang) without its "// FAMILY: TRACKER: ..." line; nothing when
# every family has one.
untracked()
{
	local fam

	for fam in $(printf '%s\n' "$1" | sed -n 's|^// bug: *||p' |
		     tr ',' '\n' | awk '{ print $1 }' | sed -E 's/-[0-9].*//'); do
		printf '%s\n' "$1" | grep -q -E "^// $fam: (gcc PR [0-9]+|llvm (GH|PR) [0-9]+|tcc [^ ]+|no tracker entry): ." ||
			{ echo "$fam"; return; }
	done
}

passed=0 failed=0
for dir; do
	for f in "$dir"/*.c; do
		[ -f "$f" ] || continue
		name=$(basename "$f")
		# the recipe: the leading comment block, up to the first blank line
		recipe=$(awk 'NF == 0 { exit } { print }' "$f")
		action=$(printf '%s\n' "$recipe" | head -n 1 |
			 sed -E 's|^// *([a-z]+).*|\1|')
		why=""
		if ! [[ $name =~ ^(gcc-pr[0-9]+|llvm-(gh|pr)[0-9]+|[a-z]+(-[a-z0-9]+)+)\.c$ ]]; then
			why="name: want gcc-prN.c, llvm-ghN.c, llvm-prN.c or COMPILER-WORDS.c"
		elif [ "$(basename "$dir")" = fixedbugs ] &&
		     ! printf '%s\n' "$recipe" | grep -q -E '^// fixed: [a-z]'; then
			why="no \"// fixed: COMPILER RELEASE\" line in the recipe"
		elif [ "$(basename "$dir")" = bugs ] &&
		     ! printf '%s\n' "$recipe" | grep -q -E '^// bug: [a-z]'; then
			why="no \"// bug: COMPILERS\" line in the recipe"
		elif [ "$(basename "$dir")" = bugs ] &&
		     fam=$(untracked "$recipe") && [ -n "$fam" ]; then
			why="no \"// $fam: TRACKER: what $fam does wrong\" line (TRACKER: gcc PR N, llvm GH N, llvm PR N, tcc WORD or no tracker entry)"
		elif printf '%s\n' "$recipe" | grep -q -E '^// kind:' &&
		     ! printf '%s\n' "$recipe" | grep -q -E '^// kind: (wrong-code|rejects-valid|accepts-invalid|crash|diagnostic)$'; then
			why="kind: want wrong-code, rejects-valid, accepts-invalid, crash or diagnostic"
		elif [ "$(basename "$dir")" = fixedbugs ] &&
		     { [ "$action" = run ] || [ "$action" = buildrun ]; } &&
		     ! printf '%s\n' "$recipe" | grep -q -E '^// kind: (rejects-valid|accepts-invalid|crash|diagnostic)$'; then
			grep -q -E '^[[:space:]]+// ([a-z0-9_]+\.)?(amd64|x86_64):' "$f" ||
				why="a wrong-code case ($action) without an asm check"
		fi
		if [ -n "$why" ]; then
			echo "FAIL $f: $why"
			failed=$((failed + 1))
		else
			echo "ok   $f"
			passed=$((passed + 1))
		fi
	done
done
echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
