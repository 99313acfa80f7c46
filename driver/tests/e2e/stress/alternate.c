// run
// Fails on every second run within one run of the driver: it counts its
// runs in a file of the run's temp folder (-count runs it side by side).

#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	const char *tmp = getenv("TMPDIR");
	char path[4096];
	long runs = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/../alternate.count",
		 tmp ? tmp : ".");
	if ((f = fopen(path, "r"))) {
		if (fscanf(f, "%ld", &runs) != 1)
			runs = 0;
		fclose(f);
	}
	if (!(f = fopen(path, "w")))
		return 2;
	fprintf(f, "%ld\n", ++runs);
	fclose(f);
	return runs % 2 == 0;
}
