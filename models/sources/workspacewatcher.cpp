#include "workspacewatcher.h"
