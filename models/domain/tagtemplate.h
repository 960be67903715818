#pragma once

#include "version.h"

#include <QString>

#include <optional>

namespace ReleaseDeck {

// A tag naming scheme such as "{version}", "v{version}" or
// "openhands/{version}", read in both directions.
class TagTemplate
{
public:
    TagTemplate() = default;
    explicit TagTemplate(const QString &pattern);

    // Checks that the pattern holds "{version}" exactly once.
    static bool isValidPattern(const QString &pattern, QString *error = nullptr);

    QString pattern() const { return m_prefix + QLatin1String("{version}") + m_suffix; }
    bool isValid() const { return m_valid; }

    // The version text a tag name carries, if the name fits the pattern and
    // the text between prefix and suffix is a SemVer version.
    std::optional<Version> match(const QString &tagName) const;
    // The text between prefix and suffix, without parsing it.
    std::optional<QString> versionText(const QString &tagName) const;
    QString format(const Version &version) const;

private:
    QString m_prefix;
    QString m_suffix;
    bool m_valid = false;
};

} // namespace ReleaseDeck
