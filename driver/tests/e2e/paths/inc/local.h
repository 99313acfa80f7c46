#define LOCAL 5
