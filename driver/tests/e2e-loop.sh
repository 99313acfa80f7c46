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
	# git bisect run starts the driver in the history's folder: name the
	# profiles' folder for a driver built elsewhere (make asan)
	export RUNDRIVER_CONFIG=${RUNDRIVER_CONFIG:-$(realpath config)}
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
	unset RUNDRIVER_CONFIG
	rm -rf "$HIST"
	finish 60
}

# "new" writes a case from a reproducer with its recipe and (-bless) its
# .out, or (-update_errors) its ERROR comments, from the first profile's
# compiler, then shows its verdicts: FIXED under the fixed compiler, BUG
# under the broken one. promote moves it to fixedbugs/, where it passes on
# the fixed compiler and fails on the broken one. Badly named or placed cases, an existing file and a
# fixedbugs/ case without -fixed are refused, and nothing is written.
case_new_round_trip()
{
	local w=$WORK/gen/newcase n=$E2E/new profiles c

	profiles=$n/fixed.yaml,$n/broken.yaml
	rm -rf "$w"
	mkdir -p "$w/bugs" "$w/fixedbugs"
	c=$w/bugs/gcc-pr99999.c
	rd new "$c" -from "$n/twice.c" -bless -profile "$profiles"
	expect_rc 1	# FIXED under the fixed compiler: a failure, to promote
	[ "$(head -n 4 "$c")" = "$(printf '%s\n' '// run' \
	    '// gcc: gcc PR 99999: TODO: what gcc does wrong, as checked' \
	    '// bug: gcc' '')" ] || why "recipe of the new case: $(head -n 3 "$c" | paste -sd '|')"
	cmp -s <(tail -n +5 "$c") "$n/twice.c" || why "the reproducer is not the case's body"
	[ "$(cat "$w/bugs/gcc-pr99999.out" 2>/dev/null)" = 42 ] ||
	    why "-bless did not write 42 to the .out"
	check "re:^FIXED"$'\t'"$c"$'\t'
	check "re:^BUG "$'\t'"$c"$'\t'
	check "errmsg:rundriver: new: wrote $c"
	rd promote "$c"
	expect_rc 0
	rd -profile "$n/fixed.yaml" -v "$w/fixedbugs/gcc-pr99999.c"
	expect_rc 0
	check "re:^ok  "$'\t'"$w/fixedbugs/gcc-pr99999.c"
	rd -profile "$n/broken.yaml" "$w/fixedbugs/gcc-pr99999.c"
	expect_rc 1
	check "re:^FAIL"$'\t'"$w/fixedbugs/gcc-pr99999.c"
	# an errorcheck case: -update_errors writes its ERROR comment from the
	# fixed compiler's diagnostic, which the broken one only warns about
	c=$w/bugs/gcc-pr99998.c
	rd new "$c" -action errorcheck -from "$n/conv.c" -update_errors \
	    -profile "$profiles"
	expect_rc 1
	[ "$(sed -n 7p "$c")" = $'\tint x = "s"; // ERROR "initialization of \'int\' from \'char \\*\' makes integer from pointer without a cast \\[-Wint-conversion]"' ] ||
	    why "ERROR comment written: '$(sed -n 7p "$c")'"
	check "msg:rundriver: update_errors: $c:7: + "
	check "re:^FIXED"$'\t'"$c"$'\t'
	check "re:^BUG "$'\t'"$c"$'\t'
	check 'msg:compilation succeeded unexpectedly, with only warnings'
	rd promote "$c"
	expect_rc 0
	rd -profile "$n/fixed.yaml" -v "$w/fixedbugs/gcc-pr99998.c"
	expect_rc 0
	check "re:^ok  "$'\t'"$w/fixedbugs/gcc-pr99998.c"
	rd -profile "$n/broken.yaml" "$w/fixedbugs/gcc-pr99998.c"
	expect_rc 1
	# what is refused
	rd new "$w/fixedbugs/gcc-pr99999.c" -from "$n/twice.c"
	expect_rc 2
	check "errmsg:gcc-pr99999.c already exists; nothing written"
	rd new "$w/bugs/pr123.c" -from "$n/twice.c"
	expect_rc 2
	check "errmsg:name a case after its tracker entry: gcc-prN.c, llvm-ghN.c, llvm-prN.c"
	rd new "$w/bugs/llvm-gh12x.c"
	expect_rc 2
	check "errmsg:name a case after its tracker entry"
	rd new "$w/gcc-pr5.c"
	expect_rc 2
	check "errmsg:a case goes straight into a fixedbugs/ or bugs/ folder"
	rd new "$w/fixedbugs/llvm-gh5.c"
	expect_rc 2
	check "errmsg:needs -fixed 'clang RELEASE'"
	[ "$(ls "$w/bugs" "$w/fixedbugs" | grep -c '\.c$')" = 2 ] ||
	    why "a refused case was written: $(ls "$w"/*bugs | paste -sd ' ')"
	# no reproducer: a case that cannot pass until one is written
	rd new "$w/bugs/tcc-odd-thing.c" -profile "$n/fixed.yaml"
	expect_rc 1
	check "re:^FAIL"$'\t'"$w/bugs/tcc-odd-thing.c"
	check 'msg:write the reproducer of tcc-odd-thing.c here'
	rm -rf "$w"
	finish 20
}

# -count runs a test side by side N times and reports one line for it,
# FLAKY when its runs disagree; a steady test stays one ok line.
case_count_flaky()
{
	drive @nocc -profile cc -count 4 -n 1 -summary "$E2E/stress/alternate.c" \
	    "$E2E/stress/uninit.c"
	expect_rc 1
	check "in:stress/alternate.c:flaky: 2 of 4 runs failed; the first failure (run 2):\nexit status 1"
	check "re:^FLAKY"$'\t'"$E2E/stress/alternate\\.c"$'\t'
	check 'tail:    1 ok\n    1 FLAKY\n'
	drive @nocc -profile cc -count 3 -v "$E2E/stress/uninit.c"
	expect_rc 0
	[ "$(grep -c "uninit.c" "$WORK/out")" = 1 ] || why "-count 3: not one line for the test"
	drive @nocc -profile cc,gcc -count 2 "$E2E/stress/uninit.c"
	expect_rc 2
	check 'err:-count, -stress and -seed run under one profile'
	finish 20
}

# -stress repeats rounds with a random -n and MALLOC_PERTURB_ until a test
# fails, and prints the command that replays the failing round, which
# fails the same way: uninit.c fails when MALLOC_PERTURB_ is below 128,
# two copies of race.c when they run at once (-n 2 or more).
case_stress()
{
	local cmd v n

	drive @nocc -profile cc -stress -stress_time 30s "$E2E/stress/uninit.c"
	expect_rc 1
	check 'in:stress/uninit.c:an uninitialised flag was set'
	cmd=$(grep -A1 '^stress: round [0-9]* failed (seed [0-9]*); replay it with$' \
	    "$WORK/out" | sed -n '2s/^  //p')
	v=$(grep '^stress: round [0-9]*  seed' "$WORK/out" | tail -n 1 |
	    sed -n 's/.*MALLOC_PERTURB_=\([0-9]*\)$/\1/p')
	[ -n "$v" ] && [ "$v" -lt 128 ] || why "failing round's MALLOC_PERTURB_ '$v', want < 128"
	[[ $cmd == "$RD -seed "[0-9]*" -profile cc $E2E/stress/uninit.c" ]] ||
	    why "replay command: '$cmd'"
	drive @nocc -profile cc -seed "$(sed 's/.*-seed \([0-9]*\).*/\1/' <<<"$cmd")" \
	    "$E2E/stress/uninit.c"
	expect_rc 1
	check "re:^stress: round 1  seed [0-9]+  -n [0-9]+  MALLOC_PERTURB_=$v$"
	check 'in:stress/uninit.c:an uninitialised flag was set'
	cp "$E2E/stress/race.c" "$WORK/gen/race-b.c"	# a second racer
	drive @nocc -profile cc -stress -stress_time 30s "$E2E/stress/race.c" \
	    "$WORK/gen/race-b.c"
	expect_rc 1
	check 'msg:the lock is held by another test'
	rm -f "$WORK/gen/race-b.c"
	n=$(grep '^stress: round [0-9]*  seed' "$WORK/out" | tail -n 1 | sed -n 's/.*  -n \([0-9]*\)  .*/\1/p')
	[ -n "$n" ] && [ "$n" -ge 2 ] || why "the race failed with -n '$n'"
	drive @nocc -profile cc -stress -stress_time 2s "$E2E/stress/alternate.c"
	expect_rc 0
	check 're:^stress: [0-9]+ rounds? passed$'
	finish 2-60
}

# order_test NAME STATUS SLEEP: a run test that appends NAME to the file
# "order" of the run's temp folder, sleeps SLEEP seconds, exits STATUS.
order_test()
{
	printf '// run\n\n#define _POSIX_C_SOURCE 200809L\n#include <stdio.h>\n#include <stdlib.h>\n#include <time.h>\n\nint main(void)\n{\n\tstruct timespec t = { 0, %d000000 };\n\tchar p[4096];\n\tFILE *f;\n\n\tsnprintf(p, sizeof(p), "%%s/../order", getenv("TMPDIR"));\n\tif ((f = fopen(p, "a")))\n\t\tfprintf(f, "%s\\n"), fclose(f);\n\tnanosleep(&t, NULL);\n\treturn %d;\n}\n' \
	    "$3" "$1" "$2"
}

# The results store: a run keeps each test's verdict and seconds in
# .rundriver/results of its working folder; -failed reruns the last run's
# failures (with or without paths); the next run starts the last
# failures first, then the longest tests, and still reports in order; a
# damaged store is no error and is written anew.
case_failed()
{
	local w=$WORK/gen/failed kept

	export RUNDRIVER_STORE=	# the default: the working folder's
	rm -rf "$w"
	mkdir -p "$w/t"
	order_test a-fast 0 0 >"$w/t/a-fast.c"
	order_test b-fail 3 0 >"$w/t/b-fail.c"
	order_test c-slow 0 400 >"$w/t/c-slow.c"
	order_test d-fast 0 0 >"$w/t/d-fast.c"
	rd_in "$w" -profile cc -n 1 t
	expect_rc 1
	grep -qx $'cc\tFAIL\t[0-9.]*\tt/b-fail.c' "$w/.rundriver/results" &&
	    grep -qx $'cc\tok\t0.[4-9][0-9]*\tt/c-slow.c' "$w/.rundriver/results" &&
	    [ "$(wc -l <"$w/.rundriver/results")" = 4 ] ||
	    why "store: $(paste -sd '|' "$w/.rundriver/results")"
	rd_in "$w" -profile cc -n 1 -v -k t
	expect_rc 1
	kept=$(sed -n 's/^rundriver: temp files kept in //p' "$WORK/err")
	[[ "$(paste -sd ' ' "$kept/order" 2>/dev/null)" == "b-fail c-slow "[ad]-fast" "[ad]-fast ]] ||
	    why "start order '$(paste -sd ' ' "$kept/order" 2>/dev/null)', want b-fail c-slow then the fast ones"
	[ -n "$kept" ] && rm -rf "$kept"
	[ "$(grep -o 't/[a-z-]*\.c' "$WORK/out" | paste -sd ' ')" = \
	    "t/a-fast.c t/b-fail.c t/b-fail.c t/c-slow.c t/d-fast.c" ] ||
	    why "report order: $(grep -o 't/[a-z-]*\.c' "$WORK/out" | paste -sd ' ')"
	rd_in "$w" -profile cc -failed -v
	expect_rc 1
	[ "$(grep -c $'^ok  \t\|^FAIL\t' "$WORK/out")" = 1 ] &&
	    grep -q $'^FAIL\tt/b-fail.c' "$WORK/out" || why "-failed ran: $(grep -o 't/[a-z-]*\.c' "$WORK/out" | sort -u | paste -sd ' ')"
	rd_in "$w" -profile cc -failed -v ./t
	expect_rc 1
	grep -q $'^FAIL\t./t/b-fail.c' "$WORK/out" && ! grep -q fast "$WORK/out" ||
	    why "-failed ./t ran: $(grep -o 't/[a-z-]*\.c' "$WORK/out" | sort -u | paste -sd ' ')"
	order_test b-fail 0 0 >"$w/t/b-fail.c"	# the fix
	rd_in "$w" -profile cc -failed -v
	expect_rc 0
	grep -q $'^ok  \tt/b-fail.c' "$WORK/out" || why "fixed b-fail.c not ok"
	rd_in "$w" -profile cc -failed
	expect_rc 0
	check 'errmsg:-failed: no test failed in the last run here'
	printf 'garbage\ncc\tWHAT\t1\tt/a-fast.c\ncc\tok\tx\tt/b\n\t\t\t\ncc\tok\t1.0' \
	    >"$w/.rundriver/results"
	rd_in "$w" -profile cc t
	expect_rc 0
	[ "$(wc -l <"$w/.rundriver/results")" = 4 ] && ! grep -q garbage "$w/.rundriver/results" ||
	    why "the damaged store was not written anew: $(paste -sd '|' "$w/.rundriver/results")"
	export RUNDRIVER_STORE=$WORK/store
	rd_in "$w" -profile cc t
	[ -f "$RUNDRIVER_STORE/results" ] || why "\$RUNDRIVER_STORE was not used"
	rm -rf "$w"
	finish 20
}

# strip_times FILE: FILE's text with the seconds of report lines masked.
strip_times()
{
	sed -E 's/\t[0-9]+\.[0-9]{3}s$/\tS/' "$1"
}

# On a terminal (a real pseudo-terminal from script(1)) stderr carries a
# self-updating progress line, erased before each report line and at the
# end, and FAIL/ok are coloured unless NO_COLOR is set; with stdout or
# stderr in a file nothing of it shows: the report is the same bytes
# (timings aside) as a run with no terminal at all.
case_progress_tty()
{
	local w=$WORK/gen/pty rd ts=$WORK/gen/typescript args

	if ! command -v script >/dev/null 2>&1; then
		skip_case "script(1) is not installed"
		return
	fi
	rm -rf "$w"
	mkdir -p "$w"
	order_test a-ok 0 600 >"$w/a-ok.c"
	order_test b-fail 3 0 >"$w/b-fail.c"
	order_test c-ok 0 0 >"$w/c-ok.c"
	rd=$(realpath "$RD")
	args="-profile cc -n 1 $w"
	"$rd" $args >"$w/plain.out" 2>"$w/plain.err" </dev/null
	# stdout a file, stderr the terminal: progress on the terminal only
	script -qec "$rd $args >$w/tty.out" "$ts" >/dev/null 2>&1 </dev/null
	[ "$(strip_times "$w/tty.out")" = "$(strip_times "$w/plain.out")" ] ||
	    why "stdout in a file differs when stderr is a terminal"
	grep -qaE $'\\[[0-9]/3\\]  [01] FAIL  0:0[0-9]' "$ts" ||
	    why "no progress line on the terminal: $(tr -d '\r' <"$ts" | head -c 200)"
	grep -qaF $'\r\033[K' "$ts" || why "the progress line is never erased"
	[ "$(tail -c 4 "$ts" | od -An -c | tr -d ' ')" != "left" ] ||
	    why "the progress line is left on screen at the end"
	! grep -qa $'\033' "$w/tty.out" "$w/plain.out" "$w/plain.err" ||
	    why "escape codes in a file"
	# stdout the terminal too: colour, unless NO_COLOR
	script -qec "$rd $args" "$ts" >/dev/null 2>&1 </dev/null
	grep -qaF $'\033[31mFAIL\033[0m\t'"$w/b-fail.c" "$ts" ||
	    why "FAIL is not red on a terminal"
	NO_COLOR=1 script -qec "$rd $args" "$ts" >/dev/null 2>&1 </dev/null
	! grep -qaF $'\033[31m' "$ts" || why "colour despite NO_COLOR"
	grep -qaF $'FAIL\t'"$w/b-fail.c" "$ts" || why "no FAIL line with NO_COLOR"
	# -v prints a line a test: no progress line then
	script -qec "$rd -v $args" "$ts" >/dev/null 2>&1 </dev/null
	! grep -qaE '\[[0-9]/3\]' "$ts" || why "a progress line with -v"
	rm -rf "$w" "$ts"
	finish 20
}

# -json through gotestsum (its counts and JUnit agree with the run), -junit
# through xmllint with its counts, -tap through prove: a test that prints
# invalid UTF-8, a NUL, "]]>", markup, control bytes and a 1 MB line keeps
# all three valid.
case_machine_reports()
{
	local d=$E2E/machine j=$WORK/gen/run.json x=$WORK/gen/run.xml g=$WORK/gen/g.xml

	drive @nocc -profile cc -json "$j" -junit "$x" "$d"
	expect_rc 1
	if command -v xmllint >/dev/null 2>&1; then
		xmllint --noout "$x" 2>"$WORK/gen/xmllint.err" ||
		    why "-junit: not valid XML: $(head -c 200 "$WORK/gen/xmllint.err")"
	else
		why "xmllint is not installed (make deps installs libxml2-utils)"
	fi
	grep -q '<testsuites tests="3" failures="1" skipped="1" errors="0"' "$x" ||
	    why "-junit counts: $(grep -m1 '<testsuites' "$x")"
	grep -q 'cdata: ]]&gt; markup: &lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;' "$x" ||
	    why "-junit: the hostile line is not escaped as expected"
	if command -v gotestsum >/dev/null 2>&1; then
		gotestsum --raw-command --junitfile "$g" -- cat "$j" >"$WORK/gen/gts.out" 2>&1
		grep -q '^DONE 3 tests, 1 skipped, 1 failure' "$WORK/gen/gts.out" ||
		    why "gotestsum: $(tail -n 1 "$WORK/gen/gts.out")"
		grep -q '<testsuite tests="3" failures="1"' "$g" ||
		    why "gotestsum's JUnit: $(grep -m1 '<testsuite ' "$g" | head -c 200)"
	else
		why "gotestsum is not installed (make deps installs it)"
	fi
	grep -q '"Action":"pass","Package":"driver/tests/e2e/machine","Test":"a-pass.c","Elapsed":[0-9.]*,"Path":"driver/tests/e2e/machine/a-pass.c","Steps":\[{"Step":"build","User":[0-9.]*,"Sys":[0-9.]*,"Wall":[0-9.]*,"MaxRSSKB":[1-9][0-9]*}' "$j" ||
	    why "-json: no cost of the build step of a-pass.c"
	drive @nocc -profile cc -tap "$d"
	expect_rc 1
	check 're:^TAP version 13$'
	check "re:^not ok 2 - $d/b-hostile.c$"
	check "re:^ok 3 - $d/c-skip.c # SKIP requires: no_such_tag$"
	check 'tail:1..3\n'
	if command -v prove >/dev/null 2>&1; then
		cp "$WORK/out" "$WORK/gen/run.tap"
		prove -e cat "$WORK/gen/run.tap" >"$WORK/gen/prove.out" 2>&1 &&
		    why "prove passed a failing run"
		grep -q 'Tests=3' "$WORK/gen/prove.out" &&
		    grep -q 'Failed test:  2$' "$WORK/gen/prove.out" ||
		    why "prove: $(tail -n 3 "$WORK/gen/prove.out" | paste -sd '|')"
		drive @nocc -profile cc -tap "$d/a-pass.c" "$d/c-skip.c"
		cp "$WORK/out" "$WORK/gen/run.tap"
		prove -e cat "$WORK/gen/run.tap" >"$WORK/gen/prove.out" 2>&1 ||
		    why "prove failed a passing run: $(tail -n 2 "$WORK/gen/prove.out" | paste -sd '|')"
	else
		why "prove is not installed"
	fi
	rm -f "$WORK"/gen/run.* "$WORK"/gen/g.xml "$WORK"/gen/*.out "$WORK/gen/xmllint.err"
	finish 20
}

# compare flags a test whose compile got about 3 times costlier in CPU and
# twice larger in memory (costlycc does that to a-pass.c only), and is
# quiet on a rerun of the same tree with the same compiler.
case_compare()
{
	local d=$E2E/machine g=$WORK/gen

	drive @nocc -profile gcc -json "$g/old.json" "$d"
	drive @nocc -profile gcc -json "$g/same.json" "$d"
	drive @nocc -profile "$d/costly.yaml" -json "$g/new.json" "$d"
	rd compare "$g/old.json" "$g/new.json"
	expect_rc 1
	check "re:^costlier +$d/a-pass\\.c  compile CPU "
	# under valgrind a command's peak RSS starts from the forked valgrind
	# image, larger than either compile: only the CPU time tells then
	[ ${#WRAP[@]} -gt 0 ] || check "re:^larger +$d/a-pass\\.c  compile peak RSS "
	! grep -q 'hostile\|skip\.c' "$WORK/out" || why "other tests flagged: $(paste -sd '|' "$WORK/out")"
	rd compare "$g/old.json" "$g/same.json"
	expect_rc 0
	check 're:^compare: 0 regressions'
	[ "$(wc -l <"$WORK/out")" = 1 ] || why "a rerun is not quiet: $(paste -sd '|' "$WORK/out")"
	rd compare "$g/old.json" "$d/a-pass.c"
	expect_rc 2
	check 'errmsg:a-pass.c:1: not a test2json event'
	rm -f "$g"/*.json
	finish 30
}

# shard_run ENGINE I: run shard I of 3 of the summary tree with the
# variables of ENGINE (I counted from 0), its -json into $WORK/gen/sI.json.
shard_run()
{
	local j=$WORK/gen/s$2.json d=$E2E/summary

	case $1 in
	gitlab) CI_NODE_INDEX=$(($2 + 1)) CI_NODE_TOTAL=3 drive -v -json "$j" "$d" ;;
	buildkite) BUILDKITE_PARALLEL_JOB=$2 BUILDKITE_PARALLEL_JOB_COUNT=3 \
	    drive -v -json "$j" "$d" ;;
	circleci) CIRCLE_NODE_INDEX=$2 CIRCLE_NODE_TOTAL=3 drive -v -json "$j" "$d" ;;
	slurm) SLURM_ARRAY_TASK_ID=$(($2 + 4)) SLURM_ARRAY_TASK_MIN=4 \
	    SLURM_ARRAY_TASK_COUNT=3 drive -v -json "$j" "$d" ;;
	kubernetes) JOB_COMPLETION_INDEX=$2 drive -v -shards 3 -json "$j" "$d" ;;
	esac
}

# Three shards of a tree run as three processes with each CI engine's
# variables, then merge: the same verdicts as one unsharded run. Without
# one shard's file, merge fails naming that shard's tests; with one twice,
# naming those reported twice.
case_shards_merge()
{
	local e i want got lost g=$WORK/gen

	drive -v "$E2E/summary"
	want=$(sed -E $'s/\t[0-9.]+s$//' "$WORK/out")
	for e in gitlab buildkite circleci slurm kubernetes; do
		for i in 0 1 2; do
			shard_run "$e" "$i"
			[ "$RC" = 0 ] || [ "$RC" = 1 ] || why "$e shard $i: exit $RC"
		done
		rd merge -v "$g/s0.json" "$g/s1.json" "$g/s2.json"
		expect_rc 1	# the tree has a failing test
		got=$(sed -E $'s/\t[0-9.]+s$//' "$WORK/out")
		[ "$got" = "$want" ] || why "$e: merged verdicts differ: $(diff <(echo "$want") <(echo "$got") | grep '^[<>]' | head -3 | paste -sd '|')"
	done
	lost=$(grep -o '"Path":"[^"]*","Steps"' "$g/s1.json" | sed 's/"Path":"//; s/","Steps"//' | sort)
	[ -n "$lost" ] || why "shard 1 ran no test: the case proves nothing"
	rd merge "$g/s0.json" "$g/s2.json"
	expect_rc 1
	got=$(grep -B1 '^no shard reported this test' "$WORK/out" |
	    sed -n 's/^# rundriver -- //p' | sort)
	[ "$got" = "$lost" ] || why "missing tests named: '$got', want '$lost'"
	rd merge "$g/s0.json" "$g/s1.json" "$g/s1.json" "$g/s2.json"
	expect_rc 1
	check 'msg:reported by two shards'
	rm -f "$g"/s[012].json
	finish 30
}
