// compile -std=c2x
// clang GH 92847: C23 6.7.4.1p2 allows restrict on an array type whose
// element type is a pointer to an object type (the qualifier then
// applies to the elements). Clang still required the restrict-qualified
// type itself to be a pointer and rejected "restrict T x" where T is a
// typedef for an array of pointers. Fixed in clang 21; GCC accepts it.
// fixed: clang 21

typedef int *slots[3];

restrict slots table;

int
count_set(void)
{
	restrict slots mine = { 0, 0, 0 };
	int n = 0;

	for (int i = 0; i < 3; i++)
		n += (table[i] != 0) + (mine[i] != 0);
	return n;
}
