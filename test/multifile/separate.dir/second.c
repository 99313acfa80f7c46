/* Defines the same external names as first.c; never linked with it. */
int shared_name = 2;

int
main(void)
{
	return shared_name - 2;
}
