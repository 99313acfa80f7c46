// run
// Always fails: a failure is never cached.

int main(void)
{
	return 1;
}
