#include "registrycheck.h"

#include "chartoci.h"
#include "httpregistry.h"
#include "ociimage.h"
#include "ocilayout.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ReleaseDeck {

std::optional<ArtifactStatus> ManifestFacts::find(const QString &key) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_facts.constFind(key);
    if (it == m_facts.constEnd())
        return std::nullopt;
    return *it;
}

void ManifestFacts::insert(const QString &key, const ArtifactStatus &facts)
{
    std::lock_guard lock(m_mutex);
    m_facts.insert(key, facts);
}

int ManifestFacts::size() const
{
    std::lock_guard lock(m_mutex);
    return m_facts.size();
}

namespace {

using State = ArtifactStatus::State;

// One registry entry and the repositories asked of it in this run.
class RegistryAccess
{
public:
    RegistryAccess(const RegistryConfig &config, const RegistryLogin &login)
        : m_config(config)
    {
        if (!config.url.isEmpty()) {
            m_endpoint = RegistryEndpoint::fromConfig(config, login);
            // A check should say "unreachable" soon, not after minutes.
            m_endpoint.timeoutMs = 15000;
            m_endpoint.attempts = 2;
            m_endpoint.maxRetryAfterMs = 5000;
        }
    }

    const QString &error() const { return m_error; }

    // The repository, or null once the registry has failed.
    RegistryRepository *repository(const QString &path)
    {
        if (!m_error.isEmpty())
            return nullptr;
        auto it = m_repositories.find(path);
        if (it != m_repositories.end())
            return it->second.get();
        std::unique_ptr<RegistryRepository> repo;
        if (m_config.url.isEmpty()) {
            repo = std::make_unique<OciLayout>(m_config.layout, path);
        } else {
            auto http = std::make_unique<HttpRepository>(m_endpoint, path);
            if (!m_pinged) {
                m_pinged = true;
                QString error;
                if (!http->ping(&error)) {
                    m_error = error;
                    m_requests += http->requestCount();
                    return nullptr;
                }
            }
            repo = std::move(http);
        }
        RegistryRepository *raw = repo.get();
        m_repositories.emplace(path, std::move(repo));
        return raw;
    }

    // The repository's tags; nullopt when they could not be listed.
    std::optional<QSet<QString>> tags(const QString &path, QString *error)
    {
        if (auto it = m_tags.constFind(path); it != m_tags.constEnd())
            return *it;
        RegistryRepository *repo = repository(path);
        if (!repo) {
            *error = m_error;
            return std::nullopt;
        }
        const auto list = repo->tags(error);
        if (!list)
            return std::nullopt;
        const QSet<QString> set(list->cbegin(), list->cend());
        m_tags.insert(path, set);
        return set;
    }

    int requests() const
    {
        int n = m_requests;
        for (const auto &[path, repo] : m_repositories) {
            if (auto *http = dynamic_cast<HttpRepository *>(repo.get()))
                n += http->requestCount();
        }
        return n;
    }

private:
    RegistryConfig m_config;
    RegistryEndpoint m_endpoint;
    bool m_pinged = false;
    QString m_error;
    int m_requests = 0;
    std::map<QString, std::unique_ptr<RegistryRepository>> m_repositories;
    QHash<QString, QSet<QString>> m_tags;
};

// What the manifest a tag names says: its image labels, or its chart's
// Chart.yaml fields.
ArtifactStatus readFacts(RegistryRepository &repo, Component::Kind kind, const OciManifest &tagged)
{
    ArtifactStatus s;
    s.state = State::Present;
    const QString &digest = tagged.digest;
    s.digest = digest;
    QString error;
    if (kind == Component::Kind::Image) {
        const auto labels = OciImage::readLabels(repo, tagged, digest, &error);
        if (!labels) {
            s.state = State::Mismatch;
            s.detail = error;
            return s;
        }
        s.revision = labels->revision;
        s.labelVersion = labels->version;
        s.source = labels->source;
        return s;
    }
    const std::optional<OciManifest> manifest = tagged;
    const QJsonObject config = manifest ? QJsonDocument::fromJson(manifest->bytes).object().value(QLatin1String("config")).toObject()
                                        : QJsonObject();
    const QString configType = config.value(QLatin1String("mediaType")).toString();
    if (!manifest) {
        s.state = State::Mismatch;
        s.detail = error.isEmpty() ? QStringLiteral("%1: manifest %2 is missing").arg(repo.name(), digest) : error;
        return s;
    }
    if (configType != HelmOci::kConfigMediaType) {
        s.state = State::Mismatch;
        s.detail = QStringLiteral("%1@%2 is not a Helm chart (config media type '%3')").arg(repo.name(), digest, configType);
        return s;
    }
    // No more than the manifest says the config holds (a size a double
    // holds exactly; anything else leaves the registry's own bound).
    const double size = config.value(QLatin1String("size")).toDouble(-1);
    const auto bytes = repo.blob(config.value(QLatin1String("digest")).toString(),
                                 size >= 0 && size <= 9007199254740992.0 ? qint64(size) : -1, &error);
    const QJsonObject chart = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
    if (!bytes || chart.isEmpty()) {
        s.state = State::Mismatch;
        s.detail = bytes ? QStringLiteral("%1@%2: the chart's config is not JSON").arg(repo.name(), digest) : error;
        return s;
    }
    s.chartVersion = chart.value(QLatin1String("version")).toString();
    s.chartAppVersion = chart.value(QLatin1String("appVersion")).toString();
    return s;
}

} // namespace

namespace RegistryCheck {

RegistryReport run(const Workspace &workspace, ArtifactPlan plan, int releaseCount, ScanControl *control,
                   ManifestFacts *facts, const QHash<QString, RegistryLogin> &logins)
{
    RegistryReport report;
    report.plan = std::move(plan);
    report.checkedAt = QDateTime::currentDateTimeUtc();
    const QList<ExpectedArtifact> &artifacts = report.plan.artifacts;
    report.status.reserve(artifacts.size());
    std::map<QString, RegistryAccess> access;
    if (control)
        control->addWork(artifacts.size());
    QSet<QString> unservedHosts;

    for (const ExpectedArtifact &a : artifacts) {
        if (control && control->isCancelled())
            break;
        ArtifactStatus found;
        const RegistryConfig *config = nullptr;
        for (const RegistryConfig &r : workspace.registries) {
            if (r.id == a.registry)
                config = &r;
        }
        if (a.repositoryName.isEmpty()) {
            // judge() explains
        } else if (!config) {
            found.state = State::NoRegistry;
            const QString host = splitRepositoryName(a.repositoryName).first;
            found.detail = ArtifactPlan::tr("no registry in the workspace serves %1").arg(host);
            unservedHosts.insert(host);
        } else {
            RegistryAccess &registry =
                access.try_emplace(config->id, *config, logins.value(config->host)).first->second;
            // The current repository first, then the former names.
            const QStringList names = QStringList{a.repositoryName} + a.aliasRepositories;
            found.state = State::Missing;
            found.detail = ArtifactPlan::tr("%1 is not in registry '%2'").arg(a.reference(), config->id);
            for (const QString &name : names) {
                const RegistryLocation where = workspace.locate(name);
                if (where.registry != config && where.registry)
                    continue; // an alias on another host: not looked at here
                QString error;
                const auto tags = registry.tags(where.repository, &error);
                if (!tags) {
                    found.state = State::Unreachable;
                    found.detail = error;
                    break;
                }
                if (!tags->contains(a.tag))
                    continue;
                RegistryRepository *repo = registry.repository(where.repository);
                const auto manifest = repo ? repo->manifest(a.tag, &error) : std::nullopt;
                if (!manifest) {
                    found.state = State::Unreachable;
                    found.detail = error.isEmpty() ? registry.error() : error;
                    break;
                }
                const QString key = config->id + QLatin1Char('\n') + where.repository + QLatin1Char('\n') + manifest->digest;
                const std::optional<ArtifactStatus> known = facts ? facts->find(key) : std::nullopt;
                found = known ? *known : readFacts(*repo, a.kind, *manifest);
                if (facts && !known && found.state == State::Present)
                    facts->insert(key, found);
                found.foundIn = name;
                break;
            }
        }
        report.status.append(ArtifactPlan::judge(a, found));
        if (control)
            control->advance(1, ArtifactPlan::tr("Checking %1").arg(a.reference()));
    }
    for (auto &[id, registry] : access) {
        report.requests += registry.requests();
        if (!registry.error().isEmpty())
            report.problems.append(registry.error());
    }
    for (const QString &host : std::as_const(unservedHosts))
        report.problems.append(ArtifactPlan::tr("No registry in the workspace serves %1: add a registries entry "
                                                "with host: %1 to check its images and charts.")
                                   .arg(host));
    report.problems.sort();
    // A cancelled run leaves the rest unasked.
    while (report.status.size() < artifacts.size()) {
        ArtifactStatus s;
        s.state = State::Unreachable;
        s.detail = ArtifactPlan::tr("not checked: the check was cancelled");
        report.status.append(s);
    }
    report.summarise(releaseCount);
    return report;
}

} // namespace RegistryCheck

RegistryCheckRunner::RegistryCheckRunner(QObject *parent)
    : QObject(parent)
    , m_facts(std::make_shared<ManifestFacts>())
    , m_job(
          this, [this](int done, int total, const QString &what) { emit progress(done, total, what); },
          [this](const Result &r) {
              if (r.cancelled)
                  emit cancelled();
              else
                  emit finished(r.report);
          })
{
    qRegisterMetaType<ReleaseDeck::RegistryReportPtr>();
}

RegistryCheckRunner::~RegistryCheckRunner() = default;

void RegistryCheckRunner::start(const OverviewPtr &overview, const QHash<QString, RegistryLogin> &logins)
{
    std::shared_ptr<ManifestFacts> facts = m_facts;
    m_job.start([overview, facts, logins](ScanControl &control) {
        Result r;
        ArtifactPlan plan = ArtifactPlan::build(overview->snapshot, overview->train);
        r.report = QSharedPointer<RegistryReport>::create(RegistryCheck::run(
            overview->snapshot.workspace, std::move(plan), overview->train.releases().size(), &control, facts.get(),
            logins));
        r.cancelled = control.isCancelled();
        return r;
    });
    emit started();
}

void RegistryCheckRunner::cancel()
{
    m_job.cancel();
}

bool RegistryCheckRunner::isRunning() const
{
    return m_job.isRunning();
}

} // namespace ReleaseDeck
