// run
// Checks a table of function pointers indexed by an opcode (C11
// 6.5.2.2p1, 6.3.2.1p4): a small stack machine whose instructions are
// dispatched through a const array of pointers, with unary and binary
// handlers of the same type, a null entry for an unused opcode, and
// calls written both as table[op](...) and (*table[op])(...).

#include <stdio.h>

enum op { PUSH, ADD, SUB, MUL, NEG, DUP, SPARE, PRINT, NOPS };

struct vm {
	long stack[16];
	int sp;
};

typedef void handler(struct vm *, long);

static long
pop(struct vm *m)
{
	return m->stack[--m->sp];
}

static void
op_push(struct vm *m, long arg)
{
	m->stack[m->sp++] = arg;
}

static void
op_add(struct vm *m, long arg)
{
	arg = pop(m);
	m->stack[m->sp - 1] += arg;
}

static void
op_sub(struct vm *m, long arg)
{
	arg = pop(m);
	m->stack[m->sp - 1] -= arg;
}

static void
op_mul(struct vm *m, long arg)
{
	arg = pop(m);
	m->stack[m->sp - 1] *= arg;
}

static void
op_neg(struct vm *m, long arg)
{
	(void)arg;
	m->stack[m->sp - 1] = -m->stack[m->sp - 1];
}

static void
op_dup(struct vm *m, long arg)
{
	(void)arg;
	op_push(m, m->stack[m->sp - 1]);
}

static void
op_print(struct vm *m, long arg)
{
	(void)arg;
	printf("%ld\n", m->stack[m->sp - 1]);
}

static handler *const table[NOPS] = {
	[PUSH] = op_push, [ADD] = op_add, [SUB] = op_sub, [MUL] = op_mul,
	[NEG] = op_neg, [DUP] = op_dup, [PRINT] = op_print,
};

struct insn {
	enum op op;
	long arg;
};

static void
run(const struct insn *prog, int n)
{
	struct vm m = { { 0 }, 0 };
	int i;

	for (i = 0; i < n; i++) {
		if (table[prog[i].op] == NULL) {
			printf("bad opcode %d\n", (int)prog[i].op);
			continue;
		}
		if (i % 2)
			table[prog[i].op](&m, prog[i].arg);
		else
			(*table[prog[i].op])(&m, prog[i].arg);
	}
}

int main(void)
{
	static const struct insn prog[] = {
		{ PUSH, 6 }, { PUSH, 7 }, { MUL, 0 }, { PRINT, 0 },
		{ DUP, 0 }, { ADD, 0 }, { PRINT, 0 }, { SPARE, 0 },
		{ PUSH, 100 }, { SUB, 0 }, { NEG, 0 }, { PRINT, 0 },
	};

	run(prog, (int)(sizeof prog / sizeof prog[0]));
	return 0;
}
