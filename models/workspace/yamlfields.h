#pragma once

// Reading the fields of a YAML file written by a person: each bad field is
// a problem with its line and column, and reading goes on.

#include "domain/printable.h"
#include "domain/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace ReleaseDeck {

class YamlFields
{
public:
    YamlFields(const QString &file, QList<Problem> &problems)
        : m_file(file)
        , m_problems(problems)
    {}

    SourceLocation at(const YAML::Node &node) const
    {
        if (!node.IsDefined())
            return {m_file, 0, 0}; // a missing key: callers point at its parent instead
        const YAML::Mark m = node.Mark();
        if (m.is_null())
            return {m_file, 0, 0};
        return {m_file, m.line + 1, m.column + 1};
    }

    // One line: a key or a path with a line break in it is shown escaped.
    void problem(const YAML::Node &node, const QString &message)
    {
        m_problems.append({at(node), hasControlCharacters(message) ? printableLine(message) : message});
    }

    // A scalar as text; reports and returns false for maps and sequences.
    bool text(const YAML::Node &node, const QString &key, QString *out)
    {
        if (!node.IsScalar()) {
            problem(node, QStringLiteral("'%1' must be a text value").arg(key));
            return false;
        }
        *out = QString::fromStdString(node.Scalar());
        return true;
    }

    bool textList(const YAML::Node &node, const QString &key, QStringList *out)
    {
        if (node.IsScalar()) {
            *out = {QString::fromStdString(node.Scalar())};
            return true;
        }
        if (!node.IsSequence()) {
            problem(node, QStringLiteral("'%1' must be a text value or a list of them").arg(key));
            return false;
        }
        QStringList list;
        for (const YAML::Node &item : node) {
            QString s;
            if (!text(item, key, &s))
                return false;
            list.append(s);
        }
        *out = list;
        return true;
    }

    QString absolutePath(const QString &path) const
    {
        return QDir::cleanPath(QFileInfo(m_file).absoluteDir().absoluteFilePath(path));
    }

    // policy.support (docs/support.md): whole numbers in their ranges, and
    // either securityLines or securityMonths.
    void supportPolicy(const YAML::Node &node, SupportPolicy *out)
    {
        if (!node.IsMap()) {
            problem(node, QStringLiteral("'support' must be a mapping"));
            return;
        }
        checkKeys(node, {QStringLiteral("securityLines"), QStringLiteral("securityMonths"), QStringLiteral("lts"),
                         QStringLiteral("cadenceDays")},
                  QStringLiteral("policy.support"));
        if (node["securityLines"] && node["securityMonths"]) {
            problem(node["securityMonths"], QStringLiteral("give securityLines or securityMonths, not both"));
            return;
        }
        whole(node, "securityLines", 0, 100, &out->securityLines);
        whole(node, "securityMonths", 1, 120, &out->securityMonths);
        whole(node, "cadenceDays", 1, 366, &out->cadenceDays);
        if (const YAML::Node lts = node["lts"]) {
            if (!lts.IsMap() || !lts["everyMonths"] || !lts["months"]) {
                problem(lts, QStringLiteral("'lts' must be a mapping with everyMonths and months"));
                return;
            }
            checkKeys(lts, {QStringLiteral("everyMonths"), QStringLiteral("months")}, QStringLiteral("policy.support.lts"));
            whole(lts, "everyMonths", 1, 24, &out->ltsEveryMonths);
            whole(lts, "months", 1, 120, &out->ltsMonths);
        }
    }

    // A whole number from min to max under `key`, when it is there.
    void whole(const YAML::Node &map, const char *key, int min, int max, int *out)
    {
        const YAML::Node node = map[key];
        if (!node)
            return;
        QString value;
        if (!text(node, QLatin1String(key), &value))
            return;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < min || n > max) {
            problem(node, QStringLiteral("'%1' must be a whole number from %2 to %3, not '%4'")
                              .arg(QLatin1String(key)).arg(min).arg(max).arg(printableName(value)));
            return;
        }
        *out = n;
    }

    // A component's `versioning` and `unifiedFrom`; false after a problem.
    bool versioningFields(const YAML::Node &node, Component *c)
    {
        if (node["versioning"]) {
            QString versioning;
            if (!text(node["versioning"], QStringLiteral("versioning"), &versioning))
                return false;
            c->versioningAt = at(node["versioning"]);
            if (versioning == QLatin1String("independent")) {
                c->versioning = Component::Versioning::Independent;
            } else if (versioning != QLatin1String("unified")) {
                problem(node["versioning"], QStringLiteral("component '%1': versioning must be 'unified' or 'independent', not '%2'")
                                                .arg(c->id, printableName(versioning)));
                return false;
            }
        }
        if (node["unifiedFrom"]) {
            QString from, why;
            if (!text(node["unifiedFrom"], QStringLiteral("unifiedFrom"), &from))
                return false;
            c->unifiedFrom = Version::parse(from, &why);
            if (!c->unifiedFrom || c->isIndependent()) {
                problem(node["unifiedFrom"], c->unifiedFrom
                                                 ? QStringLiteral("component '%1': unifiedFrom goes with 'versioning: unified'").arg(c->id)
                                                 : QStringLiteral("component '%1': unifiedFrom: %2").arg(c->id, why));
                return false;
            }
        }
        return true;
    }

    // Reports each unknown key; false when there was one.
    bool checkKeys(const YAML::Node &map, const QSet<QString> &known, const QString &what)
    {
        bool allKnown = true;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = QString::fromStdString(it->first.as<std::string>(""));
            if (!known.contains(key)) {
                problem(it->first, QStringLiteral("unknown key '%1' in %2").arg(key, what));
                allKnown = false;
            }
        }
        return allKnown;
    }

    // `insecure: true|false` (or another key's), nothing else.
    bool flag(const YAML::Node &node, const QString &owner, bool *out, const QString &key = QStringLiteral("insecure"))
    {
        QString value;
        if (!text(node, key, &value))
            return false;
        if (value != QLatin1String("true") && value != QLatin1String("false")) {
            problem(node, QStringLiteral("%1: %2 must be true or false, not '%3'").arg(owner, key, printableName(value)));
            return false;
        }
        *out = value == QLatin1String("true");
        return true;
    }

protected:
    QString m_file;
    QList<Problem> &m_problems;
};

// Values that name something outside the file, checked in words: the
// problem, or empty when there is none.

// What registries and container tools take for host/path together.
inline constexpr int kMaxRepositoryName = 255;

// Why an OCI repository name (ghcr.io/org/chart) is not one a registry
// takes, in words; empty when it is. Its path follows the OCI distribution
// spec's grammar, [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*,
// which also keeps it a plain relative path when a layout registry makes a
// folder of it: no '..', no leading '/', no backslash.
inline QString repositoryNameProblem(const QString &name)
{
    const auto [host, path] = splitRepositoryName(name);
    // Docker's reference grammar for the host: DNS labels or [IPv6], a port.
    static const QRegularExpression hostName(QStringLiteral(
        "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+\\])"
        "(?::[0-9]{1,5})?$"));
    if (!hostName.match(host).hasMatch())
        return QStringLiteral("'%1' is not a registry host such as ghcr.io or localhost:5000").arg(printableName(host));
    static const QRegularExpression grammar(
        QStringLiteral("^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*$"));
    if (!grammar.match(path).hasMatch()) {
        static const QRegularExpression otherCharacter(QStringLiteral("[^a-z0-9._/-]"));
        const QStringList parts = path.split(QLatin1Char('/'));
        QString why;
        if (path.contains(QLatin1Char('\\')))
            why = QStringLiteral("holds a backslash");
        else if (parts.contains(QString()))
            why = QStringLiteral("has an empty part");
        else if (parts.contains(QStringLiteral(".")) || parts.contains(QStringLiteral("..")))
            why = QStringLiteral("has a '.' or '..' part");
        else if (path != path.toLower())
            why = QStringLiteral("has upper-case letters");
        else if (path.contains(otherCharacter))
            why = QStringLiteral("has a character other than lower-case letters, digits, '.', '_', '-' and '/'");
        else
            why = QStringLiteral("has a part that starts or ends with a separator, or joins with another than "
                                 "'.', '_', '__' or dashes");
        return QStringLiteral("the repository path '%1' %2; a repository path is lower-case letters and digits in parts "
                              "split by '/', each joined inside only by '.', '_', '__' or dashes")
            .arg(printableName(path), why);
    }
    if (name.size() > kMaxRepositoryName)
        return QStringLiteral("longer than the %1 characters registries take").arg(kMaxRepositoryName);
    return {};
}

// Why a registry `url:` is not https://host or http://host, in words;
// empty when it is. A login is never repeated: a value holding an '@'
// that does not parse as a URL with a login may hold one anywhere (a
// password with '/' or ':' upsets every parse), so it is not shown at all.
inline QString registryUrlProblem(const RegistryConfig &r)
{
    const QString &text = r.url;
    const QString keychain = QStringLiteral("put it in the keychain or in %1 and %2").arg(r.userVariable(), r.passwordVariable());
    if (text.trimmed().isEmpty())
        return QStringLiteral("url is empty; write https://host or http://host");
    const QUrl url(text, QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (text.contains(QLatin1Char('@'))) {
        // Logins live in the keychain or the environment, never here.
        if (url.isValid() && web && !url.host().isEmpty() && !url.userInfo().isEmpty())
            return QStringLiteral("url %1 holds a login; %2").arg(url.toString(QUrl::RemoveUserInfo), keychain);
        if (!url.isValid() || !web || url.host().isEmpty() || !url.userInfo().isEmpty())
            return QStringLiteral("url holds a login; %1, and write the url as https://host").arg(keychain);
    }
    const QString shown = printableName(text);
    const qsizetype sep = text.indexOf(QLatin1String("://"));
    if (sep < 0) {
        static const QRegularExpression hostLike(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+$"));
        return hostLike.match(text).hasMatch()
                   ? QStringLiteral("url '%1' has no scheme; write https://%1 (or http:// for a registry on loopback)").arg(shown)
                   : QStringLiteral("url '%1' has no scheme; write https://host or http://host").arg(shown);
    }
    const QString scheme = text.left(sep).toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QStringLiteral("url must be https://host or http://host, not '%1'").arg(shown);
    static const QRegularExpression authorityEnd(QStringLiteral("[/?#]"));
    const QString rest = text.mid(sep + 3);
    const QString authority = rest.left(rest.indexOf(authorityEnd) < 0 ? rest.size() : rest.indexOf(authorityEnd));
    if (authority.isEmpty())
        return QStringLiteral("url '%1' names no host; write https://host or http://host").arg(shown);
    if (url.isValid() && !url.host().isEmpty())
        return {};
    // Which part is wrong: the port, the host, or what follows them.
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && !authority.endsWith(QLatin1Char(']'))) {
        bool ok = false;
        const int port = authority.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return QStringLiteral("url '%1' has a port that is not a number from 1 to 65535").arg(shown);
    }
    const QUrl hostOnly(QStringLiteral("https://") + authority, QUrl::StrictMode);
    if (!hostOnly.isValid() || hostOnly.host().isEmpty())
        return QStringLiteral("url '%1' has a host name with characters a host name cannot hold").arg(shown);
    return QStringLiteral("url '%1' is not a valid URL after its host (a space, or a '%' not followed by two hex digits)")
        .arg(shown);
}

} // namespace ReleaseDeck
