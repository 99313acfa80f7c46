# The end-to-end cases of -update_errors, sourced by e2e.sh: each
# case_NAME is run by "c NAME" in the table there. They rewrite copies of
# their fixtures under $WORK/gen, never the fixture tree. They define
# functions only.

# -update_errors rewrites an errorcheck test's ERROR comments from the
# compiler's output, then go fmt polishes the file as a step of its own:
# with a go whose fmt hangs, that step ends at the deadline like any other
# and the test is still checked against the rewritten file. Needs Go.
case_go_update_errors()
{
	local root=$WORK/gen/gotree f hang=$WORK/gen/go-fmt-hangs

	if ! command -v go >/dev/null 2>&1; then
		skip_case "go is not installed"
		return
	fi
	mkdir -p "$root"
	: >"$root/run.go"	# what marks a Go test root
	f=$root/unused.go
	printf '// errorcheck\n\npackage p\n\nfunc f() {\n  x := 1\n}\n' >"$f"
	drive @nocc -profile go -v -update_errors "$f"
	expect_rc 0
	check re:$'^ok  \tunused\\.go\t'	# reported relative to the root
	[ "$(sed -n 6p "$f")" = $'\tx := 1 // ERROR "x declared but not used$"' ] ||
	    why "rewritten line 6: '$(sed -n 6p "$f")'"
	printf '#!/bin/sh\n[ "$1" = fmt ] && exec sleep 100\nexec go "$@"\n' >"$hang"
	chmod +x "$hang"
	printf '// errorcheck\n\npackage p\n\nfunc f() {\n  x := 1\n}\n' >"$f"
	drive @nocc -profile go -compiler "$hang" -timeout 2 -v -update_errors "$f"
	expect_rc 0
	check re:$'^ok  \tunused\\.go\t'
	[ "$(sed -n 6p "$f")" = '  x := 1 // ERROR "x declared but not used$"' ] ||
	    why "rewritten but unformatted line 6: '$(sed -n 6p "$f")'"
	rm -rf "$root" "$hang"
	finish 2-12
}

# -update_errors on a C errorcheck test, a copy of update/stale.c under
# gcc: a dead pattern goes (its comment too when it was the last), one
# that still matches stays as written, each diagnostic no pattern takes
# gets an escaped pattern at the end of its line, the line of another
# compiler's annotation is left alone; each change is a line on stderr;
# the test, judged against the rewritten file, passes, and passes again
# without the flag; a second update changes nothing. A compile that
# crashes or times out leaves the file as it was (the fake compiler).
case_update_errors_c()
{
	local d=$WORK/gen/update f want got how

	if ! command -v gcc >/dev/null 2>&1; then
		skip_case "gcc is not installed"
		return
	fi
	rm -rf "$d"
	mkdir -p "$d"
	f=$d/stale.c
	cp "$E2E/update/stale.c" "$f"
	drive @nocc -profile gcc -v -update_errors "$f"
	expect_rc 0
	check "pass:$f"
	want=$(printf '%s\n' \
	    'int a = b;	// ERROR "undeclared"' \
	    "int c = d;	// ERROR \"'d' undeclared here \\(not in a function\\)\"" \
	    "int e = f; // ERROR \"'f' undeclared here \\(not in a function\\)\"" \
	    'int g;' \
	    'int h;		// CLANG_ERROR "clang only"' \
	    '#error "quoted" // ERROR "#error \x22quoted\x22"')
	got=$(sed -n '5,$p' "$f")
	[ "$got" = "$want" ] || why "rewritten lines 5-10: '$got'"
	want=$(printf 'rundriver: update_errors: %s\n' \
	    "$f:6: - \"no longer printed\"" \
	    "$f:6: + \"'d' undeclared here \\(not in a function\\)\"" \
	    "$f:7: + \"'f' undeclared here \\(not in a function\\)\"" \
	    "$f:8: - \"stale\"" \
	    "$f:10: + \"#error \\x22quoted\\x22\"")
	[ "$(cat "$WORK/err")" = "$want" ] ||
	    why "stderr: '$(head -c 600 "$WORK/err")'"
	drive @nocc -profile gcc -v "$f"
	expect_rc 0
	check "pass:$f"
	cp "$f" "$d/before"
	drive @nocc -profile gcc -v -update_errors "$f"
	expect_rc 0
	[ -s "$WORK/err" ] && why "a second update printed '$(head -c 200 "$WORK/err")'"
	cmp -s "$f" "$d/before" || why "a second update changed the file"
	for how in crash hang; do
		printf '// errorcheck\n// CC: %s\n\nint a;\t// ERROR "stays"\n' \
		    "$how" >"$f"
		cp "$f" "$d/before"
		drive -timeout 1 -update_errors "$f"
		expect_rc 1
		cmp -s "$f" "$d/before" || why "the file was written after a $how"
	done
	rm -rf "$d"
	finish 1-15
}
