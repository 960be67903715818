#include "yamlquoted.h"

namespace ReleaseDeck {

namespace {

// Appends code point cp as UTF-8.
void appendUtf8(std::string &out, unsigned long cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

} // namespace

bool readDoubleQuoted(std::string_view text, std::string *value, size_t *end)
{
    value->clear();
    for (size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            *end = i + 1;
            return true;
        }
        if (c != '\\') {
            *value += c;
            continue;
        }
        if (++i >= text.size())
            return false; // an escaped line break: folding is yaml-cpp's job
        int hexDigits = 0;
        switch (text[i]) {
        case '0': *value += '\0'; break;
        case 'a': *value += '\a'; break;
        case 'b': *value += '\b'; break;
        case 't': *value += '\t'; break;
        case 'n': *value += '\n'; break;
        case 'v': *value += '\v'; break;
        case 'f': *value += '\f'; break;
        case 'r': *value += '\r'; break;
        case 'e': *value += '\x1b'; break;
        case ' ': *value += ' '; break;
        case '"': *value += '"'; break;
        case '/': *value += '/'; break;
        case '\\': *value += '\\'; break;
        case 'L': appendUtf8(*value, 0x2028); break;
        case 'P': appendUtf8(*value, 0x2029); break;
        case 'x': hexDigits = 2; break;
        case 'u': hexDigits = 4; break;
        case 'U': hexDigits = 8; break;
        default:
            return false; // yaml-cpp reports unknown escapes
        }
        if (hexDigits) {
            if (i + hexDigits >= text.size())
                return false;
            unsigned long cp = 0;
            for (int d = 1; d <= hexDigits; ++d) {
                const char h = text[i + d];
                int v;
                if (h >= '0' && h <= '9')
                    v = h - '0';
                else if (h >= 'a' && h <= 'f')
                    v = h - 'a' + 10;
                else if (h >= 'A' && h <= 'F')
                    v = h - 'A' + 10;
                else
                    return false;
                cp = cp * 16 + unsigned(v);
            }
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                return false;
            appendUtf8(*value, cp);
            i += hexDigits;
        }
    }
    return false; // continues on the next line
}

} // namespace ReleaseDeck
