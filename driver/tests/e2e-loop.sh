# The end-to-end cases of the compiler engineer's loop, sourced by e2e.sh:
# bisecting a compiler's history, adding a case, stressing flaky tests,
# rerunning failures, the terminal's progress line. Functions only.

# rd ARGS...: run the driver as it is (no fake compiler or profile added),
# stdout to $WORK/out, stderr to $WORK/err, status in RC.
rd()
{
	local t0

	rm -f "$WORK/rss"
	now
	t0=$NOW
	timeout -k 5 "$DRIVE_LIMIT" "$WORK/helper" measure "$WORK/rss" -- \
	    "${WRAP[@]}" "$RD" "$@" </dev/null >"$WORK/out" 2>"$WORK/err"
	RC=$?
	now
	ELAPSED=$((ELAPSED + NOW - t0))
	NRUN=$((NRUN + 1))
	keep_outputs "$NAME.$NRUN"
	after_run
}

# bisect_git ARGS...: git in the history's folder, quietly.
bisect_git()
{
	git -C "$HIST" "$@" >/dev/null 2>&1
}

# The worktree and the bisect state are gone, the checkout untouched.
bisect_clean()
{
	[ "$(git -C "$HIST" worktree list | wc -l)" = 1 ] ||
	    why "a worktree is left: $(git -C "$HIST" worktree list | paste -sd '|')"
	[ -z "$(git -C "$HIST" for-each-ref refs/bisect)" ] ||
	    why "bisect refs left in the repository"
	[ "$(git -C "$HIST" symbolic-ref --short HEAD)" = main ] &&
	    [ -z "$(git -C "$HIST" status --porcelain)" ] ||
	    why "the checkout was touched"
}

# rundriver bisect finds the commit that broke mul.c and, with -fix, the
# one that mended it, skipping a commit that does not build each time;
# git bisect run with -bisect names the same commits; a misspelt profile
# stops git bisect (exit 255) instead of marking a commit bad.
case_bisect()
{
	local t=$E2E/bisect/mul.c bad fixed skipped cc rdabs tabs

	if ! command -v git >/dev/null 2>&1; then
		skip_case "git is not installed"
		return
	fi
	HIST=$WORK/gen/mycc
	cc=$HIST/bin/mycc
	rdabs=$(realpath "$RD")
	tabs=$(realpath "$t")
	rm -rf "$HIST"
	(. "$E2E/bisect/history.sh" && N=16 BUG=5 FIX=13 BROKEN="6 10" \
	    make_history "$HIST") || why "cannot make the history"
	bad=$(git -C "$HIST" log -1 --format='%h  %s' c5)
	fixed=$(git -C "$HIST" log -1 --format='%h  %s' c13)
	skipped=$(git -C "$HIST" log -1 --format='%h  %s' c6)
	rd bisect -repo "$HIST" -good c1 -bad c12 -build ./build.sh \
	    -compiler '{worktree}/bin/mycc' "$t"
	expect_rc 0
	check "msg:first bad commit: $bad"
	check "re:^step 1/[0-9]+  $skipped: skip \(build failed: exit status 2\)$"
	check "msg:  $bad: FAIL $t (output does not match expected in $E2E/bisect/mul.out)"
	check "re:^step [0-9]+/[0-9]+  [0-9a-f]+  release 1\.[0-9]+: ok$"
	check 'tail:1 commit skipped\n'
	bisect_clean
	rd bisect -fix -repo "$HIST" -bad c5 -good c16 -build ./build.sh \
	    -compiler '{worktree}/bin/mycc' "$t"
	expect_rc 0
	check "msg:first fixed commit: $fixed"
	check "re:  mycc: refuse an empty command line: skip \(build failed"
	check 'tail:1 commit skipped\n'
	bisect_clean
	# the same search by hand: git bisect run, the build, then rundriver
	bisect_git bisect start c12 c1
	git -C "$HIST" bisect run sh -c './build.sh; exec "$@"' sh \
	    "$rdabs" -bisect -compiler "$cc" "$tabs" >"$WORK/out" 2>&1
	grep -q "^$(git -C "$HIST" rev-parse c5) is the first bad commit" \
	    "$WORK/out" || why "git bisect run did not find c5"
	git -C "$HIST" bisect log | grep -q '^git bisect skip' ||
	    why "git bisect run skipped no commit"
	bisect_git bisect reset
	bisect_git bisect start --term-old=broken --term-new=fixed c16 c5
	git -C "$HIST" bisect run sh -c './build.sh; exec "$@"' sh \
	    "$rdabs" -bisect=fix -compiler "$cc" "$tabs" >"$WORK/out" 2>&1
	grep -q "^$(git -C "$HIST" rev-parse c13) is the first fixed commit" \
	    "$WORK/out" || why "git bisect run -bisect=fix did not find c13"
	bisect_git bisect reset
	# a misspelt profile is the user's error: the bisect stops
	bisect_git bisect start c12 c1
	git -C "$HIST" bisect run "$rdabs" -bisect -profile no-such-profile \
	    -compiler /bin/true "$tabs" >"$WORK/out" 2>&1
	grep -q 'exit code 255' "$WORK/out" ||
	    why "git bisect run was not stopped by exit 255"
	! git -C "$HIST" bisect log | grep -qE '^git bisect (bad|skip)' ||
	    why "a commit was marked after a usage error"
	bisect_git bisect reset
	rd bisect -repo "$HIST" -good c1 -bad c12 -profile no-such-profile "$t"
	expect_rc 2
	check 'errmsg:the test run stopped the bisection (exit 255)'
	bisect_clean
	rm -rf "$HIST"
	finish 60
}
