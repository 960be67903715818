#include "git/tags.h"
#include "ops/plan.h"
