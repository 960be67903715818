#include "commitrange.h"
