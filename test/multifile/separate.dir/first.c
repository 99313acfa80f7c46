/* Declares functions that no file defines: compiling alone is enough. */
int missing_everywhere(int);

int shared_name = 1;

int
main(void)
{
	return missing_everywhere(shared_name);
}
