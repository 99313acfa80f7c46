#include "inner.h"

#define HDR_VALUE INNER_VALUE
