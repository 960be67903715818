#pragma once
#include "domain/version.h"
