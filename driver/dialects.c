/* The dialect table: the one place that names every dialect. It holds
 * rows and looks them up; what a dialect does lives in its own folder. */
#include "dialects.h"
#include "dialect.h"
#include "c/cdialect.h"
#include "go/godialect.h"

#include <stdio.h>
#include <string.h>

static const struct dialect *const dialects[] = { &c_dialect, &go_dialect };

enum { NDIALECTS = sizeof(dialects) / sizeof(dialects[0]) };

const struct dialect *
dialect_find(const char *name)
{
	size_t i;

	for (i = 0; i < NDIALECTS; i++)
		if (strcmp(dialects[i]->name, name) == 0)
			return dialects[i];
	return NULL;
}

const char *
dialect_names(void)
{
	static char buf[256];
	size_t i, n = 0;

	if (buf[0])
		return buf;
	for (i = 0; i < NDIALECTS && n < sizeof(buf); i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s\"%s\"",
				      i == 0 ? "" : i + 1 == NDIALECTS ?
				      " or " : ", ", dialects[i]->name);
	return buf;
}
