// run
// requires: no_such_tag
// Skipped everywhere: the reports carry the reason.

int main(void)
{
	return 0;
}
