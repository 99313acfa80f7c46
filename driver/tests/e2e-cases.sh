# The hand-written end-to-end cases, sourced by e2e.sh: each case_NAME is
# run by "c NAME" in the table there. They define functions only.
# ---- hand-written cases ----

# -k keeps the run dir, with a private dir per test holding its a.out.
case_keep_k()
{
	local dirs n

	drive -k -v "$E2E/proc/pass.c" "$E2E/proc/args.c"
	expect_rc 0
	dirs=$(find "$TMPDIR" -mindepth 1 -maxdepth 1)
	if [[ ! $dirs =~ ^$TMPDIR/rundriver-[A-Za-z0-9]{6}$ ]]; then
		why "want exactly one kept run dir rundriver-XXXXXX, have '$dirs'"
	else
		n=$(find "$dirs" -name a.out -printf '%h\n' | sort -u | wc -l)
		[ "$n" = 2 ] ||
		    why "want 2 test dirs with an a.out, have $n: $(find "$dirs" | paste -sd ' ')"
	fi
	rm -rf "${TMPDIR:?}"/*
	finish 5
}

# The whole fixture tree, with -n 1 and -n 8: the same report.
case_parallel_same_report()
{
	local rc1 ntests nsum t=3

	# under valgrind the floods need longer than 3 s to be read in full
	[ ${#WRAP[@]} -gt 0 ] && t=10
	# (the times, and so -summary's list of the slowest and its CPU by
	# step, may differ)
	drive -n 1 -v -summary -timeout $t "$E2E"
	rc1=$RC
	sed -E -e $'s/\t[0-9.]+s$//' -e '/^ *[0-9]+\.[0-9]{3}s  /d' \
	    -e 's/[0-9]+\.[0-9]{2}s/S/g' "$WORK/out" >"$WORK/n1"
	drive -n 8 -v -summary -timeout $t "$E2E"
	sed -E -e $'s/\t[0-9.]+s$//' -e '/^ *[0-9]+\.[0-9]{3}s  /d' \
	    -e 's/[0-9]+\.[0-9]{2}s/S/g' "$WORK/out" >"$WORK/n8"
	if [ "$rc1" != 1 ] || [ "$RC" != 1 ]; then
		why "exit statuses $rc1 and $RC, want 1 and 1"
	fi
	cmp -s "$WORK/n1" "$WORK/n8" ||
	    why "reports differ: $(diff -a "$WORK/n1" "$WORK/n8" | grep -a '^[<>]' | head -4 | paste -sd '|')"
	verdicts "$WORK/n1" | cut -f 2 | sort -c 2>/dev/null ||
	    why "verdicts not in bytewise path order"
	verdicts "$WORK/n1" | grep -q 'multi\.dir/' && why "files of multi.dir/ run as tests"
	# (the c-testsuite fixture's include glob leaves its scripts/ out)
	ntests=$(find "$E2E" -name '*.c' ! -path '*.dir/*' \
	    ! -path '*/ctestsuite/scripts/*' | wc -l)
	nsum=$(awk '/^ *[0-9]+ (ok|FAIL|skip|BUG|FIXED)$/ { n += $1 } END { print n + 0 }' "$WORK/n1")
	[ "$nsum" = "$ntests" ] || why "summary counts $nsum tests, the tree has $ntests"
	finish 50
}

# run.go's FNV-1 (not 1a) 32-bit hash.
fnv1()
{
	local s=$1 h=2166136261 i ch

	for ((i = 0; i < ${#s}; i++)); do
		printf -v ch '%d' "'${s:i:1}"
		h=$(((h * 16777619) & 0xffffffff))
		h=$((h ^ ch))
	done
	echo "$h"
}

# -shard i -shards 3 over a directory: run.go's FNV-1 of the base name.
case_shards()
{
	local i f want got

	[ "$(fnv1 run.go)" = 3137865648 ] || why "the script's fnv1 is wrong"
	for i in 0 1 2; do
		drive -v -shard "$i" -shards 3 "$E2E/sig"
		want=$(for f in "$E2E"/sig/*.c; do
			[ $(($(fnv1 "${f##*/}") % 3)) = "$i" ] && echo "$f"
		done)
		got=$(verdicts "$WORK/out" | cut -f 2)
		[ "$want" = "$got" ] ||
		    why "shard $i: ran '${got//$'\n'/ }', want '${want//$'\n'/ }'"
	done
	finish 10
}

# -bless writes NAME.out from the program's output; then the test passes.
case_bless()
{
	local d=$WORK/bless

	mkdir -p "$d"
	cp "$E2E/proc/mismatch.c" "$E2E/proc/mismatch.out" "$d"
	drive -bless "$d/mismatch.c"
	expect_rc 0
	[ "$(cat "$d/mismatch.out")" = "hello there" ] ||
	    why "blessed .out holds '$(head -c 100 "$d/mismatch.out")'"
	drive -v "$d/mismatch.c"
	expect_rc 0
	check pass:"$d/mismatch.c"
	rm -rf "$d"
	finish 5
}

# stdin is /dev/null: a test reading it sees EOF at once, never the
# driver's own stdin, be it a file with data or a pipe nobody closes.
case_stdin_eof()
{
	local fifo=$WORK/gen/stdin.fifo

	echo "data the test must not see" >"$WORK/gen/stdin.txt"
	DRIVE_STDIN=$WORK/gen/stdin.txt drive -v "$E2E/proc/stdin.c"
	expect_rc 0
	check pass:proc/stdin.c
	mkfifo "$fifo"
	exec 7<>"$fifo"	# a writer that never closes: a reader would block
	DRIVE_STDIN=$fifo drive -v "$E2E/proc/stdin.c"
	exec 7>&-
	rm -f "$fifo"
	expect_rc 0
	check pass:proc/stdin.c
	finish 3
}

# start_driver ARGS...: the driver in the background under "helper
# measure" (which passes signals on), as drive runs it; sets DPID.
start_driver()
{
	rm -f "$WORK/rss"
	"$WORK/helper" measure "$WORK/rss" -- "${WRAP[@]}" "$RD" \
	    -profile "$E2E/fake.yaml" -compiler "$WORK/fakecc" "$@" \
	    </dev/null >"$WORK/out" 2>"$WORK/err" &
	DPID=$!
}

# wait_for PATTERN...: wait until a process matching each pgrep PATTERN
# runs (5 s, 60 s under E2E_WRAP).
wait_for()
{
	local p i n=50

	[ ${#WRAP[@]} -eq 0 ] || n=600
	for p; do
		for ((i = 0; i < n; i++)); do
			pgrep -f -- "$p" >/dev/null && break
			sleep 0.1
		done
		pgrep -f -- "$p" >/dev/null || why "'$p' never started"
	done
}

# driver_signal SIG NUM NAME: SIG to the driver while two tests run (one
# ignoring SIGTERM, one whose earlier neighbour already passed) and two
# wait: every process group killed, the temp root removed, the two passed
# tests reported, "4 not run" counted, and the driver dead by SIG itself.
driver_signal()
{
	local sig=$1 num=$2 name=$3 i t0 n=50 how

	[ ${#WRAP[@]} -eq 0 ] || n=300
	now
	t0=$NOW
	exec 3>&2 2>/dev/null	# no "Hangup" notice from the shell
	start_driver -v -n 2 -timeout_scale 10 "$E2E/proc/pass.c" \
	    "$E2E/proc/ignoreterm.c" "$E2E/proc/forkmany.c" \
	    "$E2E/timeout/default.c" "$E2E/sig/abrt.c" "$E2E/sig/bus.c"
	wait_for "$WORK/helper ignoreterm" "$WORK/helper loop"
	sleep 0.2
	kill "-$sig" "$DPID" 2>/dev/null
	for ((i = 0; i < n; i++)); do
		kill -0 "$DPID" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$DPID" 2>/dev/null; then
		why "driver alive $((n / 10))s after SIG$sig"
		kill -KILL "$DPID"
	fi
	wait "$DPID"
	RC=$?
	exec 2>&3 3>&-
	NRUN=1
	now
	ELAPSED=$((NOW - t0))
	keep_outputs "$NAME"
	after_run
	expect_rc $((128 + num))
	how=$(sed -n 2p "$WORK/rss" 2>/dev/null)
	[ "$how" = "signal $num" ] || why "the driver ended by '$how', want 'signal $num' (a re-raise)"
	check pass:proc/pass.c
	check pass:proc/forkmany.c
	check tail:'    4 not run (interrupted)\n'
	check no:FAIL
	check err:"interrupted by signal $num \\($name\\): 4 tests not run"
	finish 8
}

case_driver_sigterm() { driver_signal TERM 15 terminated; }
case_driver_sigint() { driver_signal INT 2 interrupt; }
case_driver_sighup() { driver_signal HUP 1 hangup; }

# mktree: a tree in $WORK/gen/tree with a passing test, a symlink loop
# of folders (sub/up -> ..), a link to itself named self.c, a dangling
# link named dangling.c, a FIFO named fifo.c (not a test: skipped) and a
# test whose .out is a link to /dev/zero.
mktree()
{
	local d=$WORK/gen/tree

	rm -rf "$d"
	mkdir -p "$d/sub"
	cp "$E2E/proc/pass.c" "$E2E/proc/pass.out" "$d/"
	cp "$E2E/proc/pass.c" "$d/zero.c"
	ln -s /dev/zero "$d/zero.out"
	ln -s .. "$d/sub/up"
	ln -s self.c "$d/self.c"
	ln -s nowhere.c "$d/dangling.c"
	mkfifo "$d/fifo.c"
}

case_tree_links()
{
	local d=$WORK/gen/tree

	mktree
	drive -v "$d"
	expect_rc 1
	check pass:"$d/pass.c"
	check fail:"$d/self.c"
	check in:"$d/self.c:$d/self.c: Too many levels of symbolic links"
	check fail:"$d/dangling.c"
	check in:"$d/dangling.c:$d/dangling.c: No such file or directory"
	check fail:"$d/zero.c"
	check in:"$d/zero.c:cannot read expected output $d/zero.out: not a regular file"
	expect_verdicts pass:"$d/pass.c" fail:"$d/self.c" fail:"$d/dangling.c" \
	    fail:"$d/zero.c"
	finish 3
}

# A FIFO or a device named on the command line: an error, not a hang.
case_fifo_arg()
{
	local d=$WORK/gen/tree

	mktree
	drive -v "$d/fifo.c"
	expect_rc 2
	check errmsg:"rundriver: $d/fifo.c: not a regular file or a folder"
	drive -v /dev/zero
	expect_rc 2
	check errmsg:"rundriver: /dev/zero: not a regular file or a folder"
	drive -v -profile "$d/fifo.c" "$E2E/proc/pass.c"
	expect_rc 2
	check errmsg:"rundriver: $d/fifo.c: not a regular file"
	finish 3
}

# A test file that cannot be read (mode 000): a FAIL naming the error.
# Root reads any file, so as root the driver runs without the
# capabilities that let it (setpriv drops them from its bounding set).
case_unreadable()
{
	local f=$WORK/gen/unreadable.c saved=("${WRAP[@]}")

	cp "$E2E/proc/pass.c" "$f"
	cp "$E2E/proc/pass.out" "${f%.c}.out"
	chmod 000 "$f"
	[ "$(id -u)" = 0 ] && WRAP=(setpriv --bounding-set
	    -dac_override,-dac_read_search "${WRAP[@]}")
	drive -v "$f"
	WRAP=("${saved[@]}")
	chmod 644 "$f"
	expect_rc 1
	check fail:"$f"
	check in:"$f:$f: Permission denied"
	finish 3
}

# A test file whose read fails with EIO (/proc/self/mem).
case_unreadable_mem()
{
	local m=$WORK/gen/mem.c

	ln -s /proc/self/mem "$m"
	drive -v "$m"
	expect_rc 1
	check fail:"$m"
	check in:"$m:$m: Input/output error"
	finish 3
}

# A requires: line nested a million deep: an error, not a stack overflow.
case_requires_deep()
{
	local f=$WORK/gen/deep.c

	{
		printf '// compile\n// requires: '
		head -c 1000000 /dev/zero | tr '\0' '!'
		printf 'fake\n\nint x;\n'
	} >"$f"
	drive -v "$f"
	expect_rc 1
	check fail:"$f"
	check in:"$f:$f:2: requires: expression nested too deeply at column 101"
	finish 3
}

# ---- bugs/, promote, the profile matrix, the /dev/null guard ----

# promote_run ARGS...: "rundriver promote ARGS"; sets RC, $WORK/out, err.
promote_run()
{
	"${WRAP[@]}" "$RD" promote "$@" >"$WORK/out" 2>"$WORK/err"
	RC=$?
}

# promote moves a fixed bug with its .out and .dir to fixedbugs/, refuses
# to overwrite, and refuses files outside a bugs/ folder.
case_promote()
{
	local p=$WORK/promo

	rm -rf "$p"
	mkdir -p "$p/bugs/fixed.dir" "$p/fixedbugs"
	cp "$E2E/bugs/fixed.c" "$E2E/bugs/fixed.out" "$p/bugs/"
	echo 'int x;' >"$p/bugs/fixed.dir/a.c"
	cp "$E2E/bugs/open.c" "$p/bugs/"
	cp "$E2E/bugs/open.c" "$p/fixedbugs/"
	promote_run "$p/bugs/fixed.c"
	expect_rc 0
	[ -f "$p/fixedbugs/fixed.c" ] && [ -f "$p/fixedbugs/fixed.out" ] &&
	    [ -f "$p/fixedbugs/fixed.dir/a.c" ] ||
	    why "fixed.c, .out and .dir not all in fixedbugs/"
	[ ! -e "$p/bugs/fixed.c" ] && [ ! -e "$p/bugs/fixed.out" ] &&
	    [ ! -e "$p/bugs/fixed.dir" ] || why "something of fixed.c left in bugs/"
	promote_run "$p/bugs/open.c"
	expect_rc 1
	check 'err:fixedbugs/open.c already exists; nothing moved'
	[ -f "$p/bugs/open.c" ] || why "a refused promote moved the file"
	promote_run "$p/fixedbugs/fixed.c"
	expect_rc 1
	check 'err:not a test in a bugs/ folder'
	promote_run
	expect_rc 2
	rm -rf "$p"
	finish 5
}

# -profile A,B: one report per profile, then the tests whose verdicts
# differ (f-requires.c skips under fake, passes under alt) and totals.
case_matrix()
{
	drive -profile "$E2E/fake.yaml,$E2E/profiles/alt.yaml" -show_skips \
	    "$E2E/summary/f-requires.c" "$E2E/proc/pass.c" "$E2E/bugs/open.c"
	expect_rc 0
	check 'msg:== profile fake: '
	check 'msg:== profile alt: '
	check 'msg:== matrix: 1 of 3 tests differ between fake, alt'
	check "re:^$E2E/summary/f-requires\\.c +skip +ok *\$"
	check "no:$E2E/bugs/open.c  "
	check "no:$E2E/proc/pass.c  "
	check 're:^fake +1 +0 +1 +1 +0 +0$'
	check 're:^alt +2 +0 +0 +1 +0 +0$'
	finish 10
}

# Two releases of one family (fakecc reports what the profile's version
# command asks): a fixed: case fails as BUG before its fix and passes
# after, one that passes before its fix FAILs, a malformed line FAILs
# naming it, a bug: range holds only inside; the matrix prints where each
# verdict changes and how many cases it proved.
case_releases()
{
	local r=$E2E/releases

	drive -profile "$E2E/profiles/fake-2.yaml,$E2E/profiles/fake-1.yaml" \
	    "$r"
	expect_rc 1
	check 'msg:== profile fake-1: '"$WORK"'/fakecc 1.0'
	check 'msg:== profile fake-2: '"$WORK"'/fakecc 2.0'
	check "in:releases/fixedbugs/uncaught.c:passes under fake-1 1.0, before the fix its fixed: line names (fake 2): the case does not catch its bug"
	check "in:releases/fixedbugs/malformed.c:$r/fixedbugs/malformed.c:2: fixed: want NAME RELEASE [since RELEASE]"
	check "re:^$r/fixedbugs/caught\.c +ok +BUG *\$"
	check "re:^$r/bugs/open\.c +ok +BUG *\$"
	check 'msg:== releases of fake: fake-1 1.0, fake-2 2.0'
	check "msg:$r/fixedbugs/caught.c: BUG up to fake-1, ok from fake-2"
	check "msg:$r/bugs/open.c: BUG up to fake-1, ok from fake-2"
	check "msg:$r/fixedbugs/uncaught.c: FAIL up to fake-1, ok from fake-2"
	check "no:$r/fixedbugs/malformed.c: "
	check 'msg:== fixed: 1 tests proved, failing before their fix and passing after (fake 1); 1 not proved here'
	finish 10
}

# A -profile glob takes the installed profiles it matches; one whose
# compiler is missing is left out, saying so, and a glob left with none
# is an error (exit 2).
case_profile_glob()
{
	RUNDRIVER_CONFIG=$E2E/profiles drive @nocc -profile 'missing-*' \
	    "$E2E/proc/pass.c"
	expect_rc 2
	check 'errmsg:rundriver: -profile missing-*: leaving out missing-cc: "no-such-compiler-e2e" is not installed'
	check "errmsg:rundriver: -profile missing-*: no installed profile in $E2E/profiles matches"
	check noproc:
	finish 5
}

# rd_in DIR ARGS...: the driver run in folder DIR (its own path made
# absolute, and this repository's profiles named, as a driver built
# elsewhere, such as build/asan/rundriver, does not find them beside
# itself), as a user runs it there; sets RC, $WORK/out and $WORK/err.
rd_in()
{
	local dir=$1 rd cfg

	shift
	rd=$(realpath "$RD")
	cfg=${RUNDRIVER_CONFIG:-$(realpath config)}
	(cd "$dir" && RUNDRIVER_CONFIG=$cfg "${WRAP[@]}" "$rd" "$@") \
	    >"$WORK/out" 2>"$WORK/err"
	RC=$?
}

# A compiler path with a '/' means what it says: -compiler ./wrapper and
# $RUNDRIVER_COMPILER from the current folder, a profile's compiler: and
# known_failures: from the profile's folder; a missing known-failure list
# and two profiles of one name are errors naming the files.
case_compiler_paths()
{
	local d=$WORK/wrap e t

	e=$(realpath "$E2E")
	t=$e/proc/pass.c
	rm -rf "$d"
	mkdir -p "$d/prof"
	printf '#!/bin/sh\nexec "%s" "$@"\n' "$WORK/fakecc" >"$d/wrapper"
	chmod +x "$d/wrapper"
	cp "$d/wrapper" "$d/prof/wrapper"
	printf 'extends: %s\nname: moved\ncompiler: ./wrapper\nknown_failures: known.txt\n' \
	    "$e/fake.yaml" >"$d/prof/p.yaml"
	printf '%s # exits 3\n' "$e/proc/exitright.c" >"$d/prof/known.txt"
	printf 'extends: %s\nname: gone\nknown_failures: nope.txt\n' \
	    "$e/fake.yaml" >"$d/prof/nolist.yaml"
	printf 'extends: %s\nname: fake\n' "$e/fake.yaml" >"$d/prof/dup.yaml"

	rd_in "$d" -v -profile "$e/fake.yaml" -compiler ./wrapper "$t"
	expect_rc 0
	check "msg:ok  "$'\t'"$t"
	RUNDRIVER_COMPILER=./wrapper rd_in "$d" -v -profile "$e/fake.yaml" "$t"
	expect_rc 0
	check "msg:ok  "$'\t'"$t"
	rd_in "$WORK" -v -profile "$d/prof/p.yaml" "$t" "$e/proc/exitright.c"
	expect_rc 0
	check "msg:ok  "$'\t'"$t"
	check "msg:ok  "$'\t'"$e/proc/exitright.c"
	rd_in "$WORK" -profile "$d/prof/nolist.yaml" -compiler "$WORK/fakecc" "$t"
	expect_rc 2
	check "errmsg:rundriver: $d/prof/nolist.yaml: known_failures: $d/prof/nope.txt: No such file or directory"
	rd_in "$WORK" -profile "$e/fake.yaml,$d/prof/dup.yaml" -compiler "$WORK/fakecc" "$t"
	expect_rc 2
	check "errmsg:rundriver: $e/fake.yaml and $d/prof/dup.yaml are both called \"fake\": the profiles of a matrix need names of their own"
	rm -rf "$d"
	finish 10
}

# Suites rundriver did not write, run in place with only a rundriver.yaml
# added: a c-testsuite layout (no directives, NNNNN.c.expected, an
# include glob) and a tinycc tests2 layout (NN_name.expect, blanks and the
# exit status ignored, -I inc from the suite's folder, __FILE__ printed),
# under gcc and tcc; a copy of the trees elsewhere prints the same.
case_foreign_suites()
{
	local c=$WORK/elsewhere p t want

	rm -rf "$c"
	mkdir -p "$c"
	cp -r "$E2E/suites" "$c/"
	want=$'ok  \tctestsuite/tests/single-exec/00001.c\nok  \tctestsuite/tests/single-exec/00002.c\nok  \tctestsuite/tests/single-exec/00003.c\nok  \ttinycc/01_blanks.c\nok  \ttinycc/02_exit.c\nok  \ttinycc/03_include.c\nok  \ttinycc/04_file.c'
	for p in gcc tcc; do
		command -v "$p" >/dev/null || continue
		rd_in "$E2E/suites" -v -profile "$p" ctestsuite tinycc
		expect_rc 0
		t=$(sed -E $'s/\t[0-9.]+s$//' "$WORK/out")
		[ "$t" = "$want" ] || why "$p: got $(printf '%s' "$t" | paste -sd '|')"
		rd_in "$c/suites" -v -profile "$p" ctestsuite tinycc
		expect_rc 0
		[ "$(sed -E $'s/\t[0-9.]+s$//' "$WORK/out")" = "$t" ] ||
		    why "$p: the copied trees print otherwise"
	done
	rm -rf "$c"
	finish 20
}

# -flags 'WORDS': the words, quoted as in a directive, reach the compiler
# after the profile's flags.
case_cli_flags()
{
	drive -v -flags '-DFROM_CLI=1 -g' "$E2E/cli/flags.c"
	expect_rc 0
	check pass:cli/flags.c
	drive -flags '"unclosed' "$E2E/cli/flags.c"
	expect_rc 2
	check 'errmsg:rundriver: -flags: invalid test recipe: unclosed quote'
	finish 5
}

# A suite file with an unknown key or a bad value stops the run before any
# test, naming the file, line and key.
case_suite_errors()
{
	local d=$WORK/badsuite

	rm -rf "$d"
	mkdir -p "$d"
	cp "$E2E/proc/pass.c" "$d/"
	printf 'golden: "{name}.out"\ncolour: blue\n' >"$d/rundriver.yaml"
	drive "$d/pass.c"
	expect_rc 2
	check "errmsg:rundriver: $d/rundriver.yaml:2:1: unknown key \"colour\""
	printf 'compare: fuzzy\n' >"$d/rundriver.yaml"
	drive "$d/pass.c"
	expect_rc 2
	check "errmsg:rundriver: $d/rundriver.yaml:1:10: compare: expected exact or ignore-space, got \"fuzzy\""
	check noproc:
	rm -rf "$d"
	finish 5
}

# After a command replaces /dev/null (as tcc -o /dev/null does as root),
# the run stops with exit 2 naming the test, and root gets the device
# back. Only in a private mount namespace over a scratch /dev, as root.
case_devnull_guard()
{
	local s=$WORK/devns t0

	if [ "$(id -u)" != 0 ] || ! unshare -m true 2>/dev/null; then
		skip_case "needs root and unshare -m"
		return
	fi
	mkdir -p "$s/dev" "$s/t"
	mknod -m 666 "$s/dev/null" c 1 3
	ln -s /proc/self/fd "$s/dev/fd"
	printf '#!/bin/sh\nrm -f /dev/null && echo junk >/dev/null\nexit 1\n' >"$s/cc"
	chmod +x "$s/cc"
	printf '// compile\n\nint x;\n' >"$s/t/a.c"
	printf '// compile\n\nint y;\n' >"$s/t/b.c"
	cat >"$s/inner.sh" <<-INNER
	mount --bind "$s/dev" /dev || exit 3
	"$RD" -n 1 -profile "$E2E/fake.yaml" -compiler "$s/cc" "$s/t/a.c" "$s/t/b.c"
	rc=\$?
	stat -c '%F %t %T' /dev/null >"$s/after"
	exit \$rc
	INNER
	now
	t0=$NOW
	timeout -k 5 60 unshare -m --propagation private sh "$s/inner.sh" \
	    >"$WORK/out" 2>"$WORK/err"
	RC=$?
	now
	ELAPSED=$((ELAPSED + NOW - t0))
	expect_rc 2
	check "err:$s/t/a.c: stopping the run: /dev/null was a regular file \\(restored\\)"
	check 'msg:2 not run'
	[ "$(cat "$s/after" 2>/dev/null)" = "character special file 1 3" ] ||
	    why "/dev/null after the run: $(cat "$s/after" 2>/dev/null)"
	[ -c /dev/null ] || why "the real /dev/null was touched"
	rm -rf "$s"
	finish 10
}

# A profile's tool_env goes to the toolchain's steps and never to the
# program: a compiler that refuses to run without the variable builds the
# test, whose program must not see it; without tool_env the build fails.
case_tool_env()
{
	local w=$WORK/toolenv p

	rm -rf "$w"
	mkdir -p "$w"
	cp "$E2E/toolenv/leak.c" "$E2E/toolenv/leak.out" "$w/"
	printf '#!/bin/sh\n[ "$E2E_TOOL" = yes ] || { echo "E2E_TOOL not set" >&2; exit 1; }\nexec cc "$@"\n' \
	    >"$w/cc-needs-env"
	chmod +x "$w/cc-needs-env"
	p=$w/p.yaml
	sed -e '/^known_failures:/d' config/cc.yaml >"$p"
	echo 'tool_env: {E2E_TOOL: "yes"}' >>"$p"
	rd_in "$w" -profile "$p" -compiler ./cc-needs-env -v leak.c
	expect_rc 0
	grep -q $'^ok  \tleak.c\t' "$WORK/out" ||
	    why "with tool_env: $(head -3 "$WORK/out" | paste -sd '|')"
	sed -i '/^tool_env:/d' "$p"
	rd_in "$w" -profile "$p" -compiler ./cc-needs-env -v leak.c
	expect_rc 1
	grep -q 'E2E_TOOL not set' "$WORK/out" ||
	    why "without tool_env the compiler still ran: $(head -3 "$WORK/out" | paste -sd '|')"
	rm -rf "$w"
	finish 10
}
