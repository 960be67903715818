#include "blockyaml.h"

#include "yamlquoted.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/null.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace ReleaseDeck {

namespace {

// YAML::IsNullString without its five std::string comparisons: this runs
// for every key and value of every values file a scan reads.
bool isNullScalar(std::string_view s)
{
    switch (s.size()) {
    case 0:
        return true;
    case 1:
        return s[0] == '~';
    case 4:
        return s == "null" || s == "Null" || s == "NULL";
    default:
        return false;
    }
}

// Keys whose values the values scanner reads: their block scalars and flow
// collections are not skipped but handed to yaml-cpp.
bool isInterestingKey(std::string_view key)
{
    return key == "image" || key == "repository" || key == "tag" || key == "registry" || key == "<<"
           || key == "name" || key == "version" || key == "appVersion" // Chart.yaml
           || (key.size() > 5 && key.ends_with("Image"));
}

std::string_view rtrim(std::string_view s)
{
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

// Drops a trailing " # comment" from the rest of a line that holds no quotes.
std::string_view stripComment(std::string_view s)
{
    if (!s.empty() && s.front() == '#')
        return {};
    const size_t hash = s.find(" #");
    if (hash != std::string_view::npos)
        s = s.substr(0, hash);
    return rtrim(s);
}

class Reader
{
public:
    Reader(std::string_view text, YAML::EventHandler &handler)
        : m_text(text)
        , m_handler(handler)
    {}

    bool run()
    {
        // Byte order marks, tabs, CRs and the other control characters are
        // yaml-cpp's to judge: a NUL makes it guess UTF-16 or UTF-32, 0x04
        // ends its input.
        if (m_text.starts_with("\xEF\xBB\xBF") || m_text.starts_with("\xFE\xFF") || m_text.starts_with("\xFF\xFE"))
            return false;
        for (const char c : m_text) {
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f)
                return false;
        }
        size_t pos = 0;
        int line = 0;
        while (pos < m_text.size()) {
            size_t eol = m_text.find('\n', pos);
            if (eol == std::string_view::npos)
                eol = m_text.size();
            const std::string_view raw = m_text.substr(pos, eol - pos);
            pos = eol + 1;
            const int current = line++;
            if (m_blockScalarIndent >= 0) {
                // Lines of a block scalar: blank, or indented past its key.
                const size_t ind = raw.find_first_not_of(' ');
                if (ind == std::string_view::npos) {
                    if (m_blockContentIndent < 0)
                        m_blockLeadingBlank = std::max(m_blockLeadingBlank, int(raw.size()));
                    continue;
                }
                if (m_blockContentIndent < 0 && int(ind) > m_blockScalarIndent && m_blockLeadingBlank > int(ind))
                    return false; // a leading blank line with more spaces than the content
                if (int(ind) > m_blockScalarIndent) {
                    // The first line sets the content's indentation; a later
                    // line between that and the key's is an error.
                    if (m_blockContentIndent < 0)
                        m_blockContentIndent = int(ind);
                    else if (int(ind) < m_blockContentIndent)
                        return false;
                    continue;
                }
                m_blockScalarIndent = -1;
                m_blockContentIndent = -1;
                m_blockLeadingBlank = 0;
            }
            if (!handleLine(raw, current))
                return false;
        }
        if (!m_started)
            return true; // only comments: no document at all, as with yaml-cpp
        if (!finishPending(-1))
            return false;
        closeTo(-1);
        m_handler.OnDocumentEnd();
        return true;
    }

private:
    struct Context
    {
        bool isMap;
        int indent;
    };

    YAML::Mark mark(int line, int column) const
    {
        YAML::Mark m;
        m.line = line;
        m.column = column;
        return m;
    }

    void closeTo(int indent)
    {
        while (!m_stack.empty() && m_stack.back().indent > indent) {
            if (m_stack.back().isMap)
                m_handler.OnMapEnd();
            else
                m_handler.OnSequenceEnd();
            m_stack.pop_back();
        }
    }

    // A `key:` or `-` with nothing after it: the value is a nested block that
    // starts on a later line, or null.
    bool finishPending(int nextIndent, bool nextIsDash = false)
    {
        if (!m_pending)
            return true;
        m_pending = false;
        const bool nested = nextIndent > m_pendingIndent
                            || (nextIsDash && nextIndent == m_pendingIndent && m_pendingIsMapValue);
        if (nested) {
            if (nextIsDash) {
                m_handler.OnSequenceStart(mark(m_pendingLine, 0), "?", m_pendingAnchor, YAML::EmitterStyle::Block);
                m_stack.push_back({false, nextIndent});
            } else {
                m_handler.OnMapStart(mark(m_pendingLine, 0), "?", m_pendingAnchor, YAML::EmitterStyle::Block);
                m_stack.push_back({true, nextIndent});
            }
            return true;
        }
        m_handler.OnNull(mark(m_pendingLine, 0), m_pendingAnchor);
        return true;
    }

    bool handleLine(std::string_view raw, int line)
    {
        const size_t ind = raw.find_first_not_of(' ');
        if (ind == std::string_view::npos || raw[ind] == '#')
            return true; // blank or comment
        const std::string_view text = raw.substr(ind);
        const int indent = int(ind);
        if (indent == 0 && (text.starts_with("---") || text.starts_with("...") || text.front() == '%'))
            return false;
        if (m_afterScalarIndent >= 0 && indent > m_afterScalarIndent)
            return false; // a multi-line plain scalar continues here
        m_afterScalarIndent = -1;

        const bool isDash = text == "-" || text.starts_with("- ");
        if (!m_started) {
            m_started = true;
            m_handler.OnDocumentStart(mark(line, indent));
            if (isDash) {
                m_handler.OnSequenceStart(mark(line, indent), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
                m_stack.push_back({false, indent});
            } else {
                m_handler.OnMapStart(mark(line, indent), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
                m_stack.push_back({true, indent});
            }
        } else {
            if (!finishPending(indent, isDash))
                return false;
            closeTo(indent);
            // An indentless sequence ends at the first key of its mapping.
            if (!isDash && !m_stack.empty() && !m_stack.back().isMap && m_stack.back().indent == indent
                && m_stack.size() >= 2 && m_stack[m_stack.size() - 2].isMap
                && m_stack[m_stack.size() - 2].indent == indent) {
                m_handler.OnSequenceEnd();
                m_stack.pop_back();
            }
        }
        if (m_stack.empty() || m_stack.back().indent != indent)
            return false; // indentation that opens no node: let yaml-cpp judge it
        if (m_stack.size() > 500)
            return false; // yaml-cpp has a nesting limit of its own
        if (m_stack.back().isMap) {
            if (isDash)
                return false;
            return handleEntry(text, line, indent);
        }
        if (!isDash)
            return false;
        return handleItem(text, line, indent);
    }

    bool handleItem(std::string_view text, int line, int indent)
    {
        if (text == "-") {
            setPending(line, indent, false);
            return true;
        }
        size_t offset = 2;
        while (offset < text.size() && text[offset] == ' ')
            ++offset;
        const std::string_view rest = text.substr(offset);
        const int column = indent + int(offset);
        if (rest.empty() || rest.front() == '#') {
            setPending(line, indent, false);
            return true;
        }
        if (rest.starts_with("- ") || rest == "-")
            return false; // nested compact sequences
        if (findKeyColon(rest) != std::string_view::npos) {
            // `- key: value`: a mapping whose keys sit at this column.
            m_handler.OnMapStart(mark(line, column), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
            m_stack.push_back({true, column});
            return handleEntry(rest, line, column);
        }
        return handleValue(rest, line, column, indent, std::string_view());
    }

    // The colon that ends a plain or quoted key, or npos.
    static size_t findKeyColon(std::string_view text)
    {
        if (text.front() == '"') {
            std::string ignored;
            size_t end = 0;
            if (!readDoubleQuoted(text, &ignored, &end) || end >= text.size() || text[end] != ':')
                return std::string_view::npos;
            if (end + 1 < text.size() && text[end + 1] != ' ')
                return std::string_view::npos;
            return end;
        }
        if (text.front() == '\'') {
            const size_t close = text.find(text.front(), 1);
            if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != ':')
                return std::string_view::npos;
            if (close + 2 < text.size() && text[close + 2] != ' ')
                return std::string_view::npos;
            return close + 1;
        }
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == ':' && (i + 1 == text.size() || text[i + 1] == ' '))
                return i;
            if (text[i] == ' ' && i + 1 < text.size() && text[i + 1] == '#')
                return std::string_view::npos;
        }
        return std::string_view::npos;
    }

    bool handleEntry(std::string_view text, int line, int indent)
    {
        const char first = text.front();
        if (first == '?' || first == '[' || first == '{' || first == '!' || first == '&' || first == '*'
            || first == '|' || first == '>' || first == '@' || first == '`' || first == '%' || first == ','
            || first == ']' || first == '}')
            return false;
        const size_t colon = findKeyColon(text);
        if (colon == std::string_view::npos || colon == 0 || colon > 1024)
            return false; // yaml-cpp refuses implicit keys over 1024 characters
        std::string key;
        if (first == '"') {
            size_t end = 0;
            if (!readDoubleQuoted(text, &key, &end))
                return false;
            m_handler.OnScalar(mark(line, indent), "!", YAML::NullAnchor, key);
        } else if (first == '\'') {
            const std::string_view inner = text.substr(1, colon - 2);
            if (inner.find(first) != std::string_view::npos)
                return false;
            key = std::string(inner);
            m_handler.OnScalar(mark(line, indent), "!", YAML::NullAnchor, key);
        } else {
            const std::string_view plain = rtrim(text.substr(0, colon));
            key = std::string(plain);
            if (isNullScalar(key))
                m_handler.OnNull(mark(line, indent), YAML::NullAnchor);
            else
                m_handler.OnScalar(mark(line, indent), "?", YAML::NullAnchor, key);
        }
        size_t offset = colon + 1;
        while (offset < text.size() && text[offset] == ' ')
            ++offset;
        const std::string_view rest = text.substr(offset);
        if (rest.empty() || rest.front() == '#') {
            setPending(line, indent, true);
            return true;
        }
        return handleValue(rest, line, indent + int(offset), indent, key);
    }

    void setPending(int line, int indent, bool isMapValue, YAML::anchor_t anchor = YAML::NullAnchor)
    {
        m_pending = true;
        m_pendingLine = line;
        m_pendingIndent = indent;
        m_pendingIsMapValue = isMapValue;
        m_pendingAnchor = anchor;
    }

    bool handleValue(std::string_view rest, int line, int column, int ownerIndent, std::string_view key)
    {
        YAML::anchor_t anchor = YAML::NullAnchor;
        if (rest.front() == '&') {
            const size_t end = rest.find(' ');
            const std::string name(rest.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1));
            if (name.empty() || m_anchors.count(name) || name.find_first_of(",[]{}") != std::string::npos)
                return false; // redefined anchors and odd names: leave them to yaml-cpp
            anchor = YAML::anchor_t(m_anchors.size() + 1);
            m_anchors.emplace(name, anchor);
            if (end == std::string_view::npos) {
                setPending(line, ownerIndent, m_stack.back().isMap, anchor);
                return true;
            }
            size_t offset = end;
            while (offset < rest.size() && rest[offset] == ' ')
                ++offset;
            column += int(offset);
            rest = rest.substr(offset);
            if (rest.empty() || rest.front() == '#') {
                setPending(line, ownerIndent, m_stack.back().isMap, anchor);
                return true;
            }
        }
        const char first = rest.front();
        if (first == '*') {
            if (anchor != YAML::NullAnchor)
                return false;
            const std::string_view body = stripComment(rest);
            auto it = m_anchors.find(std::string(body.substr(1)));
            if (it == m_anchors.end() || body.find(' ') != std::string_view::npos)
                return false;
            m_handler.OnAlias(mark(line, column), it->second);
            m_afterScalarIndent = ownerIndent;
            return true;
        }
        if (first == '|' || first == '>') {
            if (anchor != YAML::NullAnchor || isInterestingKey(key))
                return false;
            const std::string_view header = stripComment(rest.substr(1));
            if (header.size() > 1 || (header.size() == 1 && header[0] != '-' && header[0] != '+'))
                return false; // indentation indicators, doubled chomping
            m_handler.OnScalar(mark(line, column), "!", YAML::NullAnchor, std::string());
            m_blockScalarIndent = ownerIndent;
            return true;
        }
        if (first == '{' || first == '[') {
            if (anchor != YAML::NullAnchor)
                return false;
            return readFlow(rest, line, column, ownerIndent);
        }
        if (first == '"' || first == '\'') {
            std::string value;
            size_t close = 0;
            if (first == '"') {
                size_t end = 0;
                if (!readDoubleQuoted(rest, &value, &end))
                    return false;
                close = end - 1;
            } else {
                close = rest.find(first, 1);
                if (close == std::string_view::npos)
                    return false; // continues on the next line
                value = std::string(rest.substr(1, close - 1));
            }
            std::string_view after = rest.substr(close + 1);
            if (first == '\'' && after.starts_with("'"))
                return false; // '' escapes
            after = rtrim(after);
            if (!after.empty() && !after.starts_with(" #"))
                return false;
            m_handler.OnScalar(mark(line, column), "!", anchor, value);
            m_afterScalarIndent = ownerIndent;
            return true;
        }
        if (first == '!' || first == '&' || first == '%' || first == '@' || first == '`' || first == '?' || first == ','
            || first == ']' || first == '}' || first == '#')
            return false;
        if ((first == '-' || first == ':') && (rest.size() == 1 || rest[1] == ' '))
            return false;
        const std::string_view value = stripComment(rest);
        if (value.find(": ") != std::string_view::npos || value.ends_with(":"))
            return false; // a mapping where a scalar belongs: yaml-cpp reports it
        const std::string text(value);
        if (isNullScalar(text))
            m_handler.OnNull(mark(line, column), anchor);
        else
            m_handler.OnScalar(mark(line, column), "?", anchor, text);
        m_afterScalarIndent = ownerIndent;
        return true;
    }

    // A flow collection that opens and closes on this line, read into the
    // same events yaml-cpp sends; anything subtler is left to yaml-cpp.
    bool readFlow(std::string_view rest, int line, int column, int ownerIndent)
    {
        size_t pos = 0;
        if (!flowNode(rest, &pos, line, column, 0))
            return false;
        const std::string_view after = rtrim(rest.substr(pos));
        if (!after.empty() && !after.starts_with(" #") && !after.starts_with("#"))
            return false;
        if (after.starts_with("#") && pos > 0 && rest[pos - 1] != ' ')
            return false;
        m_afterScalarIndent = ownerIndent;
        return true;
    }

    static void skipSpaces(std::string_view text, size_t *pos)
    {
        while (*pos < text.size() && text[*pos] == ' ')
            ++*pos;
    }

    bool flowNode(std::string_view text, size_t *pos, int line, int column, int depth)
    {
        if (depth > 32)
            return false;
        skipSpaces(text, pos);
        if (*pos >= text.size())
            return false;
        const char c = text[*pos];
        const YAML::Mark at = mark(line, column + int(*pos));
        if (c == '{' || c == '[') {
            const bool isMap = c == '{';
            const char close = isMap ? '}' : ']';
            if (isMap)
                m_handler.OnMapStart(at, "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
            else
                m_handler.OnSequenceStart(at, "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
            ++*pos;
            skipSpaces(text, pos);
            if (*pos < text.size() && text[*pos] == close) {
                ++*pos;
            } else {
                while (true) {
                    if (isMap) {
                        if (!flowScalar(text, pos, line, column, true))
                            return false;
                        skipSpaces(text, pos);
                        if (*pos >= text.size() || text[*pos] != ':')
                            return false; // a key without a value
                        ++*pos;
                        skipSpaces(text, pos);
                        if (*pos < text.size() && (text[*pos] == ',' || text[*pos] == '}'))
                            m_handler.OnNull(mark(line, column + int(*pos)), YAML::NullAnchor);
                        else if (!flowNode(text, pos, line, column, depth + 1))
                            return false;
                    } else if (!flowNode(text, pos, line, column, depth + 1)) {
                        return false;
                    }
                    skipSpaces(text, pos);
                    if (*pos >= text.size())
                        return false; // continues on the next line
                    if (text[*pos] == close) {
                        ++*pos;
                        break;
                    }
                    if (text[*pos] != ',')
                        return false;
                    ++*pos;
                    skipSpaces(text, pos);
                    if (*pos < text.size() && text[*pos] == close)
                        return false; // a trailing comma: leave it to yaml-cpp
                }
            }
            if (isMap)
                m_handler.OnMapEnd();
            else
                m_handler.OnSequenceEnd();
            return true;
        }
        return flowScalar(text, pos, line, column, false);
    }

    // A quoted or plain scalar inside a flow collection.
    bool flowScalar(std::string_view text, size_t *pos, int line, int column, bool isKey)
    {
        skipSpaces(text, pos);
        if (*pos >= text.size())
            return false;
        const YAML::Mark at = mark(line, column + int(*pos));
        const char c = text[*pos];
        if (c == '"') {
            std::string value;
            size_t end = 0;
            if (!readDoubleQuoted(text.substr(*pos), &value, &end))
                return false;
            *pos += end;
            m_handler.OnScalar(at, "!", YAML::NullAnchor, value);
            return true;
        }
        if (c == '\'') {
            const size_t close = text.find('\'', *pos + 1);
            if (close == std::string_view::npos || (close + 1 < text.size() && text[close + 1] == '\''))
                return false;
            m_handler.OnScalar(at, "!", YAML::NullAnchor, std::string(text.substr(*pos + 1, close - *pos - 1)));
            *pos = close + 1;
            return true;
        }
        if (std::string_view("[]{},#&*!|>%@`?:-").find(c) != std::string_view::npos) {
            // Indicators, and '-' or ':' that may start a plain scalar only
            // before a safe character: kept simple, yaml-cpp decides.
            if (!(c == '-' && *pos + 1 < text.size() && text[*pos + 1] != ' ' && text[*pos + 1] != ','
                  && std::string_view("[]{}").find(text[*pos + 1]) == std::string_view::npos))
                return false;
        }
        const size_t start = *pos;
        while (*pos < text.size()) {
            const char ch = text[*pos];
            if (ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}')
                break;
            if (ch == '?')
                return false; // yaml-cpp ends flow scalars here
            if (ch == ':' && *pos + 1 < text.size() && (text[*pos + 1] == '[' || text[*pos + 1] == '{'))
                return false;
            if (ch == ':' && (*pos + 1 >= text.size() || text[*pos + 1] == ' ' || text[*pos + 1] == ','
                              || text[*pos + 1] == ']' || text[*pos + 1] == '}')) {
                if (!isKey)
                    return false; // a single-pair mapping in a sequence, or a colon in a value
                break;
            }
            if (ch == '#' && *pos > start && text[*pos - 1] == ' ')
                return false;
            ++*pos;
        }
        const std::string value(rtrim(text.substr(start, *pos - start)));
        if (value.empty())
            return false;
        if (isNullScalar(value))
            m_handler.OnNull(at, YAML::NullAnchor);
        else
            m_handler.OnScalar(at, "?", YAML::NullAnchor, value);
        return true;
    }

    std::string_view m_text;
    YAML::EventHandler &m_handler;
    std::vector<Context> m_stack;
    std::unordered_map<std::string, YAML::anchor_t> m_anchors;
    bool m_started = false;
    bool m_pending = false;
    bool m_pendingIsMapValue = false;
    int m_pendingLine = 0;
    int m_pendingIndent = 0;
    YAML::anchor_t m_pendingAnchor = YAML::NullAnchor;
    int m_blockScalarIndent = -1;
    int m_blockContentIndent = -1;
    int m_blockLeadingBlank = 0;
    int m_afterScalarIndent = -1;
};

} // namespace

bool readBlockYaml(std::string_view text, YAML::EventHandler &handler)
{
    return Reader(text, handler).run();
}

} // namespace ReleaseDeck
