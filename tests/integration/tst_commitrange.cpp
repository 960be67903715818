#include "commitrange.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
