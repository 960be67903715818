#pragma once
#include "git/tags.h"
