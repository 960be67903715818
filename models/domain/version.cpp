#include "version.h"

#include <charconv>

namespace ReleaseDeck {

namespace {

bool isIdentifierChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
           || c == u'-';
}

bool isNumeric(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool parseNumber(const QString &s, const char *what, quint64 *out, QString *error)
{
    if (s.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty %1 version").arg(QLatin1String(what));
        return false;
    }
    if (!isNumeric(s)) {
        if (error)
            *error = QStringLiteral("%1 version \"%2\" is not a number").arg(QLatin1String(what), s);
        return false;
    }
    if (s.size() > 1 && s.front() == u'0') {
        if (error)
            *error = QStringLiteral("leading zero in %1 version").arg(QLatin1String(what));
        return false;
    }
    bool ok = false;
    *out = s.toULongLong(&ok);
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1 version is too large").arg(QLatin1String(what));
        return false;
    }
    return true;
}

bool parseIdentifiers(const QString &s, bool checkLeadingZero, const char *what, QStringList *out,
                      QString *error)
{
    const QStringList parts = s.split(u'.');
    for (const QString &part : parts) {
        if (part.isEmpty()) {
            if (error)
                *error = QStringLiteral("empty %1 identifier").arg(QLatin1String(what));
            return false;
        }
        for (QChar c : part) {
            if (!isIdentifierChar(c)) {
                if (error)
                    *error = QStringLiteral("invalid character '%1' in %2")
                                 .arg(c)
                                 .arg(QLatin1String(what));
                return false;
            }
        }
        if (checkLeadingZero && part.size() > 1 && part.front() == u'0' && isNumeric(part)) {
            if (error)
                *error = QStringLiteral("leading zero in numeric %1 identifier \"%2\"")
                             .arg(QLatin1String(what), part);
            return false;
        }
    }
    *out = parts;
    return true;
}

int compareIdentifiers(const QStringList &a, const QStringList &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const bool an = isNumeric(a[i]);
        const bool bn = isNumeric(b[i]);
        if (an && bn) {
            // Compare numerically without overflow: longer is larger (no leading zeros).
            if (a[i].size() != b[i].size())
                return a[i].size() < b[i].size() ? -1 : 1;
            const int c = a[i].compare(b[i]);
            if (c != 0)
                return c < 0 ? -1 : 1;
        } else if (an != bn) {
            return an ? -1 : 1; // numeric identifiers sort before alphanumeric ones
        } else {
            const int c = a[i].compare(b[i]); // ASCII order
            if (c != 0)
                return c < 0 ? -1 : 1;
        }
    }
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return 0;
}

int compareCore(const Version &a, const Version &b)
{
    if (a.major() != b.major())
        return a.major() < b.major() ? -1 : 1;
    if (a.minor() != b.minor())
        return a.minor() < b.minor() ? -1 : 1;
    if (a.patch() != b.patch())
        return a.patch() < b.patch() ? -1 : 1;
    return 0;
}

} // namespace

std::optional<Version> Version::parse(const QString &text, QString *error)
{
    if (text.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty version");
        return std::nullopt;
    }
    QString rest = text;
    Version v;
    const qsizetype plus = rest.indexOf(u'+');
    if (plus >= 0) {
        if (!parseIdentifiers(rest.mid(plus + 1), false, "build metadata", &v.m_build, error))
            return std::nullopt;
        rest.truncate(plus);
    }
    const qsizetype dash = rest.indexOf(u'-');
    if (dash >= 0) {
        if (!parseIdentifiers(rest.mid(dash + 1), true, "pre-release", &v.m_preRelease, error))
            return std::nullopt;
        rest.truncate(dash);
    }
    const QStringList core = rest.split(u'.');
    if (core.size() != 3) {
        if (error)
            *error = QStringLiteral("expected MAJOR.MINOR.PATCH, got \"%1\"").arg(rest);
        return std::nullopt;
    }
    if (!parseNumber(core[0], "major", &v.m_major, error)
        || !parseNumber(core[1], "minor", &v.m_minor, error)
        || !parseNumber(core[2], "patch", &v.m_patch, error)) {
        return std::nullopt;
    }
    v.m_valid = true;
    return v;
}

qint64 Version::fixNumber() const
{
    if (m_preRelease.size() != 1)
        return 0;
    const QString &id = m_preRelease.front();
    if (id.size() < 4 || !id.startsWith(QLatin1String("fix")))
        return 0;
    const QString digits = id.mid(3);
    if (!isNumeric(digits) || digits.front() == u'0')
        return 0;
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok ? n : 0;
}

Version Version::withoutFix() const
{
    Version v = *this;
    if (isFix())
        v.m_preRelease.clear();
    v.m_build.clear();
    return v;
}

Version Version::withFix(int n) const
{
    Version v = withoutFix();
    v.m_preRelease = {QStringLiteral("fix%1").arg(n)};
    return v;
}

QString Version::toString() const
{
    // Called for every version a scan compares or shows: no QString::arg().
    char core[3 * 20 + 2];
    char *end = core + sizeof core;
    char *p = std::to_chars(core, end, m_major).ptr;
    *p++ = '.';
    p = std::to_chars(p, end, m_minor).ptr;
    *p++ = '.';
    p = std::to_chars(p, end, m_patch).ptr;
    QString s = QString::fromLatin1(core, p - core);
    if (!m_preRelease.isEmpty())
        s += u'-' + m_preRelease.join(u'.');
    if (!m_build.isEmpty())
        s += u'+' + m_build.join(u'.');
    return s;
}

int Version::compareStrict(const Version &a, const Version &b)
{
    if (const int c = compareCore(a, b))
        return c;
    const bool ap = !a.m_preRelease.isEmpty();
    const bool bp = !b.m_preRelease.isEmpty();
    if (ap != bp)
        return ap ? -1 : 1; // a pre-release sorts before its release
    return compareIdentifiers(a.m_preRelease, b.m_preRelease);
}

int Version::compare(const Version &a, const Version &b)
{
    if (const int c = compareCore(a, b))
        return c;
    // Rank within one X.Y.Z: real pre-releases, then the release, then fixes.
    auto rank = [](const Version &v) { return v.isFix() ? 2 : (v.m_preRelease.isEmpty() ? 1 : 0); };
    const int ra = rank(a);
    const int rb = rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    if (ra == 2) {
        const qint64 fa = a.fixNumber();
        const qint64 fb = b.fixNumber();
        return fa == fb ? 0 : (fa < fb ? -1 : 1);
    }
    return compareIdentifiers(a.m_preRelease, b.m_preRelease);
}

bool Version::strictOrderDiffers(const Version &a, const Version &b)
{
    const int ours = compare(a, b);
    const int strict = compareStrict(a, b);
    return ours != strict;
}

} // namespace ReleaseDeck
