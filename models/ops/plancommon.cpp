#include "plancommon.h"

#include "registry/httpregistry.h"
#include "workspace/manifestfile.h"
#include "domain/releasetrain.h"
#include "domain/publishes.h"
#include "registry/ocilayout.h"

#include <QDir>

#include <vector>

namespace ReleaseDeck {

RegistryOpener::RegistryOpener(const Workspace &workspace, const QHash<QString, RegistryLogin> &loginsByHost)
    : m_workspace(workspace)
    , m_logins(loginsByHost)
{}

RegistryOpener::~RegistryOpener() = default;

RegistryRepository *RegistryOpener::open(const QString &name, QString *error)
{
    if (auto it = m_open.find(name); it != m_open.end())
        return it->second.get();
    const RegistryLocation where = m_workspace.locate(name);
    if (!where.registry) {
        *error = QStringLiteral("%1: no registry in the workspace serves %2 (registries: host)")
                     .arg(name, splitRepositoryName(name).first);
        return nullptr;
    }
    std::unique_ptr<RegistryRepository> repo;
    if (where.registry->url.isEmpty()) {
        repo = std::make_unique<OciLayout>(where.registry->layout, where.repository);
    } else {
        const RegistryConfig &config = *where.registry;
        const QString host = config.host.isEmpty() ? QUrl(config.url).host() : config.host;
        repo = std::make_unique<HttpRepository>(RegistryEndpoint::fromConfig(config, m_logins.value(host)), where.repository);
    }
    RegistryRepository *raw = repo.get();
    m_open.emplace(name, std::move(repo));
    return raw;
}

namespace Plans::Common {

constexpr qsizetype kMaxDiffLines = 400;

QString diffText(const FileEdit &f)
{
    QStringList out{QStringLiteral("%1:").arg(f.path)};
    const QList<QByteArray> a = f.before.isEmpty() ? QList<QByteArray>() : f.before.split('\n');
    const QList<QByteArray> b = f.after.split('\n');
    // The common head and tail, then a longest common subsequence of the
    // lines between: the changed lines, numbered as in each version.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    auto removed = [&](qsizetype i) {
        out.append(QStringLiteral("  %1  - %2").arg(head + i + 1, 4).arg(QString::fromUtf8(a[head + i])));
    };
    auto added = [&](qsizetype j) {
        out.append(QStringLiteral("  %1  + %2").arg(head + j + 1, 4).arg(QString::fromUtf8(b[head + j])));
    };
    // A plan is read by a person: a change larger than a screenful is told
    // in numbers, and the commit itself holds every line.
    if (n + m > kMaxDiffLines) {
        out.append(QStringLiteral("  lines %1 to %2 change: %3 lines removed, %4 added (too many to list here)")
                       .arg(head + 1)
                       .arg(head + std::max(n, m))
                       .arg(n)
                       .arg(m));
        return out.join(QLatin1Char('\n'));
    }
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            removed(i++);
        } else {
            added(j++);
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString identity(const GitIdentity &who)
{
    return QStringLiteral("%1 <%2>").arg(who.name.trimmed(), who.email.trimmed());
}

const ManifestRelease *pendingOn(const ReleaseManifest &manifest, const QString &branch)
{
    for (const ManifestRelease &m : manifest.releases) {
        if ((m.state == ManifestRelease::State::Staged || m.state == ManifestRelease::State::Approved) && m.branch == branch)
            return &m;
    }
    return nullptr;
}

const ManifestRelease *pending(const ReleaseManifest &manifest)
{
    return pendingOn(manifest, QString());
}

QString branchFor(const ReleaseManifest &manifest, const Version &version)
{
    for (const ManifestRelease &m : manifest.releases) {
        const bool onMain = m.branch.isEmpty() && m.state != ManifestRelease::State::None
                            && m.state != ManifestRelease::State::Superseded;
        if (onMain && (m.version.major() > version.major()
                       || (m.version.major() == version.major() && m.version.minor() > version.minor())))
            return lineBranch(version);
    }
    return {};
}

const ManifestRelease *lastPublishedOf(const ReleaseManifest &manifest, const Version &version)
{
    const ManifestRelease *best = nullptr;
    for (const ManifestRelease &m : manifest.releases) {
        if (m.state == ManifestRelease::State::Published && m.version.major() == version.major()
            && m.version.minor() == version.minor() && (!best || Version::compare(m.version, best->version) > 0))
            best = &m;
    }
    return best;
}

LineSupport lineSupport(const Inputs &in, const Version &version)
{
    const QList<Publish> publishes = enterprisePublishes(ReleaseTrain::build(*in.snapshot));
    return SupportLines::of(version, SupportLines::at(in.snapshot->workspace.support, publishes, in.now));
}

bool lineSupported(const Inputs &in, const Version &version, QString *error)
{
    const LineSupport s = lineSupport(in, version);
    if (s.status != LineSupport::Status::Unsupported)
        return true;
    const QString line = QStringLiteral("%1.%2").arg(version.major()).arg(version.minor());
    *error = s.firstPublished.isValid()
                 ? QStringLiteral("the %1 line is unsupported since %2: it gets no more releases, customers on it upgrade")
                       .arg(line, s.since.isValid() ? s.since.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("before"))
                 : QStringLiteral("the %1 line was never published to Enterprise: there is nothing to backport to").arg(line);
    return false;
}

const ManifestRelease *lastPublished(const ReleaseManifest &manifest)
{
    const ManifestRelease *best = nullptr;
    for (const ManifestRelease &m : manifest.releases) {
        if (m.state == ManifestRelease::State::Published && (!best || Version::compare(m.version, best->version) > 0))
            best = &m;
    }
    return best;
}

QString manifestName(const Workspace &ws)
{
    return QStringLiteral("%1:%2").arg(ws.manifestRepo, ws.manifestPath);
}

std::optional<QString> chartsTip(const Inputs &in, QString *error)
{
    const QString tip = in.base.isEmpty() ? in.charts->tip(in.branch) : in.base;
    if (tip.isEmpty()) {
        *error = QStringLiteral("%1: no branch '%2'").arg(in.charts->url(), in.branch);
        return std::nullopt;
    }
    return tip;
}

std::optional<ManifestAtTip> manifestAt(const Inputs &in, const QString &tip, QString *error)
{
    const Workspace &ws = in.snapshot->workspace;
    if (ws.manifestRepo.isEmpty()) {
        *error = QStringLiteral("%1: the workspace names no release manifest ('manifest: {repo, path}')").arg(ws.file);
        return std::nullopt;
    }
    QString missing;
    ManifestAtTip out;
    out.text = in.charts->readFile(tip, ws.manifestPath, &missing).value_or(QByteArray());
    if (out.text.isEmpty())
        return out; // nothing recorded yet
    const ManifestLoad load = ManifestFile::parse(out.text, manifestName(ws));
    if (load.fatal || !load.problems.isEmpty()) {
        *error = QStringLiteral("%1 (fix the manifest first)").arg(load.problems.value(0).toString());
        return std::nullopt;
    }
    out.manifest = load.manifest;
    return out;
}

std::optional<PlanStart> planStart(const Inputs &in, QString *error)
{
    const auto tip = chartsTip(in, error);
    if (!tip)
        return std::nullopt;
    auto manifest = manifestAt(in, *tip, error);
    if (!manifest)
        return std::nullopt;
    return PlanStart{*tip, std::move(*manifest)};
}

bool chartsSay(const Inputs &in, const QString &version, const QString &what, QString *error)
{
    for (const ChartRelease &c : in.snapshot->headCharts) {
        if (c.found && c.version != version) {
            *error = QStringLiteral("the charts on %1 say %2 (%3 chart), but the manifest has %4 %5: "
                                    "the two have diverged")
                         .arg(chartsBranch(in), c.version, c.chart, version, what);
            return false;
        }
    }
    return true;
}

void addCommitAndPush(Plan &plan, const Inputs &in, const QString &tip, const QMap<QString, QByteArray> &files,
                      const QString &message, const QString &diff, const QString &onBranch)
{
    GitRemote *charts = in.charts;
    const GitIdentity who = in.who;
    const QString branch = onBranch.isEmpty() ? in.branch : onBranch;
    const QString suffix = onBranch.isEmpty() ? QString() : QStringLiteral("-line");
    const QString commitId = QStringLiteral("commit") + suffix;
    const QString pushId = QStringLiteral("push") + suffix;
    plan.steps.append({commitId,
                       QStringLiteral("Commit \"%1\" on %2 at %3 (%4 %5)")
                           .arg(message.section(QLatin1Char('\n'), 0, 0), branch, tip.left(12))
                           .arg(files.size())
                           .arg(files.size() == 1 ? QStringLiteral("file") : QStringLiteral("files")),
                       diff, true,
                       [charts, tip, files, who, message, commitId](PlanOutputs &out, QString *e) {
                           const auto id = charts->commit(tip, files, who, message, e);
                           if (!id)
                               return false;
                           out.insert(commitId, *id);
                           return true;
                       }});
    plan.steps.append({pushId, QStringLiteral("Push it to %1 %2").arg(charts->url(), branch), QString(), false,
                       [charts, branch, commitId, pushId](PlanOutputs &out, QString *e) {
                           const QString commit = out.value(commitId);
                           switch (charts->pushBranch(commit, branch, e)) {
                           case GitRemote::Push::Pushed:
                           case GitRemote::Push::UpToDate:
                               recordMade(out, pushId,
                                          QStringLiteral("commit %1 on %2 %3").arg(commit.left(12), charts->url(), branch));
                               return true;
                           case GitRemote::Push::Rejected:
                               out.insert(kConflictOutput, QStringLiteral("1"));
                               return false;
                           case GitRemote::Push::Failed:
                               return false;
                           }
                           return false;
                       }});
}

QString when(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace Plans::Common

} // namespace ReleaseDeck
