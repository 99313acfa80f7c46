/* A file with only declarations and a typedef is a valid unit. */
typedef struct node node;

struct node {
	node *next;
	int value;
};

extern node *list_head;
int list_length(const node *n);
