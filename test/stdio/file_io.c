// run
// Checks file I/O on a file in the current directory (the test's private
// temporary directory): fopen/fprintf/fclose, reading back with fgets,
// fseek/ftell, ungetc, remove, and tmpfile.

#include <stdio.h>
#include <string.h>

int main(void)
{
	const char *name = "file_io_scratch.txt";
	char line[32];
	FILE *f = fopen(name, "w");
	FILE *t;
	long size;
	int c, lines = 0;

	if (f == NULL)
		return 1;
	fprintf(f, "first %d\nsecond\n", 1);
	fputs("third", f);
	if (fclose(f) != 0)
		return 1;
	f = fopen(name, "r");
	if (f == NULL)
		return 1;
	while (fgets(line, sizeof line, f)) {
		lines++;
		line[strcspn(line, "\n")] = '\0';
		printf("%d: %s\n", lines, line);
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	printf("size %ld\n", size);
	rewind(f);
	c = fgetc(f);
	ungetc('F', f);
	printf("%c%c\n", c, fgetc(f));
	fclose(f);
	printf("%d\n", remove(name) == 0);
	f = fopen(name, "r");
	printf("%d\n", f == NULL);
	if (f != NULL)
		fclose(f);
	t = tmpfile();
	if (t == NULL)
		return 1;
	fwrite("xyz", 1, 3, t);
	rewind(t);
	printf("%zu\n", fread(line, 1, sizeof line, t));
	fclose(t);
	return 0;
}
