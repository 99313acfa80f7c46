/* Header for line_include.c: records where its lines are. */
static const char *header_file = __FILE__;
static const int header_line = __LINE__;
#line 500
static const int header_moved = __LINE__;
