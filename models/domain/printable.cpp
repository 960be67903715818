#include "printable.h"

#include <QDir>
#include <QList>

namespace ReleaseDeck {

namespace {

bool isHidden(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line
           || cat == QChar::Separator_Paragraph || cat == QChar::Other_Surrogate || cat == QChar::Other_NotAssigned;
}

// What breaks a line or reorders the text around it.
bool isControl(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    if (cat == QChar::Other_Control || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph
        || cat == QChar::Other_Surrogate)
        return true;
    // Arabic letter mark, left-to-right and right-to-left marks, embeddings,
    // overrides and isolates.
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

template<typename Escaped>
bool holds(const QString &text, Escaped escaped)
{
    for (const char32_t c : text.toUcs4()) {
        if (escaped(c))
            return true;
    }
    return false;
}

template<typename Escaped>
QString escape(const QString &text, qsizetype maxChars, Escaped escaped)
{
    QString out;
    qsizetype shown = 0;
    for (const char32_t c : text.toUcs4()) {
        if (++shown > maxChars) {
            out += QLatin1String("...");
            break;
        }
        if (c < 0x100 && escaped(c))
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (escaped(c))
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace

bool hasHiddenCharacters(const QString &text)
{
    return holds(text, isHidden);
}

QString printableName(const QString &name, qsizetype maxChars)
{
    return escape(name, maxChars, isHidden);
}

bool hasControlCharacters(const QString &text)
{
    return holds(text, isControl);
}

QString printableLine(const QString &text, qsizetype maxChars)
{
    return escape(text, maxChars, isControl);
}

QString printablePath(const QString &path)
{
    return printableLine(QDir::toNativeSeparators(path), 1000);
}

} // namespace ReleaseDeck
