#pragma once

#include <string_view>

namespace YAML {
class EventHandler;
}

namespace ReleaseDeck {

// A fast reader for the block-style YAML that Helm values files are written
// in: block mappings and sequences, plain and quoted one-line scalars,
// comments, anchors, aliases, `<<` merges and block scalars. It sends the
// same events yaml-cpp's parser would, about thirty times faster.
//
// Anything outside that subset (multi-line flow or quoted scalars, tags,
// complex keys, escapes, several documents, odd indentation, …) makes it give
// up and return false; the caller then parses the whole text with yaml-cpp
// into a fresh handler. A differential test holds the two paths to the same
// results.
bool readBlockYaml(std::string_view text, YAML::EventHandler &handler);

} // namespace ReleaseDeck
