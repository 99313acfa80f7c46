// run
// Checks <string.h>: strlen, strcmp/strncmp signs, strcpy/strncpy padding,
// strcat, strchr/strrchr/strstr, strspn/strcspn, memcmp, memset, strtok.

#include <stdio.h>
#include <string.h>

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

int main(void)
{
	char buf[32];
	char pad[6];
	char line[] = "  alpha, beta;;gamma ";
	const char *hay = "needle in a haystack";
	char *tok;
	int i;

	printf("%zu %zu\n", strlen(""), strlen(hay));
	printf("%d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("b", "a")),
		sign(strcmp("same", "same")));
	printf("%d %d\n", sign(strcmp("ab", "abc")), sign(strncmp("abcX", "abcY", 3)));
	strcpy(buf, "con");
	strcat(buf, "cat");
	strcat(buf, "enate");
	printf("%s\n", buf);
	memset(pad, 'x', sizeof pad);
	strncpy(pad, "ab", sizeof pad);
	for (i = 0; i < (int)sizeof pad; i++)
		printf("%d ", pad[i]);
	printf("\n");
	printf("%s|%s\n", strchr(hay, 'a'), strrchr(hay, 'a'));
	printf("%s\n", strstr(hay, "hay"));
	printf("%d %d\n", strstr(hay, "nope") == NULL, strstr(hay, "") == hay);
	printf("%zu %zu\n", strspn("123abc", "0123456789"), strcspn("hello, world", ",;"));
	printf("%d %d\n", sign(memcmp("abc", "abd", 2)), sign(memcmp("\x01", "\xff", 1)));
	for (tok = strtok(line, " ,;"); tok; tok = strtok(NULL, " ,;"))
		printf("<%s>", tok);
	printf("\n");
	return 0;
}
