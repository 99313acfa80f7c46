# The end-to-end case of a real Slurm cluster, sourced by e2e.sh: a private
# single-node cluster (munged with its own key and socket, slurmctld,
# slurmd, all under $WORK/gen/slurm, on free ports of 127.0.0.1) runs the
# summary tree as a job array of three shards, whose -json files merge into
# the verdicts of one unsharded run. Where Slurm is not installed or its
# cluster does not come up, the case is skipped. Functions only.

SLURM_PIDS=()	# munged, slurmctld, slurmd, as started

# slurm_ports: set SLURM_PORTS to "P P+1", two TCP ports of 20000-59999
# that nothing listens on.
slurm_ports()
{
	local used=" " addr st p i

	# /proc/net/tcp: "sl local_address rem_address st ...", 0A: LISTEN
	while read -r _ addr _ st _; do
		[ "$st" = 0A ] && used+="$((16#${addr##*:})) "
	done < <(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null)
	for ((i = 0; i < 20; i++)); do
		p=$((20000 + (RANDOM * 2) % 40000))
		[[ $used == *" $p "* || $used == *" $((p + 1)) "* ]] || break
	done
	SLURM_PORTS="$p $((p + 1))"
}

# slurm_conf DIR HOST: write DIR/slurm.conf, one node HOST with 2 CPUs, a
# partition in which the three tasks run at once, no accounting, no
# cgroups; every file of the cluster under DIR.
slurm_conf()
{
	local d=$1 h=$2 ports

	slurm_ports
	read -ra ports <<<"$SLURM_PORTS"
	cat >"$d/slurm.conf" <<EOF
ClusterName=rundriver-e2e
SlurmctldHost=$h(127.0.0.1)
SlurmctldPort=${ports[0]}
SlurmdPort=${ports[1]}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$d/munge.sock
CredType=cred/munge
StateSaveLocation=$d/state
SlurmdSpoolDir=$d/spool
SlurmctldPidFile=$d/slurmctld.pid
SlurmdPidFile=$d/slurmd.pid
MailProg=/bin/true
ProctrackType=proctrack/pgid
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
NodeName=$h NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=e2e Nodes=$h Default=YES MaxTime=10 OverSubscribe=FORCE:4 State=UP
EOF
}

# slurm_cmd DIR SECS CMD ARGS...: a Slurm client on DIR's cluster, killed
# after SECS seconds (a client retries a controller that does not answer
# for a minute or more).
slurm_cmd()
{
	local d=$1 secs=$2

	shift 2
	SLURM_CONF=$d/slurm.conf timeout -k 1 "$secs" "$@"
}

# slurm_start DIR: start munged, slurmctld and slurmd on DIR's files, the
# node named SLURM_HOST (this host's short name, as slurmctld wants), and
# wait up to 20 s for the node to be idle. Fails with the reason in
# SLURM_WHY.
slurm_start()
{
	local d=$1 h i state end pid

	SLURM_HOST=$(hostname -s 2>/dev/null)
	h=$SLURM_HOST
	[ -n "$h" ] || { SLURM_WHY="hostname -s printed nothing"; return 1; }
	if ! mkdir -p "$d/state" "$d/spool" ||
	    ! head -c 1024 /dev/urandom >"$d/munge.key" ||
	    ! chmod 700 "$d" || ! chmod 600 "$d/munge.key"; then
		SLURM_WHY="cannot write $d"
		return 1
	fi
	slurm_conf "$d" "$h"
	# -f: the socket's folder is not searchable by all ($WORK is 0700)
	munged -f --foreground --socket="$d/munge.sock" --key-file="$d/munge.key" \
	    --pid-file="$d/munged.pid" --seed-file="$d/munge.seed" \
	    --log-file="$d/munged.log" </dev/null >/dev/null 2>"$d/munged.err" &
	SLURM_PIDS=($!)
	for ((i = 0; i < 50; i++)); do
		[ -S "$d/munge.sock" ] && break
		sleep 0.1
	done
	if [ ! -S "$d/munge.sock" ]; then
		SLURM_WHY="munged did not start: $(tail -n 2 "$d/munged.err" | paste -sd '|')"
		return 1
	fi
	slurmctld -D -f "$d/slurm.conf" </dev/null >/dev/null 2>"$d/slurmctld.err" &
	SLURM_PIDS+=($!)
	slurmd -D -N "$h" -f "$d/slurm.conf" </dev/null >/dev/null 2>"$d/slurmd.err" &
	SLURM_PIDS+=($!)
	now
	end=$((NOW + 20000000))
	while now && [ "$NOW" -lt "$end" ]; do
		for pid in "${SLURM_PIDS[@]}"; do
			kill -0 "$pid" 2>/dev/null || break 2
		done
		state=$(slurm_cmd "$d" 3 sinfo -h -o %T 2>/dev/null)
		[ "$state" = idle ] && return 0
		sleep 0.1
	done
	SLURM_WHY="the node is not idle (sinfo: '${state:-nothing}'; a daemon exited or 20 s passed): $(grep -h 'error\|fatal' "$d/slurmctld.err" "$d/slurmd.err" |
	    grep -v 'pmix\|MPI' | tail -n 2 | paste -sd '|')"
	return 1
}

# slurm_stop DIR: stop the daemons started, last first (TERM, KILL after
# 5 s), reap them, and remove DIR.
slurm_stop()
{
	local d=$1 pid k i

	for ((k = ${#SLURM_PIDS[@]} - 1; k >= 0; k--)); do
		pid=${SLURM_PIDS[k]}
		kill -TERM "$pid" 2>/dev/null
		for ((i = 0; i < 50; i++)); do
			[[ $(ps -o stat= -p "$pid") == [^Z]* ]] || break
			sleep 0.1
		done
		kill -KILL "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	done
	SLURM_PIDS=()
	rm -rf "$d"
}

# slurm_tasks DIR ID: check the tasks of array ID as the controller of
# DIR saw them: three, each COMPLETED with exit status 0 or FAILED with 1
# (the shard holding the failing test); set SLURM_SEEN to
# "TASK=STATE:EXIT:SIGNAL" words.
slurm_tasks()
{
	local d=$1 line task st ex

	SLURM_SEEN=
	while read -r line; do
		[[ $line =~ ArrayTaskId=([0-9]+) ]] || continue
		task=${BASH_REMATCH[1]}
		[[ $line =~ JobState=([A-Z_]+) ]] && st=${BASH_REMATCH[1]}
		[[ $line =~ " ExitCode="([0-9:]+) ]] && ex=${BASH_REMATCH[1]}
		SLURM_SEEN+=" $task=$st:$ex"
		case $st:$ex in
		COMPLETED:0:0 | FAILED:1:0) ;;
		*) why "task $task: $st, exit $ex: $(head -c 300 "$d/task-$task.err" 2>/dev/null | paste -sd '|')" ;;
		esac
	done < <(slurm_cmd "$d" 5 scontrol -o show job "$2" 2>&1)
	SLURM_SEEN=$(tr ' ' '\n' <<<"$SLURM_SEEN" | sed 1d | sort | paste -sd ' ')
	[[ $SLURM_SEEN =~ ^0=[A-Z]+:[0-9:]+\ 1=[A-Z]+:[0-9:]+\ 2=[A-Z]+:[0-9:]+$ ]] ||
	    why "the array's tasks, as scontrol shows them: '$SLURM_SEEN'"
}

# A private single-node Slurm cluster runs a job array of three shards
# (sbatch --array=0-2, each task the driver with -json under
# SLURM_ARRAY_TASK_ID/COUNT/MIN); merge -v of the three files prints the
# verdicts of one unsharded run, each shard ran at least one test, and
# together they ran each test once.
case_slurm_array()
{
	local S=$WORK/gen/slurm rd id i n sum=0 all want got t0 t1 end

	if [ "$(id -u)" != 0 ]; then
		skip_case "needs root to run slurmd"
		return
	fi
	for i in munged slurmctld slurmd sbatch squeue scontrol sinfo; do
		command -v "$i" >/dev/null 2>&1 && continue
		skip_case "$i is not installed (apt-get install slurmctld slurmd slurm-client munge)"
		return
	done
	now
	t0=$NOW
	rm -rf "$S"
	mkdir -p "$S"
	if ! slurm_start "$S"; then
		slurm_stop "$S"
		skip_case "no Slurm cluster: $SLURM_WHY"
		return
	fi
	drive -v "$E2E/summary"
	want=$(sed -E $'s/\t[0-9.]+s$//' "$WORK/out")
	all=$(grep -cE $'^(ok  |FAIL|skip)\t' "$WORK/out")

	rd=$(realpath "$RD")
	cat >"$S/shard.sh" <<'EOF'
#!/bin/sh
# a task of the job array: $1 the folder of the -json files, $2 the tree,
# then the driver's command line
out=$1 tree=$2
shift 2
exec "$@" -json "$out/shard-$SLURM_ARRAY_TASK_ID.json" "$tree"
EOF
	id=$(slurm_cmd "$S" 10 sbatch --parsable --array=0-2 -J rundriver-e2e \
	    -D "$PWD" -t 5 -o "$S/task-%a.out" -e "$S/task-%a.err" "$S/shard.sh" \
	    "$S" "$E2E/summary" "${WRAP[@]}" "$rd" -compiler "$WORK/fakecc" \
	    -profile "$E2E/fake.yaml" -v 2>"$S/sbatch.err")
	if [[ ! $id =~ ^[0-9]+$ ]]; then
		why "sbatch: $(head -c 300 "$S/sbatch.err" | paste -sd '|')"
	else
		now
		end=$((NOW + 60000000))
		while now && [ "$NOW" -lt "$end" ] &&
		    [ -n "$(slurm_cmd "$S" 5 squeue -h -j "$id" -o %i 2>/dev/null)" ]; do
			sleep 0.1
		done
		[ "$NOW" -lt "$end" ] || why "the job array still runs after 60 s"
		slurm_tasks "$S" "$id"
		NOTE="sbatch --array=0-2: job $id on $SLURM_HOST, tasks $SLURM_SEEN"
	fi
	for i in 0 1 2; do
		n=$(grep -o '"Path":"[^"]*","Steps"' "$S/shard-$i.json" 2>/dev/null | wc -l)
		[ "$n" -gt 0 ] || why "task $i ran no test: $(head -c 200 "$S/task-$i.err" 2>/dev/null | paste -sd '|')"
		sum=$((sum + n))
		[ ${#WRAP[@]} -eq 0 ] || ! grep -qE '^==[0-9]+==' "$S/task-$i.err" ||
		    why "task $i: ${WRAP[0]}: $(grep -m 3 -E '^==[0-9]+==' "$S/task-$i.err" | paste -sd '|')"
	done
	[ "$sum" = "$all" ] || why "the shards ran $sum tests, the tree has $all"
	rd merge -v "$S/shard-0.json" "$S/shard-1.json" "$S/shard-2.json"
	expect_rc 1	# the tree has a failing test
	got=$(sed -E $'s/\t[0-9.]+s$//' "$WORK/out")
	[ "$got" = "$want" ] || why "merged verdicts differ: $(diff <(echo "$want") <(echo "$got") | grep '^[<>]' | head -3 | paste -sd '|')"
	[ -z "${E2E_KEEP:-}" ] || cp "$S"/task-* "$S"/shard-*.json "$WORK/cases/" 2>/dev/null
	slurm_stop "$S"
	now
	t1=$NOW
	ELAPSED=$((t1 - t0))	# the whole case, the cluster's start and stop too
	finish 20
}
