# make_history DIR: a git history of "mycc", a toy C compiler (bash doing
# a strength reduction in front of cc), built by build.sh into bin/mycc.
# Its N commits are tagged c1..cN; with BUG, FIX and BROKEN set, commit
# BUG miscompiles x * 2 (as x + 1), commit FIX mends it, and the commits
# listed in BROKEN do not build (a syntax error build.sh finds).
make_history()
{
	local d=$1 i peep

	mkdir -p "$d" && cd "$d" || return 1
	git init -q -b main . && git config user.email e2e@example.org &&
	    git config user.name e2e || return 1
	cat >build.sh <<'B'
#!/bin/sh
# The build: check mycc.in, stamp its version, install it as bin/mycc.
rm -rf bin && bash -n mycc.in && mkdir bin &&
    sed "s/@VERSION@/$(cat VERSION)/" mycc.in >bin/mycc && chmod +x bin/mycc
B
	chmod +x build.sh
	echo /bin/ >.gitignore
	peep='s/\([a-z]\) \* 2/\1 + \1/g'
	for i in $(seq 1 "$N"); do
		echo "1.$i" >VERSION
		case $i in
		"$BUG") peep='s/\([a-z]\) \* 2/\1 + 1/g' ;;
		"$FIX") peep='s/\([a-z]\) \* 2/\1 + \1/g' ;;
		esac
		mycc_source "$i" "$peep" >mycc.in
		git add -A && git commit -qm "$(history_subject "$i")" &&
		    git tag "c$i" || return 1
	done
	cd - >/dev/null
}

# mycc_source I PEEP: the text of mycc.in at commit I, rewriting each .c
# argument with the sed script PEEP before handing it to cc.
mycc_source()
{
	echo '#!/bin/bash'
	echo '# mycc: strength reduction in front of cc'
	[[ " $BROKEN " == *" $1 "* ]] && echo 'if [ -z "$1" ] then exit 2; fi'
	echo '[ "$1" = --version ] && { echo "mycc @VERSION@"; exit 0; }'
	echo 'args=()'
	echo 'for a; do'
	echo '	case $a in'
	echo '	*.c) t=${TMPDIR:-/tmp}/mycc-$$-${#args[@]}.c'
	echo "	    sed '$2' \"\$a\" >\"\$t\" && a=\$t ;;"
	echo '	esac'
	echo '	args+=("$a")'
	echo 'done'
	echo 'exec cc "${args[@]}"'
}

history_subject()
{
	case " $BROKEN " in
	*" $1 "*) echo "mycc: refuse an empty command line"; return ;;
	esac
	case $1 in
	1) echo "mycc: a driver around cc" ;;
	"$BUG") echo "strength reduction: x * 2 as an addition" ;;
	"$FIX") echo "strength reduction: add x to itself, not 1" ;;
	*) echo "release 1.$1" ;;
	esac
}
