#pragma once

// What the fuzz targets share: a check that stops the process with the
// reason (so libFuzzer and the replay program both report it), and ways of
// cutting one input into the several texts a target needs.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace FuzzSupport {

// A failure's text, built only when a check fails.
using Detail = std::function<std::string()>;

[[noreturn]] inline void fail(const char *file, int line, const char *condition, const std::string &detail)
{
    std::fprintf(stderr, "\n%s:%d: fuzz check failed: %s\n%s\n", file, line, condition, detail.c_str());
    std::fflush(stderr);
    std::abort();
}

inline std::string_view view(const uint8_t *data, size_t size)
{
    return std::string_view(reinterpret_cast<const char *>(data), size);
}

// The parts of `data` between separators, at most `max` of them (the last
// one keeps the rest).
inline std::vector<std::string_view> split(std::string_view data, std::string_view separator, size_t max)
{
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < max) {
        const size_t at = data.find(separator);
        if (at == std::string_view::npos)
            break;
        parts.push_back(data.substr(0, at));
        data.remove_prefix(at + separator.size());
    }
    parts.push_back(data);
    return parts;
}

// A small number taken from the input, for choices the input does not
// spell out: FNV-1a of the text.
inline uint32_t hashOf(std::string_view text)
{
    uint32_t h = 2166136261u;
    for (const char c : text)
        h = (h ^ uint8_t(c)) * 16777619u;
    return h;
}

// Set by run.sh: findings already reported (found/, see README.md) are
// stepped around so that fuzzing gets past them. A replay by hand, and
// ctest, still stop at them.
inline bool skipKnown()
{
    static const bool on = std::getenv("RELEASEDECK_FUZZ_SKIP_KNOWN") != nullptr;
    return on;
}

// A folder of this process's own under /dev/shm (or the temporary folder,
// or RELEASEDECK_FUZZ_TMP), named for the target and removed at exit.
inline const std::filesystem::path &scratch(const char *target)
{
    static std::filesystem::path dir;
    if (dir.empty()) {
        std::error_code ec;
        std::filesystem::path base = std::filesystem::is_directory("/dev/shm", ec) ? "/dev/shm" : std::filesystem::temp_directory_path();
        if (const char *env = std::getenv("RELEASEDECK_FUZZ_TMP"))
            base = env;
        dir = base / ("releasedeck-fuzz-" + std::string(target) + "-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        std::atexit([] { std::error_code ignored; std::filesystem::remove_all(dir, ignored); });
    }
    return dir;
}

// Text shown in a failure: printable ASCII kept, the rest escaped.
inline std::string printable(std::string_view text, size_t max = 2000)
{
    std::string out;
    for (size_t i = 0; i < text.size() && i < max; ++i) {
        const unsigned char c = uint8_t(text[i]);
        if (c == '\n' || (c >= 0x20 && c < 0x7f)) {
            out += char(c);
        } else {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
            out += buffer;
        }
    }
    if (text.size() > max)
        out += "...";
    return out;
}

} // namespace FuzzSupport

#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::FuzzSupport::fail(__FILE__, __LINE__, #condition, (detail));                                             \
    } while (false)
