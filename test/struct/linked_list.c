// run
// Checks self-referential structs: a singly linked list built with
// malloc, reversed in place, and a pair of mutually referring structs.

#include <stdio.h>
#include <stdlib.h>

struct node {
	int value;
	struct node *next;
};

struct husband;
struct wife {
	const char *name;
	struct husband *spouse;
};
struct husband {
	const char *name;
	struct wife *spouse;
};

static struct node *push(struct node *head, int v)
{
	struct node *n = malloc(sizeof *n);

	if (n == NULL)
		exit(1);
	n->value = v;
	n->next = head;
	return n;
}

static struct node *reverse(struct node *head)
{
	struct node *prev = NULL;

	while (head) {
		struct node *next = head->next;

		head->next = prev;
		prev = head;
		head = next;
	}
	return prev;
}

static void print(const struct node *n)
{
	for (; n; n = n->next)
		printf("%d%s", n->value, n->next ? " -> " : "\n");
}

int main(void)
{
	struct node *list = NULL;
	struct wife w = { "Ada", NULL };
	struct husband h = { "Bob", &w };
	int i;

	for (i = 1; i <= 5; i++)
		list = push(list, i * i);
	print(list);
	list = reverse(list);
	print(list);
	while (list) {
		struct node *next = list->next;

		free(list);
		list = next;
	}
	w.spouse = &h;
	printf("%s %s\n", w.spouse->spouse->name, h.spouse->spouse->name);
	return 0;
}
