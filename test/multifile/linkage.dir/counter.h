/* Shared declarations for the linkage test. */
#ifndef COUNTER_H
#define COUNTER_H

extern int counter_total;
extern const int counter_step;
extern const char counter_name[];

void counter_add(int times);
int counter_calls(void);
int util_calls(void);
int util_helper(void);

#endif
