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

} // namespace

bool hasHiddenCharacters(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isHidden(c))
            return true;
    }
    return false;
}

QString printableName(const QString &name, qsizetype maxChars)
{
    QString out;
    qsizetype shown = 0;
    for (const char32_t c : name.toUcs4()) {
        if (++shown > maxChars) {
            out += QLatin1String("...");
            break;
        }
        if (c < 0x100 && isHidden(c))
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (isHidden(c))
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString printablePath(const QString &path)
{
    return printableName(QDir::toNativeSeparators(path), 1000);
}

} // namespace ReleaseDeck
