// run
// Checks walking strings with char pointers: hand-written strlen, strcpy,
// strchr and a tokenizer, all using only pointer operations.

#include <stdio.h>
#include <stddef.h>

static size_t my_strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return (size_t)(p - s);
}

static char *my_strcpy(char *dst, const char *src)
{
	char *d = dst;

	while ((*d++ = *src++) != '\0')
		;
	return dst;
}

static const char *my_strchr(const char *s, int c)
{
	for (; *s; s++)
		if (*s == (char)c)
			return s;
	return c == '\0' ? s : NULL;
}

int main(void)
{
	char buf[32];
	const char *text = "one,two,,three";
	const char *p, *comma;

	printf("%zu %zu\n", my_strlen(""), my_strlen("pointer"));
	printf("%s\n", my_strcpy(buf, "copied"));
	printf("%s\n", my_strchr("find me", 'm'));
	printf("%d\n", my_strchr("abc", 'z') == NULL);
	printf("%d\n", *my_strchr("abc", '\0') == '\0');
	for (p = text; ; p = comma + 1) {
		comma = my_strchr(p, ',');
		if (comma == NULL) {
			printf("[%s]\n", p);
			break;
		}
		printf("[%.*s]", (int)(comma - p), p);
	}
	return 0;
}
