#define FROM_DEFS 7
