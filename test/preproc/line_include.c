// run
// Checks __FILE__ and __LINE__ across #include and #line (C11 6.10.4,
// 6.10.8.1): inside a header they name the header and count its lines,
// a #line in the header affects only the rest of that header, and the
// includer's own numbering resumes after the #include; #line accepts
// macro-expanded operands (C11 6.10.4p5), and the digit sequence is
// decimal even with a leading zero.

#include <stdio.h>
#include <string.h>

static const char *base(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

#include "line_include.h"
static const int after_include = __LINE__;
static const char *main_file = __FILE__;

#define NEW_LINE 700
#define NEW_NAME "expanded.c"
#define BOTH NEW_LINE NEW_NAME

int main(void)
{
	printf("%s %d %d\n", base(header_file), header_line, header_moved);
	printf("%s %d\n", base(main_file), after_include);
#line NEW_LINE
	printf("%d\n", __LINE__);
#line BOTH
	printf("%s %d\n", __FILE__, __LINE__);
#line 0100
	printf("%d\n", __LINE__);
#line 50 "second.c"
	printf("%s %d\n", __FILE__, __LINE__);
	return 0;
}
