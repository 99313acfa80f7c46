// run
// Passes: a line of the machine reports that must say so.

int main(void)
{
	return 0;
}
