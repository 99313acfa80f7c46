// run
// Checks vsnprintf (C11 7.21.6.12) inside variadic wrappers: a first call
// with size 0 and a null buffer measures the output, a va_copy feeds the
// second call that writes into an allocation of that size plus one; an
// appending formatter keeps output NUL-terminated and reports the length
// it would have needed when the buffer is too small.

#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static char *
format_alloc(const char *fmt, ...)
{
	va_list ap, ap2;
	char *buf;
	int n;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || (buf = malloc((size_t)n + 1)) == NULL) {
		va_end(ap2);
		return NULL;
	}
	vsnprintf(buf, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return buf;
}

struct sbuf {
	char data[24];
	size_t len;
	size_t wanted;
};

static void
sbuf_add(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	size_t room = b->len < sizeof b->data ? sizeof b->data - b->len : 0;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(b->data + b->len, room, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	b->wanted += (size_t)n;
	b->len = b->wanted < sizeof b->data ? b->wanted : sizeof b->data - 1;
}

int main(void)
{
	char *s = format_alloc("%s has %d items costing %.2f", "cart", 3, 9.5);
	struct sbuf b = { "", 0, 0 };
	int i;

	if (s == NULL)
		return 1;
	printf("%zu [%s]\n", strlen(s), s);
	free(s);
	s = format_alloc("%s", "");
	printf("%zu [%s]\n", strlen(s), s);
	free(s);
	for (i = 0; i < 6; i++) {
		sbuf_add(&b, "item%d;", i);
		printf("%zu %zu [%s]\n", b.len, b.wanted, b.data);
	}
	return 0;
}
