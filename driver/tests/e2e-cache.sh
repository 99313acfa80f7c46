# The end-to-end cases of the result cache, sourced by e2e.sh: what makes
# a cached pass run again, what is never cached, damaged entries, two
# runs sharing one cache, the switches that turn it off, its bound.
# Functions only.

# cached NAME: is test t/NAME reported "(cached)" in the last run?
cached()
{
	grep -q $'^ok  \tt/'"$1"$'\t(cached)$' "$WORK/out"
}

# ran NAME: was t/NAME run (a verdict with its seconds) in the last run?
ran()
{
	grep -qE $'^(ok  |FAIL)\tt/'"$1"$'\t[0-9.]+s$' "$WORK/out"
}

# expect_cached WHEN NAME...: after WHEN, exactly the tests NAME... come
# from the cache; the others of hdr.c multi.c plain.c ran.
expect_cached()
{
	local when=$1 t

	shift
	for t in hdr.c multi.c plain.c; do
		if [[ " $* " == *" $t "* ]]; then
			cached "$t" || why "$when: $t not cached: $(grep -F "t/$t" "$WORK/out" | head -1)"
		else
			ran "$t" || why "$when: $t did not run again: $(grep -F "t/$t" "$WORK/out" | head -1)"
		fi
	done
	ran fail.c || why "$when: the failing fail.c did not run"
}

# entries: how many cache entries there are.
entries()
{
	find "$RUNDRIVER_CACHE/entries" -type f 2>/dev/null | wc -l
}

# After a passing run, each input changed in turn makes its test run
# again and leaves the others cached: the test's text, its .out, a file
# of its .dir, a header it includes (through another: only the compiler's
# list of dependencies, written by its build, names it), the profile, the compiler's
# executable, an environment variable the profile passes; a failing test
# is never cached; a truncated entry is a miss; -cache=off, a profile's
# "cache: off" and -bisect do not read it.
case_cache()
{
	local w=$WORK/cachetree cc=$WORK/cachetree/ccwrap p=$WORK/cachetree/p.yaml
	local RUNDRIVER_CACHE=$WORK/cache

	export RUNDRIVER_CACHE
	rm -rf "$w" "$RUNDRIVER_CACHE"
	mkdir -p "$w"
	cp -r "$E2E/cache/t" "$w/t"
	printf '#!/bin/sh\nexec cc "$@"\n' >"$cc"
	chmod +x "$cc"
	sed -e '/^known_failures:/d' -e 's/^env: .*/env: {LC_ALL: C, E2E_FLAVOUR: one}/' \
	    config/cc.yaml >"$p"
	grep -q 'E2E_FLAVOUR: one' "$p" || why "cannot make the profile from config/cc.yaml"
	rd_in "$w" -profile "$p" -compiler "$cc" -v -json "$WORK/gen/cache.json" t
	expect_rc 1
	expect_cached "a cold cache"
	# cc.yaml's depflags: hdr.c's build wrote its list of headers, so no
	# deps step ran for it; multi.c's NAME.dir build cannot, so one did
	grep -q '"Test":"hdr.c".*"Step":"build"' "$WORK/gen/cache.json" ||
	    why "no build step of hdr.c in -json"
	grep -q '"Test":"hdr.c".*"Step":"deps"' "$WORK/gen/cache.json" &&
	    why "hdr.c's build wrote its headers (depflags), yet its deps step ran"
	grep -q '"Test":"multi.c".*"Step":"deps"' "$WORK/gen/cache.json" ||
	    why "multi.c's NAME.dir build has no deps step"
	rm -f "$WORK/gen/cache.json"
	[ "$(entries)" = 3 ] || why "a cold run wrote $(entries) entries, want 3 (fail.c is never cached)"
	rd_in "$w" -profile "$p" -compiler "$cc" -v -summary t
	expect_cached "a rerun" hdr.c multi.c plain.c
	grep -q '^ *3 of them cached$' "$WORK/out" || why "-summary does not count 3 cached"

	echo '// an edit' >>"$w/t/hdr.c"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "the test edited" multi.c plain.c
	printf '8\n' >"$w/t/hdr.out"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "its .out edited" multi.c plain.c
	printf '7\n' >"$w/t/hdr.out"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	printf '#define INNER_VALUE 7 /* same value */\n' >"$w/t/inner.h"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "a header its header includes edited" multi.c plain.c
	printf 'int part(void)\n{\n\treturn 1 + 2;\n}\n' >"$w/t/multi.dir/part.c"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "a file of its .dir edited" hdr.c plain.c
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "nothing changed" hdr.c multi.c plain.c
	PATH=$PATH:$WORK/nowhere rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "the PATH the children get changed"

	sed -i 's/E2E_FLAVOUR: one/E2E_FLAVOUR: two/' "$p"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "an environment variable of the profile changed"
	sed -i 's/^flags: \[-std=c11, -O2/flags: [-std=c11, -O1/' "$p"
	grep -q -- '-O1' "$p" || why "cannot edit the profile's flags"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "the profile's flags changed"
	echo '# a new build of the compiler' >>"$cc"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "the compiler's executable changed"

	rd_in "$w" -profile "$p" -compiler "$cc" -v -cache=off t
	expect_cached "-cache=off"
	echo 'cache: off' >>"$p"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "cache: off in the profile"
	sed -i '/^cache: off$/d' "$p"
	rd_in "$w" -profile "$p" -compiler "$cc" -v -bisect t
	expect_cached "-bisect"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "-bisect wrote nothing, reads back" hdr.c multi.c plain.c

	find "$RUNDRIVER_CACHE/entries" -type f | while read -r e; do
		head -c 40 "$e" >"$e.cut" && mv "$e.cut" "$e"
	done
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_rc 1
	expect_cached "every entry truncated"
	[ -s "$WORK/err" ] && why "damaged entries made noise: $(head -2 "$WORK/err" | paste -sd '|')"
	rd_in "$w" -profile "$p" -compiler "$cc" -v t
	expect_cached "the truncated entries written anew" hdr.c multi.c plain.c
	rm -rf "$w"
	finish 30
}

# Two runs at once over one empty cache both give the full, correct
# report; a third is served from what they wrote. A bound below the
# entries' size trims the oldest.
case_cache_shared()
{
	local w=$WORK/cacheshared rd cfg i size
	local RUNDRIVER_CACHE=$WORK/cache

	export RUNDRIVER_CACHE
	rm -rf "$w" "$RUNDRIVER_CACHE"
	mkdir -p "$w"
	for i in 1 2 3 4 5 6 7 8; do
		cp -r "$E2E/cache/t" "$w/t$i"
	done
	rd=$(realpath "$RD")
	cfg=${RUNDRIVER_CONFIG:-$(realpath config)}
	(cd "$w" && RUNDRIVER_CONFIG=$cfg "${WRAP[@]}" "$rd" -v -n 2 t*) \
	    >"$WORK/out.a" 2>&1 &
	(cd "$w" && RUNDRIVER_CONFIG=$cfg "${WRAP[@]}" "$rd" -v -n 2 t*) \
	    >"$WORK/out.b" 2>&1 &
	wait
	for i in a b; do
		[ "$(grep -c $'^ok  \t' "$WORK/out.$i")" = 24 ] &&
		    [ "$(grep -c $'^FAIL\t' "$WORK/out.$i")" = 8 ] ||
		    why "run $i of two at once: $(grep -c $'^ok  \t' "$WORK/out.$i") ok, $(grep -c $'^FAIL\t' "$WORK/out.$i") FAIL, want 24 and 8: $(grep -v $'^ok  \t\\|^FAIL\t\\|^# rundriver\\|^exit status' "$WORK/out.$i" | head -3 | paste -sd '|')"
	done
	rd_in "$w" -v -n 2 t1 t2 t3 t4 t5 t6 t7 t8
	[ "$(grep -c $'\t(cached)$' "$WORK/out")" = 24 ] ||
	    why "after two runs at once, $(grep -c $'\t(cached)$' "$WORK/out") of 24 passes cached"
	find "$RUNDRIVER_CACHE/entries" -name '*.tmp' | grep -q . &&
	    why "temporary entry files left behind"
	echo '// changed' >>"$w/t1/plain.c"
	RUNDRIVER_CACHE_LIMIT=0.008 rd_in "$w" -v t1
	size=$(find "$RUNDRIVER_CACHE/entries" -type f -printf '%s\n' |
	    awk '{ t += $1 + 512 } END { print t + 0 }')
	[ "$size" -le 6291 ] && [ "$(entries)" -ge 1 ] ||
	    why "an 8 KiB bound left $(entries) entries of $size bytes (want 1 to 6291 bytes: three quarters)"
	rm -rf "$w"
	finish 60
}

# A compiler that refuses the profile's depflags (-MD) still passes its
# tests with the cache on, its commands as the profile wrote them (the
# run's probe found it out), and the deps step lists the headers: a
# header its header includes, edited, reruns hdr.c.
case_cache_nodepflags()
{
	local w=$WORK/cachenomd cc=$WORK/cachenomd/nomd
	local RUNDRIVER_CACHE=$WORK/cache

	export RUNDRIVER_CACHE
	rm -rf "$w" "$RUNDRIVER_CACHE"
	mkdir -p "$w"
	cp -r "$E2E/cache/t" "$w/t"
	cat >"$cc" <<-'SH'
	#!/bin/sh
	for a; do
		case $a in -MD | -MF) echo "nomd: unknown option $a" >&2; exit 1 ;; esac
	done
	exec cc "$@"
	SH
	chmod +x "$cc"
	grep -q '^depflags: \[-MD' config/cc.yaml || why "config/cc.yaml has no -MD depflags to refuse"
	rd_in "$w" -profile cc -compiler "$cc" -v -json "$WORK/gen/nomd.json" t
	expect_rc 1
	expect_cached "a compiler without -MD, cold"
	[ "$(grep -c $'^FAIL\t' "$WORK/out")" = 1 ] ||
	    why "a compiler without -MD fails more than fail.c: $(grep $'^FAIL\t' "$WORK/out" | paste -sd '|')"
	grep -q '"Test":"hdr.c".*"Step":"deps"' "$WORK/gen/nomd.json" ||
	    why "hdr.c: no deps step, though its compiler refuses -MD"
	rd_in "$w" -profile cc -compiler "$cc" -v t
	expect_cached "a compiler without -MD, rerun" hdr.c multi.c plain.c
	printf '#define INNER_VALUE 7 /* same value */\n' >"$w/t/inner.h"
	rd_in "$w" -profile cc -compiler "$cc" -v t
	expect_cached "a compiler without -MD, a nested header edited" multi.c plain.c
	rm -rf "$w" "$WORK/gen/nomd.json"
	finish 30
}
