#define INNER_VALUE 7
