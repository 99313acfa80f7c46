#!/usr/bin/env bash
# make install as a user meets it: installed into a temporary PREFIX, the
# binary run from another folder (its profiles found from where it lies,
# not from the source tree), the bash completion loaded and driven through
# its function (COMP_WORDS, COMP_CWORD in, COMPREPLY out), the man page
# linted, and make uninstall leaving no file behind. The completion and
# the man page are held against the tables they follow: the flag table
# (flags.c), the sub-commands (main.c), their own flags (bisect.c,
# newcase.c) and new's actions (newcase.c).
#   driver/tests/install.sh            (from anywhere)
#   driver/tests/install.sh --count    how many checks it runs
# One line a check (a check that cannot run here says why and is skipped);
# ends with "install: N passed, N failed, N skipped".
set -u
export LC_ALL=C
unset RUNDRIVER_CONFIG RUNDRIVER_COMPILER RUNDRIVER_STORE DESTDIR
cd "$(dirname "$0")/../.." || exit 2
if [ "${1-}" = --count ]; then
	grep -c '^check ' "$0"
	exit 0
fi
src=$PWD
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work
prefix=$work/prefix
comp=$prefix/share/bash-completion/completions/rundriver
away=$work/away		# a folder with a test and no config/
mkdir -p "$away/t"
cp test/stdio/argv_args.c test/stdio/argv_args.out \
   test/errorcheck/alignas_invalid.c "$away/t/"

# The rows of the tables the completion and the man page follow: the
# flag table, the sub-commands, new's actions.
run_flags()
{
	sed -nE 's/^[[:space:]]*\{ "([a-z_]+)", F_[A-Z]+,.*/\1/p' driver/flags.c
}
subs()
{
	sed -nE 's/.*\{ "([a-z]+)", [a-z]+_main \},.*/\1/p' driver/main.c
}
actions()
{
	sed -n '/ actions\[\] = {/,/};/p' driver/newcase.c |
		grep -oE '"[a-z]+"' | tr -d '"'
}
# own SOURCE STRUCT: a sub-command's own flags, its owns[] rows (fields of
# STRUCT) and the words its parse compares a flag with.
own()
{
	sed -nE -e "s/.*\\{ \"([a-z_]+)\", offsetof\\(struct $2,.*/\\1/p" \
		-e 's/.*strcmp\(a, "([a-z_]+)"\).*/\1/p' "$1"
}

# comp WORD...: the completion of the command line WORD... (the last
# word being completed, "" for a new one) from $away, the installed
# rundriver first in PATH; one candidate a line, sorted.
comp()
{
	(cd "$away" && PATH=$prefix/bin:$PATH bash -c '
		source "$0" || exit 1
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		_rundriver
		printf "%s\n" "${COMPREPLY[@]}"' "$comp" "$@") | sort -u
}

# missing WANT GOT: the lines of WANT (empty ones aside) not in GOT, on
# one line; fails when there are any.
missing()
{
	local m

	m=$(comm -23 <(printf '%s\n' "$1" | grep . | sort -u) \
		<(printf '%s\n' "$2" | sort -u) | tr '\n' ' ')
	[ -z "$m" ] || { echo "missing: $m"; return 1; }
}

# The items of the man page: "SECTION WORD" for each flag or sub-command
# an item (.TP) names; a sub-command's own flags are "NAME -flag".
man_items()
{
	awk -v subs=" $(subs | tr '\n' ' ') " '
		/^\.SH/ { sec = $2; sub_ = ""; next }
		prev == ".TP" {
			for (i = 2; i <= NF; i++) {
				w = $i
				gsub(/["\[\],]/, "", w)
				if (sec == "SUB-COMMANDS" && w != "" &&
				    index(subs, " " w " "))
					print "SUB-COMMANDS " (sub_ = w)
				else if (w ~ /^-[a-z_]+$/)
					print (sub_ != "" ? sub_ : sec) " " w
			}
		}
		{ prev = $0 }' "$prefix/share/man/man1/rundriver.1"
}

# Each table is found in its source: a parse that finds no row would
# make the checks below vacuous.
t_tables()
{
	[ "$(run_flags | wc -l)" -ge 20 ] && [ -n "$(subs)" ] &&
		[ -n "$(actions)" ] && [ -n "$(own driver/bisect.c bisect)" ] &&
		[ -n "$(own driver/newcase.c newcase)" ]
}

t_install()
{
	make -s -C "$src" install PREFIX="$prefix" || return 1
	for f in bin/rundriver share/man/man1/rundriver.1 \
		 share/bash-completion/completions/rundriver \
		 share/rundriver/config/cc.yaml; do
		[ -f "$prefix/$f" ] || { echo "not installed: $f"; return 1; }
	done
}

t_list_away()
{
	local out

	out=$(cd "$away" && "$prefix/bin/rundriver" -list t/) || return 1
	[ "$out" = $'t/alignas_invalid.c\terrorcheck\nt/argv_args.c\trun' ] ||
		{ echo "$out"; return 1; }
}

t_run_away()
{
	local out

	if ! out=$(cd "$away" && "$prefix/bin/rundriver" -v -profile cc,gcc \
		   t/ 2>&1) || [ "$(grep -c '^ok  ' <<<"$out")" -ne 4 ]; then
		echo "$out"
		return 1
	fi
}

t_comp_loads()
{
	local out

	out=$(bash -c 'source "$0" && complete -p rundriver' "$comp") &&
		[ "$out" = "complete -F _rundriver rundriver" ] ||
		{ echo "$out"; return 1; }
}

t_comp_prefix()
{
	[ "$(comp rundriver -prof)" = -profile ] &&
		[ "$(comp rundriver --prof)" = --profile ] &&
		[ "$(comp rundriver -stress_)" = -stress_time ]
}

t_comp_flags()
{
	local got want

	got=$(comp rundriver -)
	want=$(run_flags | sed 's/^/-/' | sort -u)
	[ "$got" = "$want" ] || { echo "want: $want"; echo "got: $got"; return 1; }
}

t_comp_profiles()
{
	local got want

	got=$(comp rundriver -profile '')
	want=$(cd "$prefix/share/rundriver/config" && printf '%s\n' ./*.yaml |
	       sed 's|^\./||; s/\.yaml$//' | sort -u)
	missing $'cc\ngcc\nclang\ntcc' "$got" && [ "$got" = "$want" ] ||
		{ echo "got: $got"; return 1; }
}

t_comp_profile_list()
{
	missing $'gcc,clang\ngcc,clang-13' "$(comp rundriver -profile gcc,cl)" &&
		[ "$(comp rundriver -profile gcc,gc)" = $'gcc,gcc-11\ngcc,gcc-12' ] &&
		[ "$(comp rundriver -profile = tc)" = tcc ]
}

t_comp_subs()
{
	local got

	got=$(comp rundriver '')
	missing "$(subs)" "$got" && missing t "$got" &&
		[ "$(comp rundriver t/argv_args.o)" = t/argv_args.out ]
}

t_comp_bisect()
{
	missing "$(own driver/bisect.c bisect | sed 's/^/-/')
$(run_flags | sed 's/^/-/')" "$(comp rundriver bisect -)" &&
		[ "$(comp rundriver bisect -repo .. -re)" = -repo ]
}

t_comp_new()
{
	missing "$(own driver/newcase.c newcase | sed 's/^/-/')" \
		"$(comp rundriver new t/x.c -)" &&
		[ "$(comp rundriver new t/x.c -action '')" = "$(actions | sort -u)" ]
}

t_comp_after_path()
{
	[ -z "$(comp rundriver -v t/ -pro)" ] &&
		[ "$(comp rundriver -n 4 -v -pro)" = -profile ] &&
		[ "$(comp rundriver -bisect = f)" = $'false\nfix' ]
}

t_comp_source_tree()
{
	local got

	got=$(bash -c 'source "$0"; COMP_WORDS=(./rundriver -profile tc)
		COMP_CWORD=2; _rundriver; printf "%s\n" "${COMPREPLY[@]}"' \
		driver/doc/rundriver.bash)
	[ "$got" = tcc ] || { echo "got: $got"; return 1; }
}

t_man_flags()
{
	local items f want=""

	items=$(man_items)
	for f in $(run_flags); do
		want="${want}OPTIONS -$f"$'\n'
	done
	missing "$want" "$items"
}

t_man_subs()
{
	local items s f want=""

	items=$(man_items)
	for s in $(subs); do
		want="${want}SUB-COMMANDS $s"$'\n'
	done
	for s in bisect:bisect new:newcase; do
		for f in $(own "driver/${s#*:}.c" "${s#*:}"); do
			want="$want${s%:*} -$f"$'\n'
		done
	done
	missing "$want" "$items"
}

t_man_lint()
{
	command -v mandoc >/dev/null 2>&1 ||
		{ echo "mandoc not installed (make deps)"; return 77; }
	mandoc -Tlint "$prefix/share/man/man1/rundriver.1"
}

t_uninstall()
{
	local left

	make -s -C "$src" uninstall PREFIX="$prefix" || return 1
	left=$(find "$prefix" ! -type d)
	[ -z "$left" ] || { echo "left behind: $left"; return 1; }
}

passed=0 failed=0 skipped=0

# check NAME FUNCTION: run one check, count and print its verdict; its
# output is shown when it fails or skips.
check()
{
	local out rc

	out=$("$2" 2>&1)
	rc=$?
	if [ $rc -eq 0 ]; then
		passed=$((passed + 1))
		echo "ok   $1"
	elif [ $rc -eq 77 ]; then
		skipped=$((skipped + 1))
		echo "skip $1: $out"
	else
		failed=$((failed + 1))
		echo "FAIL $1"
		[ -z "$out" ] || printf '%s\n' "$out" | sed 's/^/    /'
	fi
}

check "the tables of flags.c, main.c, bisect.c, newcase.c read" t_tables
check "make install PREFIX=tmp" t_install
check "installed rundriver -list from another folder" t_list_away
check "installed rundriver runs tests from another folder (cc, gcc)" t_run_away
check "completion loads: complete -p rundriver" t_comp_loads
check "completion: -prof to -profile, --prof to --profile" t_comp_prefix
check "completion: - offers every row of flags.c" t_comp_flags
check "completion: -profile offers the installed profiles" t_comp_profiles
check "completion: -profile lists, gcc,cl and = forms" t_comp_profile_list
check "completion: sub-commands of main.c and paths" t_comp_subs
check "completion: bisect's own flags (bisect.c) and the run's" t_comp_bisect
check "completion: new's own flags and -action (newcase.c)" t_comp_new
check "completion: run flags end at the first path; -bisect=" t_comp_after_path
check "completion: ./rundriver in the source tree: config/" t_comp_source_tree
check "man page: an item for every flag of flags.c" t_man_flags
check "man page: every sub-command and its own flags" t_man_subs
check "man page: mandoc -Tlint" t_man_lint
check "make uninstall leaves no file" t_uninstall
echo "install: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
