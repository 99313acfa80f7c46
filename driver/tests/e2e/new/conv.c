int f(void)
{
	int x = "s";
	return x;
}
