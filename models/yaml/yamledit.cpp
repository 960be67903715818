#include "yamledit.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace ReleaseDeck::YamlEdit {

namespace {

struct Located
{
    YAML::Node node;
    YAML::Mark mark;
    bool flowParent = false;
};

QString where(const QString &fileName, const YAML::Mark &m)
{
    return QStringLiteral("%1:%2:%3: ").arg(fileName).arg(m.line + 1).arg(m.column + 1);
}

// Follows the path without creating anything (operator[] on a non-const
// node would).
std::optional<Located> locate(const YAML::Node &root, const QStringList &path, const QString &fileName, QString *error)
{
    YAML::Node node = root;
    bool flowParent = false;
    QStringList walked;
    for (const QString &step : path) {
        const YAML::Node parent = node;
        YAML::Node next;
        bool found = false;
        if (parent.IsMap()) {
            for (auto it = parent.begin(); it != parent.end() && !found; ++it) {
                if (it->first.IsScalar() && QString::fromStdString(it->first.Scalar()) == step) {
                    next.reset(it->second);
                    found = true;
                }
            }
        } else if (parent.IsSequence()) {
            bool ok = false;
            const int index = step.toInt(&ok);
            if (ok && index >= 0 && std::size_t(index) < parent.size()) {
                next.reset(parent[std::size_t(index)]);
                found = true;
            }
        }
        walked.append(step);
        if (!found) {
            *error = where(fileName, parent.Mark()) + QStringLiteral("no '%1' here").arg(walked.join(QLatin1Char('.')));
            return std::nullopt;
        }
        flowParent = parent.Style() == YAML::EmitterStyle::Flow;
        node.reset(next); // rebinds; operator= would overwrite the tree
    }
    if (!node.IsScalar()) {
        *error = where(fileName, node.Mark()) + QStringLiteral("'%1' is not a single value").arg(path.join(QLatin1Char('.')));
        return std::nullopt;
    }
    return Located{node, node.Mark(), flowParent};
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// The scalar's text as written: [begin, end) and its style ('"', '\'' or
// 0 for plain), past any anchor or tag before it.
bool extent(const std::string &text, std::size_t pos, bool flow, std::size_t *begin, std::size_t *end, char *style,
            QString *why)
{
    std::size_t p = pos;
    // Properties: &anchor and !tag, each followed by spaces.
    while (p < text.size() && (text[p] == '&' || text[p] == '!')) {
        while (p < text.size() && !isSpace(text[p]) && text[p] != '\n')
            ++p;
        while (p < text.size() && isSpace(text[p]))
            ++p;
    }
    if (p >= text.size()) {
        *why = QStringLiteral("the value is not where the parser says");
        return false;
    }
    const char c = text[p];
    *begin = p;
    if (c == '|' || c == '>') {
        *why = QStringLiteral("a block scalar (| or >) is not edited");
        return false;
    }
    if (c == '"') {
        std::size_t q = p + 1;
        while (q < text.size() && text[q] != '"' && text[q] != '\n')
            q += text[q] == '\\' ? 2 : 1;
        if (q >= text.size() || text[q] != '"') {
            *why = QStringLiteral("a quoted value that spans lines is not edited");
            return false;
        }
        *end = q + 1;
        *style = '"';
        return true;
    }
    if (c == '\'') {
        std::size_t q = p + 1;
        while (q < text.size() && text[q] != '\n') {
            if (text[q] == '\'') {
                if (q + 1 < text.size() && text[q + 1] == '\'') {
                    q += 2;
                    continue;
                }
                break;
            }
            ++q;
        }
        if (q >= text.size() || text[q] != '\'') {
            *why = QStringLiteral("a quoted value that spans lines is not edited");
            return false;
        }
        *end = q + 1;
        *style = '\'';
        return true;
    }
    // Plain: to the end of the line, a comment, or in flow style the next
    // indicator; trailing spaces are not part of it.
    std::size_t q = p;
    while (q < text.size() && text[q] != '\n' && text[q] != '\r') {
        if (text[q] == '#' && q > p && isSpace(text[q - 1]))
            break;
        if (flow && (text[q] == ',' || text[q] == ']' || text[q] == '}'))
            break;
        ++q;
    }
    while (q > p && isSpace(text[q - 1]))
        --q;
    *end = q;
    *style = 0;
    return true;
}

// The value a quoted or plain scalar's text stands for, for the one-line
// forms extent() accepts.
QString decode(const std::string &raw, char style)
{
    if (style == 0)
        return QString::fromStdString(raw);
    const std::string inner = raw.substr(1, raw.size() - 2);
    if (style == '\'') {
        QString s = QString::fromStdString(inner);
        return s.replace(QLatin1String("''"), QLatin1String("'"));
    }
    std::string out;
    for (std::size_t i = 0; i < inner.size(); ++i) {
        if (inner[i] != '\\' || i + 1 >= inner.size()) {
            out += inner[i];
            continue;
        }
        const char e = inner[++i];
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '\\': out += '\\'; break;
        case '"': out += '"'; break;
        case '/': out += '/'; break;
        case ' ': out += ' '; break;
        case '0': out += '\0'; break;
        default: return QString(); // left to the parser's word: compared below
        }
    }
    return QString::fromStdString(out);
}

// What YAML 1.1 or 1.2 would read as a number, a boolean or null rather
// than text, as Helm's parser does.
bool readsAsNonText(const QString &v)
{
    static const QRegularExpression nonText(QStringLiteral(
        "^(?:"
        "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|~|null|Null|NULL"
        "|[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)"
        "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
        "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        ")$"));
    return nonText.match(v).hasMatch();
}

bool plainIsSafe(const QString &v)
{
    if (v.isEmpty() || v.front().isSpace() || v.back().isSpace() || readsAsNonText(v))
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(v.front()))
        return false;
    if (v.contains(QLatin1String(": ")) || v.contains(QLatin1String(" #")) || v.endsWith(QLatin1Char(':')))
        return false;
    for (QChar c : v) {
        if (c.unicode() < 0x20 || c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('{') || c == QLatin1Char('}'))
            return false;
    }
    return true;
}

} // namespace

QString formatScalar(const QString &value, char style)
{
    if (style == 0 && plainIsSafe(value))
        return value;
    if (style == '\'' && !value.contains(QLatin1Char('\n'))) {
        QString v = value;
        return QLatin1Char('\'') + v.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    }
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

std::optional<QByteArray> apply(const QByteArray &text, const QList<Edit> &edits, const QString &fileName,
                                QString *error)
{
    const std::string source = text.toStdString();
    YAML::Node root;
    try {
        root = YAML::Load(source);
    } catch (const YAML::Exception &e) {
        *error = where(fileName, e.mark) + QString::fromStdString(e.msg);
        return std::nullopt;
    }
    struct Splice
    {
        std::size_t begin;
        std::size_t end;
        std::string text;
        const Edit *edit;
    };
    std::vector<Splice> splices;
    for (const Edit &edit : edits) {
        const auto located = locate(root, edit.path, fileName, error);
        if (!located)
            return std::nullopt;
        std::size_t begin = 0, end = 0;
        char style = 0;
        QString why;
        if (!extent(source, std::size_t(located->mark.pos), located->flowParent, &begin, &end, &style, &why)) {
            *error = where(fileName, located->mark) + why;
            return std::nullopt;
        }
        // What is written there must be what the parser read, or the
        // splice would be in the wrong place (a plain value continued on
        // the next line, an escape not decoded here).
        if (decode(source.substr(begin, end - begin), style) != QString::fromStdString(located->node.Scalar())) {
            *error = where(fileName, located->mark)
                     + QStringLiteral("'%1' is not a one-line value as written").arg(edit.path.join(QLatin1Char('.')));
            return std::nullopt;
        }
        splices.push_back({begin, end, formatScalar(edit.value, style).toStdString(), &edit});
    }
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) { return a.begin > b.begin; });
    for (std::size_t i = 1; i < splices.size(); ++i) {
        if (splices[i].begin == splices[i - 1].begin && splices[i].text != splices[i - 1].text) {
            *error = QStringLiteral("%1: two edits of one value disagree ('%2')")
                         .arg(fileName, splices[i].edit->path.join(QLatin1Char('.')));
            return std::nullopt;
        }
    }
    std::string out = source;
    std::size_t last = std::string::npos;
    for (const Splice &s : splices) {
        if (s.begin == last)
            continue; // the same value reached twice (through an alias)
        out.replace(s.begin, s.end - s.begin, s.text);
        last = s.begin;
    }
    // Read back: every edited value holds its new text.
    YAML::Node again;
    try {
        again = YAML::Load(out);
    } catch (const YAML::Exception &e) {
        *error = where(fileName, e.mark) + QStringLiteral("the edit would break the file: %1").arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    for (const Edit &edit : edits) {
        QString ignored;
        const auto located = locate(again, edit.path, fileName, &ignored);
        if (!located || QString::fromStdString(located->node.Scalar()) != edit.value) {
            *error = QStringLiteral("%1: '%2' does not read back as '%3' after the edit")
                         .arg(fileName, edit.path.join(QLatin1Char('.')), edit.value);
            return std::nullopt;
        }
    }
    return QByteArray::fromStdString(out);
}

} // namespace ReleaseDeck::YamlEdit
