#include "tagtemplate.h"

namespace ReleaseDeck {

namespace {
const QLatin1String kPlaceholder("{version}");
}

TagTemplate::TagTemplate(const QString &pattern)
{
    m_valid = isValidPattern(pattern);
    if (!m_valid)
        return;
    const qsizetype at = pattern.indexOf(kPlaceholder);
    m_prefix = pattern.left(at);
    m_suffix = pattern.mid(at + kPlaceholder.size());
}

bool TagTemplate::isValidPattern(const QString &pattern, QString *error)
{
    const qsizetype count = pattern.count(kPlaceholder);
    if (count != 1) {
        if (error) {
            *error = count == 0
                         ? QStringLiteral("tag template \"%1\" has no {version}").arg(pattern)
                         : QStringLiteral("tag template \"%1\" has {version} more than once").arg(pattern);
        }
        return false;
    }
    return true;
}

std::optional<QString> TagTemplate::versionText(const QString &tagName) const
{
    if (!m_valid || tagName.size() <= m_prefix.size() + m_suffix.size())
        return std::nullopt;
    if (!tagName.startsWith(m_prefix) || !tagName.endsWith(m_suffix))
        return std::nullopt;
    return tagName.mid(m_prefix.size(), tagName.size() - m_prefix.size() - m_suffix.size());
}

std::optional<Version> TagTemplate::match(const QString &tagName) const
{
    const auto text = versionText(tagName);
    if (!text)
        return std::nullopt;
    return Version::parse(*text);
}

QString TagTemplate::format(const Version &version) const
{
    return m_prefix + version.toString() + m_suffix;
}

} // namespace ReleaseDeck
