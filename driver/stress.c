/* -stress: rounds of the same tests, each with a random -n and a random
 * value of the dialect's knob (MALLOC_PERTURB_, GOMAXPROCS), all drawn
 * from the round's seed, so that "-seed S" replays the round that
 * failed. It decides the rounds; run.c runs them. */
#define _POSIX_C_SOURCE 200809L
#include "stress.h"
#include "dialect.h"
#include "flags.h"
#include "strbuf.h"
#include "util.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* splitmix64: a good 64-bit mix, one step of it per draw. */
static uint64_t
mix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15u);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

uint64_t
stress_seed(uint64_t base, unsigned long k)
{
	uint64_t x = base ^ ((uint64_t)k << 32 | k);

	return mix(&x) >> 1;	/* a positive long, for -seed */
}

uint64_t
stress_base(void)
{
	struct timespec ts;
	uint64_t x;

	clock_gettime(CLOCK_REALTIME, &ts);
	x = (uint64_t)ts.tv_sec * 1000000007u ^ (uint64_t)ts.tv_nsec ^
	    (uint64_t)getpid() << 40;
	return mix(&x);
}

void
stress_round(struct stress_round *r, uint64_t seed, const struct dialect *d,
	     long cores)
{
	uint64_t x = seed;
	long max = d->stress.max ? d->stress.max : d->stress.per_core * cores;

	r->seed = seed;
	r->n = 1 + (long)(mix(&x) % (uint64_t)(2 * cores));
	r->var = d->stress.var;
	r->value = r->var && max > 0 ? 1 + (long)(mix(&x) % (uint64_t)max) :
				       0;
}

char **
stress_env(char *const *env, const struct stress_round *r)
{
	char **v = NULL;
	size_t n = 0, len = r->var ? strlen(r->var) : 0;

	for (; env && *env; env++)
		if (!r->var || strncmp(*env, r->var, len) || (*env)[len] != '=')
			strv_push(&v, &n, xstrdup(*env));
	if (r->var)
		strv_push(&v, &n, xasprintf("%s=%ld", r->var, r->value));
	return v;
}

/* Append S to SB quoted for a POSIX shell when it needs to be. */
static void
add_quoted(struct strbuf *sb, const char *s)
{
	const char *p;

	if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			 "0123456789-_./=,:+@%") == strlen(s)) {
		strbuf_addstr(sb, s);
		return;
	}
	strbuf_addstr(sb, "'");
	for (p = s; *p; p++)
		if (*p == '\'')
			strbuf_addstr(sb, "'\\''");
		else
			strbuf_add(sb, p, 1);
	strbuf_addstr(sb, "'");
}

/* Is A one of the stress flags (and does it take the next word)? */
static int
stress_flag(const char *a, int *takes)
{
	static const char *const names[] = { "stress", "stress_time", "seed",
					     "count" };
	size_t i, len;

	*takes = 0;
	if (a[0] != '-')
		return 0;
	a += 1 + (a[1] == '-');
	len = strcspn(a, "=");
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i]) == len && strncmp(a, names[i], len) == 0) {
			*takes = i > 0 && !a[len];
			return 1;
		}
	return 0;
}

char *
stress_replay(const struct options *opt, const struct stress_round *r)
{
	struct strbuf sb;
	char *res;
	int i, takes, nflags = opt->argc - opt->npaths;

	strbuf_init(&sb, 0);
	add_quoted(&sb, opt->argv[0]);
	strbuf_addf(&sb, " -seed %llu", (unsigned long long)r->seed);
	for (i = 1; i < opt->argc; i++) {
		if (i < nflags && stress_flag(opt->argv[i], &takes)) {
			i += takes;
			continue;
		}
		strbuf_addstr(&sb, " ");
		add_quoted(&sb, opt->argv[i]);
	}
	res = strbuf_detach(&sb);
	strbuf_release(&sb);
	return res;
}
