# bash completion for rundriver(1); make install puts it in
# $(PREFIX)/share/bash-completion/completions/rundriver.
#
# The run's flags are read, at each completion, from the usage text of the
# rundriver being completed (the command line's first word, "-h"), so they
# are its flag table's (driver/flags.c) with no copy here to go stale; the
# table's one hidden row, -help, is added. The sub-commands and their own
# flags are in tables the binary does not print (subs[] of main.c, owns[]
# of bisect.c and newcase.c): they are listed here, and
# driver/tests/install.sh checks the lists against those sources.

# The sub-commands, their own flags ("=": takes the next word as value),
# the actions of "new -action".
_rundriver_subs="promote bisect new compare merge"
_rundriver_own_bisect="repo= good= bad= build= fix"
_rundriver_own_new="action= from= fixed= what= bless update_errors"
_rundriver_actions="run errorcheck compile build buildrun"

# Print the run's flags of rundriver CMD as words, "name=" when the flag
# takes the next word as value, from its usage lines ("  -n N   help",
# "  -v   help", "  -bisect[=fix]   help").
_rundriver_flags()
{
	local line re='^  -([a-z_]+)(\[[^]]*\])?( [^ ]+)?  '

	while IFS= read -r line; do
		[[ $line =~ $re ]] || continue
		printf '%s ' "${BASH_REMATCH[1]}${BASH_REMATCH[3]:+=}"
		[ "${BASH_REMATCH[1]}" = h ] && printf 'help '
	done < <("$1" -h 2>/dev/null)
}

# Print the profiles' folder of rundriver CMD, looked for as config_dir()
# of driver/config.c does: $RUNDRIVER_CONFIG, config/ beside the binary,
# ../share/rundriver/config from there, else config/ here.
_rundriver_config()
{
	local exe dir

	if [ -n "${RUNDRIVER_CONFIG-}" ]; then
		printf '%s\n' "$RUNDRIVER_CONFIG"
		return
	fi
	exe=$(type -P -- "$1") && exe=$(readlink -f -- "$exe") || exe=""
	dir=${exe%/*}
	if [ -n "$exe" ] && [ -e "$dir/config" ]; then
		printf '%s\n' "$dir/config"
	elif [ -n "$exe" ] && [ -e "$dir/../share/rundriver/config" ]; then
		printf '%s\n' "$dir/../share/rundriver/config"
	else
		printf 'config\n'
	fi
}

# COMPREPLY: the files and folders that start with CUR.
_rundriver_files()
{
	compopt -o filenames 2>/dev/null
	mapfile -t COMPREPLY < <(compgen -f -- "$1")
}

# COMPREPLY: -profile's value CUR of rundriver CMD, a profile name of its
# folder or a comma-separated list of them (the names given are not
# offered again); a path is completed as a file.
_rundriver_profiles()
{
	local cur=$2 head="" f names=""

	case $cur in
	*/*)
		_rundriver_files "$cur"
		return
		;;
	*,*)
		head=${cur%,*},
		cur=${cur##*,}
		;;
	esac
	for f in "$(_rundriver_config "$1")"/*.yaml; do
		[ -f "$f" ] || continue
		f=${f##*/}
		f=${f%.yaml}
		case ,$head in
		*,"$f",*) ;;
		*) names="$names $f" ;;
		esac
	done
	mapfile -t COMPREPLY < <(compgen -P "$head" -W "$names" -- "$cur")
}

# COMPREPLY: the value CUR of flag NAME of rundriver CMD; REPO is the
# -repo of a bisect, whose branches and tags -good and -bad complete.
_rundriver_value()
{
	local cmd=$1 name=$2 cur=$3 repo=$4 words=""

	case $name in
	profile)
		_rundriver_profiles "$cmd" "$cur"
		return
		;;
	compiler | from | repo)
		_rundriver_files "$cur"
		[ "$name" = compiler ] && [[ $cur != */* ]] && mapfile -t \
			-O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -c -- "$cur")
		return
		;;
	good | bad)
		[ -n "$repo" ] && words=$(git -C "$repo" for-each-ref \
			--format='%(refname:short)' refs/heads refs/tags 2>/dev/null)
		;;
	action) words=$_rundriver_actions ;;
	bisect) words="false true fix" ;;
	esac
	mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}

# The completion of rundriver's command line (COMP_WORDS, COMP_CWORD).
# The run's flags end at its first path or "--" (Go's rule), bisect's and
# new's own flags do not; promote takes paths only.
_rundriver()
{
	local cmd=${COMP_WORDS[0]/#\~/$HOME} cur=${COMP_WORDS[COMP_CWORD]}
	local sub="" own="" run w name expect="" repo="" dash=- i=1 ended=0

	COMPREPLY=()
	if [ "$COMP_CWORD" -gt 1 ] &&
	   [[ " $_rundriver_subs " == *" ${COMP_WORDS[1]} "* ]]; then
		sub=${COMP_WORDS[1]}
		i=2
	fi
	case $sub in
	promote)
		_rundriver_files "$cur"
		return 0
		;;
	compare)	# two -json files, and the cost factor
		if [[ $cur == -* ]]; then
			mapfile -t COMPREPLY < <(compgen -W "-threshold" -- "$cur")
		else
			_rundriver_files "$cur"
		fi
		return 0
		;;
	bisect) own=$_rundriver_own_bisect ;;
	new) own=$_rundriver_own_new ;;
	esac
	run=$(_rundriver_flags "$cmd")
	# The words before CUR: flags, their values ("-n 4"; "-n=4" comes
	# split at "=" as "-n" "=" "4"), paths, "--".
	for (( ; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		name=${w#-}
		name=${name#-}
		if [ -n "$expect" ]; then
			[ "$w" = = ] && continue
			[ "$expect" = repo ] && repo=$w
			expect=""
		elif [ "$w" = -- ] || [[ $w != -?* ]] ||
		     { [ "$ended" = 1 ] && [[ " $own " != *" $name"[=\ ]* ]]; }; then
			[ "$sub" = new ] || ended=1
		elif [ "${COMP_WORDS[i + 1]-}" = = ] ||
		     [[ " $own $run " == *" $name= "* ]]; then
			expect=$name
		fi
	done
	if [ -n "$expect" ]; then
		[ "$cur" = = ] && cur=""
		_rundriver_value "$cmd" "$expect" "$cur" "$repo"
		return 0
	fi
	if [[ $cur == -* ]]; then
		[[ $cur == --* ]] && dash=--
		[ "$ended" = 1 ] && run=""
		w="$own $run"
		mapfile -t COMPREPLY < <(compgen -P "$dash" -W "${w//=/}" \
			-- "${cur#"$dash"}")
		return 0
	fi
	_rundriver_files "$cur"
	[ "$COMP_CWORD" -eq 1 ] && mapfile -t -O "${#COMPREPLY[@]}" \
		COMPREPLY < <(compgen -W "$_rundriver_subs" -- "$cur")
	return 0
}

complete -F _rundriver rundriver
