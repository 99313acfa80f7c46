// runoutput
// Generates 1500 object-like macros, each defined in terms of the one
// before, so using the last expands 1500 levels deep (C11 5.2.4.1 asks
// for 4095 macro identifiers in one translation unit); 200 function-like
// macros that each call the previous one with a changed argument; and a
// chain of 100 #elif directives selected by a macro value. The generator
// computes the values the preprocessor must produce.

#include <stdio.h>

#define OBJ 1500
#define FUN 200
#define ELIF 100

int main(void)
{
	long obj = 0, fun;
	int i;

	for (i = 1; i <= OBJ; i++)
		obj += i % 7;
	/* F0(x) is x; Fi(x) is F(i-1)(x + i % 5), no parentheses added. */
	fun = 3;
	for (i = 1; i < FUN; i++)
		fun += i % 5;
	puts("#include <stdio.h>");
	puts("");
	puts("#define M0 0");
	for (i = 1; i <= OBJ; i++)
		printf("#define M%d M%d + %d\n", i, i - 1, i % 7);
	puts("#define F0(x) x");
	for (i = 1; i < FUN; i++)
		printf("#define F%d(x) F%d(x + %d)\n", i, i - 1, i % 5);
	printf("#define SELECT %d\n", ELIF / 2 + 7);
	printf("#if SELECT == 0\n#define PICKED 0\n");
	for (i = 1; i < ELIF; i++)
		printf("#elif SELECT == %d\n#define PICKED %d\n", i, i * i);
	puts("#else\n#define PICKED -1\n#endif");
	puts("");
	puts("int main(void)");
	puts("{");
	printf("\tlong a = M%d;\n", OBJ);
	printf("\tlong b = F%d(3);\n", FUN - 1);
	puts("");
	puts("\tprintf(\"%ld %ld %d\\n\", a, b, PICKED);");
	printf("\tprintf(\"%%s\\n\", a == %ld && b == %ld && PICKED == %d ? \"agrees\" : \"differs\");\n",
		obj, fun, (ELIF / 2 + 7) * (ELIF / 2 + 7));
	puts("\treturn 0;");
	puts("}");
	return 0;
}
