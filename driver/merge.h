#ifndef RUNDRIVER_MERGE_H
#define RUNDRIVER_MERGE_H

/* "rundriver merge [-v] [-summary] [-json F] [-junit F] SHARD.json ...":
 * join the -json results of a run's shards into one report in path
 * order; a test no shard reported, or two shards did, is a failure by
 * name. Return the exit status: 0 all passed, 1 a failure; unreadable
 * input is fatal (exit 2). */
int merge_main(int argc, char **argv);

#endif
