#ifndef RUNDRIVER_STRESS_H
#define RUNDRIVER_STRESS_H

#include <stdint.h>

struct dialect;
struct options;

/* One round of -stress, all of it drawn from its seed. */
struct stress_round {
	uint64_t seed;
	long n;			/* tests at once */
	const char *var;	/* the dialect's knob, or NULL */
	long value;
};

/* The seed of round K of a run whose first seed is BASE. */
uint64_t stress_seed(uint64_t base, unsigned long k);
/* A fresh base seed (time and pid). */
uint64_t stress_base(void);
/* The round that SEED stands for under dialect D on a machine of CORES
 * cores: -n from 1 to twice the cores, the knob over its range. */
void stress_round(struct stress_round *r, uint64_t seed,
		  const struct dialect *d, long cores);
/* ENV (NULL-terminated) with the round's knob set: a malloc'd vector of
 * malloc'd strings (free_strv). */
char **stress_env(char *const *env, const struct stress_round *r);
/* The command that replays round R: OPT's command line without -stress,
 * -stress_time, -seed and -count, with "-seed S", quoted for a shell.
 * Malloc'd. */
char *stress_replay(const struct options *opt, const struct stress_round *r);

#endif
