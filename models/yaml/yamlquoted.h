#pragma once

#include <string>
#include <string_view>

namespace ReleaseDeck {

// A double-quoted YAML scalar that closes on this line, escapes decoded as
// YAML 1.2 §5.7 defines them. text starts at the opening quote; *end is set
// past the closing one. False for anything to leave to yaml-cpp: a string
// that continues on the next line, or an escape yaml-cpp reads otherwise.
bool readDoubleQuoted(std::string_view text, std::string *value, size_t *end);

} // namespace ReleaseDeck
