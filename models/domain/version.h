#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDeck {

// A SemVer 2.0 version with ReleaseDeck's chart-fix convention on top.
//
// Strict SemVer treats "0.73.0-fix1" as a pre-release of 0.73.0 and sorts it
// first; Helm hides it without --devel. ReleaseDeck's release order puts a
// chart-only fix after the release it fixes:
//   0.73.0-rc1 < 0.73.0 < 0.73.0-fix1 < 0.73.0-fix2 < 0.73.1
class Version
{
public:
    Version() = default;

    // Parses strict SemVer 2.0 text. On failure returns nullopt and, when
    // error is given, a short reason ("leading zero in minor version").
    static std::optional<Version> parse(const QString &text, QString *error = nullptr);

    quint64 major() const { return m_major; }
    quint64 minor() const { return m_minor; }
    quint64 patch() const { return m_patch; }
    const QStringList &preRelease() const { return m_preRelease; }
    const QStringList &build() const { return m_build; }

    bool isNull() const { return !m_valid; }
    // A chart-only fix: exactly one pre-release identifier "fixN", N >= 1.
    bool isFix() const { return fixNumber() > 0; }
    qint64 fixNumber() const; // 0 when not a fix
    // X.Y.Z or X.Y.Z-fixN: a version that names a release of the train.
    bool isRelease() const { return m_preRelease.isEmpty() || isFix(); }
    // Helm lists pre-releases (fixes included) only with --devel.
    bool hiddenByHelm() const { return !m_preRelease.isEmpty(); }

    Version withoutFix() const;
    Version withFix(int n) const;

    QString toString() const;

    // Release order (fix convention). Build metadata is ignored.
    static int compare(const Version &a, const Version &b);
    // SemVer 2.0 §11 precedence, as Helm and other consumers see it.
    static int compareStrict(const Version &a, const Version &b);
    // True when the two orders disagree on this pair: a consumer using strict
    // SemVer will sort them the other way round.
    static bool strictOrderDiffers(const Version &a, const Version &b);

    friend bool operator==(const Version &a, const Version &b) { return compare(a, b) == 0; }
    friend bool operator<(const Version &a, const Version &b) { return compare(a, b) < 0; }

private:
    quint64 m_major = 0;
    quint64 m_minor = 0;
    quint64 m_patch = 0;
    QStringList m_preRelease;
    QStringList m_build;
    bool m_valid = false;
};

} // namespace ReleaseDeck
