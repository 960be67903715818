#include "workspace.h"

#include "printable.h"

#include <QRegularExpression>
#include <QUrl>

namespace ReleaseDeck {

QString SourceLocation::toString() const
{
    // A line break in a path would split a one-line message.
    const QString shown = printableLine(file, 1000);
    if (line <= 0)
        return shown;
    return QStringLiteral("%1:%2:%3").arg(shown).arg(line).arg(column);
}

QString Problem::toString() const
{
    const QString at = where.toString();
    return at.isEmpty() ? message : at + QLatin1String(": ") + message;
}

bool Component::buildsImage(const QString &repository) const
{
    return kind == Kind::Image && (repository == image || aliases.contains(repository));
}

bool Component::isChartNamed(const QString &name) const
{
    return kind == Kind::Chart && (name == chart || aliases.contains(name));
}

const RepoConfig *Workspace::repo(const QString &id) const
{
    for (const RepoConfig &r : repos) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const Component *Workspace::component(const QString &id) const
{
    for (const Component &c : components) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Component *Workspace::imageComponentFor(const QString &repository) const
{
    for (const Component &c : components) {
        if (c.buildsImage(repository))
            return &c;
    }
    return nullptr;
}

QPair<QString, QString> splitRepositoryName(const QString &name)
{
    const int slash = name.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString first = name.left(slash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost"))
            return {first, name.mid(slash + 1)};
    }
    return {QStringLiteral("docker.io"), name};
}

RegistryLocation Workspace::locate(const QString &repositoryName) const
{
    const auto [host, path] = splitRepositoryName(repositoryName);
    for (const RegistryConfig &r : registries) {
        if (r.host.compare(host, Qt::CaseInsensitive) == 0)
            return {&r, path};
    }
    return {nullptr, path};
}

namespace {

QString variableFor(const QString &id, const char *suffix)
{
    QString name = QStringLiteral("RELEASEDECK_REGISTRY_");
    for (QChar c : id)
        name += c.isLetterOrNumber() && c.unicode() < 128 ? c.toUpper() : QLatin1Char('_');
    return name + QLatin1Char('_') + QLatin1String(suffix);
}

} // namespace

QString RegistryConfig::userVariable() const
{
    return variableFor(id, "USER");
}

QString RegistryConfig::passwordVariable() const
{
    return variableFor(id, "PASSWORD");
}

bool FreezeWindow::contains(const QDateTime &at) const
{
    const QDate day = at.toUTC().date();
    return day >= from && day <= to;
}

const FreezeWindow *Workspace::freezeAt(const QDateTime &at) const
{
    for (const FreezeWindow &f : freezes) {
        if (f.contains(at))
            return &f;
    }
    return nullptr;
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost") || h == QLatin1String("::1") || h == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    const QStringList parts = h.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127"))
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 0 || n > 255 || p.size() > 3)
            return false;
    }
    return true;
}

QString remoteUrlProblem(const QString &url, bool insecure)
{
    if (!url.contains(QLatin1String("://")))
        return {}; // a path, or scp-like user@host:path (ssh)
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return QStringLiteral("'%1' is not a URL").arg(url);
    if (!parsed.password().isEmpty())
        return QStringLiteral("%1 holds a password; put the token in the keychain or in RELEASEDECK_GIT_TOKEN")
            .arg(parsed.toString(QUrl::RemovePassword));
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("http") && !insecure && !isLoopbackHost(parsed.host()))
        return QStringLiteral("%1 is plain HTTP to a host that is not loopback, which would send the login in clear text; "
                              "use https://, or mark the repository 'insecure: true' (then no login is sent)")
            .arg(parsed.toString(QUrl::RemoveUserInfo));
    return {};
}

bool Component::isIndependentAt(const QString &version) const
{
    if (isIndependent())
        return true;
    if (!unifiedFrom)
        return false;
    const auto v = Version::parse(version);
    return !v || Version::compare(*v, *unifiedFrom) < 0;
}

QString workflowGlobProblem(const QString &glob)
{
    if (glob.isEmpty())
        return QStringLiteral("is empty");
    if (glob.startsWith(u'/') || glob.contains(u'\\'))
        return QStringLiteral("must be a path from the repository root with '/' between folders");
    for (QChar ch : glob) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return QStringLiteral("holds a control character");
    }
    const QStringList parts = glob.split(u'/');
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return QStringLiteral("has an empty, '.' or '..' folder");
        const bool wild = part.contains(u'*') || part.contains(u'?') || part.contains(u'[');
        if (wild && i + 1 < parts.size())
            return QStringLiteral("wildcards belong in the file name only, as in .github/workflows/*.yml");
        if (wild && !QRegularExpression(QRegularExpression::wildcardToRegularExpression(part)).isValid())
            return QStringLiteral("is not a valid wildcard pattern (an unclosed '[')");
    }
    return QString();
}

} // namespace ReleaseDeck
