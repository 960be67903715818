#include "scanner.h"

#include "gitutil.h"
#include "releaselabels.h"
#include "treeindex.h"
#include "valuesscanner.h"

#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <thread>

Q_LOGGING_CATEGORY(lcScan, "releasedeck.scan", QtWarningMsg)


namespace ReleaseDeck {

namespace {

constexpr size_t kMaxValuesBytes = 8 * 1024 * 1024;
constexpr size_t kMaxChartYamlBytes = 1024 * 1024;

struct TagInfo
{
    QString name;
    git_oid commit{};
    bool isCommit = false;
    bool annotated = false;
    QDateTime date;
};

struct RepoTags
{
    RepoState state;
    std::vector<TagInfo> tags;
    QStringList problems;
    bool ok = false;
};

QDateTime gitDate(git_time_t seconds, int offsetMinutes)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offsetMinutes * 60);
}

Git::RepositoryPtr openRepository(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("path %1 does not exist").arg(path);
        return nullptr;
    }
    git_repository *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (git_repository_open_ext(&raw, native.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
        *error = QStringLiteral("not a readable git repository: %1").arg(Git::lastError());
        return nullptr;
    }
    return Git::RepositoryPtr(raw);
}

RepoTags readTags(const RepoConfig &config, ScanControl *control)
{
    RepoTags out;
    out.state.id = config.id;
    out.state.path = config.path;
    auto fail = [&](const QString &message) {
        out.state.error = message;
        out.problems.append(Problem{config.where, QStringLiteral("repository '%1': %2").arg(config.id, message)}
                                .toString());
        return out;
    };
    QString error;
    Git::RepositoryPtr repo = openRepository(config.path, &error);
    if (!repo)
        return fail(error);

    git_oid head;
    if (git_reference_name_to_id(&head, repo.get(), "HEAD") == 0)
        out.state.head = Git::oidToString(head);

    git_reference_iterator *rawIt = nullptr;
    if (git_reference_iterator_glob_new(&rawIt, repo.get(), "refs/tags/*") != 0)
        return fail(Git::lastError());
    Git::RefIteratorPtr it(rawIt);
    git_reference *rawRef = nullptr;
    int rc = 0;
    while ((rc = git_reference_next(&rawRef, it.get())) == 0) {
        Git::ReferencePtr ref(rawRef);
        if (control && control->isCancelled())
            return out;
        TagInfo tag;
        tag.name = QString::fromUtf8(git_reference_shorthand(ref.get()));
        git_object *rawObj = nullptr;
        if (git_reference_peel(&rawObj, ref.get(), GIT_OBJECT_ANY) != 0) {
            out.problems.append(QStringLiteral("%1: tag '%2' cannot be read: %3")
                                    .arg(config.id, tag.name, Git::lastError()));
            continue;
        }
        Git::ObjectPtr target(rawObj);
        // Peel annotated tags one level at a time to see the tagger date.
        git_object *rawDirect = nullptr;
        const git_oid *direct = git_reference_target(ref.get());
        if (direct && git_object_lookup(&rawDirect, repo.get(), direct, GIT_OBJECT_ANY) == 0) {
            Git::ObjectPtr directObj(rawDirect);
            if (git_object_type(directObj.get()) == GIT_OBJECT_TAG) {
                tag.annotated = true;
                const git_signature *tagger =
                    git_tag_tagger(reinterpret_cast<git_tag *>(directObj.get()));
                if (tagger)
                    tag.date = gitDate(tagger->when.time, tagger->when.offset);
            }
        }
        git_object *rawCommit = nullptr;
        if (git_object_peel(&rawCommit, target.get(), GIT_OBJECT_COMMIT) != 0) {
            const char *type = git_object_type2string(git_object_type(target.get()));
            out.problems.append(QStringLiteral("%1: tag '%2' points to a %3, not a commit")
                                    .arg(config.id, tag.name, QLatin1String(type)));
            ++out.state.tagCount;
            continue;
        }
        Git::ObjectPtr commitObj(rawCommit);
        auto *commit = reinterpret_cast<git_commit *>(commitObj.get());
        tag.commit = *git_commit_id(commit);
        tag.isCommit = true;
        if (!tag.date.isValid())
            tag.date = gitDate(git_commit_time(commit), git_commit_time_offset(commit));
        out.tags.push_back(tag);
        ++out.state.tagCount;
    }
    if (rc != GIT_ITEROVER)
        return fail(Git::lastError());
    std::sort(out.tags.begin(), out.tags.end(),
              [](const TagInfo &a, const TagInfo &b) { return a.name < b.name; });
    out.ok = true;
    return out;
}

// Reads one blob through the object database, refusing oversized ones
// before their content is loaded.
struct BlobReader
{
    git_odb *odb = nullptr;

    bool read(const git_oid &id, size_t maxBytes, Git::OdbObjectPtr *holder, std::string_view *text,
              QString *error) const
    {
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (git_odb_read_header(&size, &type, odb, &id) != 0) {
            *error = Git::lastError(QStringLiteral("cannot read object"));
            return false;
        }
        if (size > maxBytes) {
            *error = QStringLiteral("%1 bytes, over the %2 MiB limit; not read")
                         .arg(size)
                         .arg(maxBytes / (1024 * 1024));
            return false;
        }
        git_odb_object *raw = nullptr;
        if (git_odb_read(&raw, odb, &id) != 0) {
            *error = Git::lastError(QStringLiteral("cannot read object"));
            return false;
        }
        holder->reset(raw);
        *text = std::string_view(static_cast<const char *>(git_odb_object_data(raw)),
                                 git_odb_object_size(raw));
        return true;
    }
};

struct ChartTask
{
    const Component *component = nullptr;
    const TagInfo *tag = nullptr;
    std::optional<Version> tagVersion;
};

struct ChartResult
{
    ChartRelease chart;
    QList<ImageRef> refs;
};

// Reads charts at their release tags. One instance per worker thread.
class ChartReader
{
public:
    bool open(const RepoConfig &config, QString *error)
    {
        m_repoId = config.id;
        m_repo = openRepository(config.path, error);
        if (!m_repo)
            return false;
        git_odb *odb = nullptr;
        if (git_repository_odb(&odb, m_repo.get()) != 0) {
            *error = Git::lastError();
            return false;
        }
        m_odb.reset(odb);
        m_blobs.odb = odb;
        m_trees = std::make_unique<TreeIndex>(m_repo.get());
        return true;
    }

    ChartResult read(const ChartTask &task)
    {
        ChartResult out;
        ChartRelease &c = out.chart;
        c.repo = m_repoId;
        c.component = task.component->id;
        c.tag = task.tag->name;
        c.tagVersion = task.tagVersion;
        c.commit = Git::oidToString(task.tag->commit);
        c.date = task.tag->date;
        c.chart = task.component->chart;

        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, m_repo.get(), &task.tag->commit) != 0) {
            c.problems.append(QStringLiteral("cannot read commit: %1").arg(Git::lastError()));
            return out;
        }
        Git::CommitPtr commit(rawCommit);
        auto files = m_trees->files(*git_commit_tree_id(commit.get()));
        if (!files) {
            c.problems.append(QStringLiteral("cannot read tree: %1").arg(m_trees->lastError()));
            return out;
        }

        QStringList unreadable;
        std::vector<std::string> found;
        for (const TreeIndex::File &f : *files) {
            if (!f.isChartYaml)
                continue;
            const ChartYaml &y = chartYaml(f.blob);
            if (!y.error.isEmpty()) {
                unreadable.append(QStringLiteral("%1: %2").arg(QString::fromStdString(f.path), y.error));
                continue;
            }
            if (task.component->isChartNamed(y.name)) {
                if (found.empty()) {
                    c.version = y.version;
                    c.appVersion = y.appVersion;
                }
                found.push_back(f.path);
            }
        }
        if (found.empty()) {
            c.problems.append(QStringLiteral("chart '%1' not found at this commit").arg(c.chart));
            for (const QString &u : unreadable)
                c.problems.append(u);
            return out;
        }
        const std::string &chartFile = found.front();
        const std::string dir = chartFile.size() > 11 ? chartFile.substr(0, chartFile.size() - 11) : std::string();
        c.found = true;
        c.path = QString::fromStdString(dir);
        if (found.size() > 1) {
            QStringList all;
            for (const auto &p : found)
                all.append(QString::fromStdString(p));
            c.problems.append(QStringLiteral("chart '%1' found in %2 places (%3); using the first")
                                  .arg(c.chart)
                                  .arg(found.size())
                                  .arg(all.join(QLatin1String(", "))));
        }
        if (!task.tagVersion) {
            QString why;
            Version::parse(task.component->tags.versionText(c.tag).value_or(QString()), &why);
            c.problems.append(QStringLiteral("tag name holds no version: %1").arg(why));
        } else if (c.version != task.tagVersion->toString()) {
            c.problems.append(QStringLiteral("tag says %1 but Chart.yaml version is %2")
                                  .arg(task.tagVersion->toString(),
                                       c.version.isEmpty() ? QStringLiteral("(none)") : c.version));
        }

        const std::string prefix = dir.empty() ? std::string() : dir + "/";
        const std::string ownValues = prefix + "values.yaml";
        std::vector<const TreeIndex::File *> values;
        for (const TreeIndex::File &f : *files) {
            if (!f.isChartYaml && f.path.starts_with(prefix))
                values.push_back(&f);
        }
        std::sort(values.begin(), values.end(),
                  [](const TreeIndex::File *a, const TreeIndex::File *b) { return a->path < b->path; });
        for (const TreeIndex::File *f : values) {
            const ValuesEntry &v = valuesScan(f->blob);
            const QString file = QString::fromStdString(f->path);
            if (!v.error.isEmpty())
                c.problems.append(QStringLiteral("%1: %2").arg(file, v.error));
            for (const FoundImage &img : v.images) {
                ImageRef ref;
                ref.repo = m_repoId;
                ref.tag = c.tag;
                ref.file = file;
                ref.path = img.path;
                ref.line = img.line;
                ref.repository = img.repository;
                ref.value = img.tag;
                out.refs.append(ref);
                if (f->path == ownValues && img.path == QLatin1String("image") && !c.image)
                    c.image = ImageSpec{img.repository, img.tag};
            }
        }
        resolveSubchartOverrides(*files, &out.refs);
        return out;
    }

private:
    // `runtime-api: {image: {tag: X}}` in a parent chart names no repository:
    // take it from the chart called `runtime-api` in the same tree.
    void resolveSubchartOverrides(const TreeIndex::Files &files, QList<ImageRef> *refs)
    {
        for (ImageRef &ref : *refs) {
            if (!ref.repository.isEmpty())
                continue;
            const qsizetype dot = ref.path.indexOf(u'.');
            if (dot <= 0)
                continue;
            const QString subchart = ref.path.left(dot);
            const QString rest = ref.path.mid(dot + 1);
            for (const TreeIndex::File &f : files) {
                if (!f.isChartYaml)
                    continue;
                const std::string dir = f.path.substr(0, f.path.size() - 10); // keeps the '/'
                const QString dirName = QString::fromStdString(dir).section(u'/', -2, -2);
                if (chartYaml(f.blob).name != subchart && dirName != subchart)
                    continue;
                const std::string values = dir + "values.yaml";
                auto it = std::find_if(files.begin(), files.end(),
                                       [&](const TreeIndex::File &v) { return v.path == values; });
                if (it == files.end())
                    continue;
                for (const FoundImage &img : valuesScan(it->blob).images) {
                    if (img.path == rest) {
                        ref.repository = img.repository;
                        break;
                    }
                }
                break;
            }
        }
    }

    struct ValuesEntry
    {
        QList<FoundImage> images;
        QString error;
    };

    const ChartYaml &chartYaml(const git_oid &id)
    {
        auto it = m_chartYaml.find(id);
        if (it != m_chartYaml.end())
            return it->second;
        ChartYaml y;
        Git::OdbObjectPtr holder;
        std::string_view text;
        QString error;
        if (m_blobs.read(id, kMaxChartYamlBytes, &holder, &text, &error))
            y = readChartYaml(text);
        else
            y.error = error;
        return m_chartYaml.emplace(id, y).first->second;
    }

    const ValuesEntry &valuesScan(const git_oid &id)
    {
        auto it = m_values.find(id);
        if (it != m_values.end())
            return it->second;
        ValuesEntry entry;
        Git::OdbObjectPtr holder;
        std::string_view text;
        QString error;
        if (m_blobs.read(id, kMaxValuesBytes, &holder, &text, &error)) {
            ValuesScan scan = scanValues(text);
            entry.images = std::move(scan.images);
            entry.error = scan.error;
        } else {
            entry.error = error;
        }
        return m_values.emplace(id, std::move(entry)).first->second;
    }

    QString m_repoId;
    Git::RepositoryPtr m_repo;
    Git::OdbPtr m_odb;
    BlobReader m_blobs;
    std::unique_ptr<TreeIndex> m_trees;
    std::unordered_map<git_oid, ChartYaml, Git::OidHash, Git::OidEqual> m_chartYaml;
    std::unordered_map<git_oid, ValuesEntry, Git::OidHash, Git::OidEqual> m_values;
};

bool isLowerHex(const QString &s)
{
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool hasHexLetter(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c >= u'a' && c <= u'f'; });
}

template<typename Fn>
void runParallel(int count, int threads, Fn fn)
{
    if (count <= 1 || threads <= 1) {
        for (int i = 0; i < count; ++i)
            fn(i);
        return;
    }
    std::atomic<int> next{0};
    std::vector<std::thread> pool;
    const int n = std::min(count, threads);
    for (int t = 0; t < n; ++t) {
        pool.emplace_back([&] {
            for (int i = next++; i < count; i = next++)
                fn(i);
        });
    }
    for (auto &th : pool)
        th.join();
}

struct ResolveResult
{
    ImageRef::Status status = ImageRef::Status::NotFound;
    QString commit;
    QString earliestRelease;
};

} // namespace

QString Scanner::shaInImageTag(const QString &tag)
{
    QString t = tag;
    if (t.startsWith(QLatin1String("sha-")))
        t = t.mid(4);
    else if (t.size() > 41 && t[40] == u'-' && isLowerHex(t.left(40)))
        return t.left(40);
    else if (!hasHexLetter(t))
        return QString(); // all digits: a build number or date, not a commit id
    const qsizetype dash = t.indexOf(u'-');
    if (dash >= 0 && tag.startsWith(QLatin1String("sha-")))
        t.truncate(dash); // sha-<hex>-suffix
    if (t.size() < 7 || t.size() > 40 || !isLowerHex(t))
        return QString();
    return t;
}

WorkspaceSnapshot Scanner::scan(const Workspace &workspace, ScanControl *control)
{
    return scan(workspace, Options{}, control);
}

WorkspaceSnapshot Scanner::scan(const Workspace &workspace, const Options &options, ScanControl *control)
{
    Git::ensureInitialised();
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());

    WorkspaceSnapshot snap;
    snap.workspaceFile = workspace.file;
    snap.name = workspace.name;
    snap.scannedAt = QDateTime::currentDateTimeUtc();

    QElapsedTimer phase;
    phase.start();
    auto lap = [&phase](const char *what) { qCInfo(lcScan, "%s: %lld ms", what, phase.restart()); };

    // 1. Tags of every repository.
    const int repoCount = int(workspace.repos.size());
    if (control)
        control->addWork(repoCount);
    std::vector<RepoTags> repoTags(repoCount);
    runParallel(repoCount, threads, [&](int i) {
        repoTags[i] = readTags(workspace.repos[i], control);
        if (control)
            control->advance(1, QStringLiteral("Read tags of %1").arg(workspace.repos[i].id));
    });
    if (control && control->isCancelled())
        return snap;

    QHash<QString, int> repoIndex;
    for (int i = 0; i < repoCount; ++i) {
        repoIndex.insert(workspace.repos[i].id, i);
        snap.repos.append(repoTags[i].state);
        snap.problems.append(repoTags[i].problems);
    }

    lap("tags");

    // 2. Release tags through each repository's templates.
    for (int i = 0; i < repoCount; ++i) {
        const RepoConfig &config = workspace.repos[i];
        QList<ReleaseTag> rows;
        for (const TagInfo &t : repoTags[i].tags) {
            for (const TagTemplate &tmpl : config.releaseTags) {
                if (auto v = tmpl.match(t.name)) {
                    rows.append({config.id, t.name, *v, Git::oidToString(t.commit), t.date, t.annotated});
                    break;
                }
            }
        }
        std::stable_sort(rows.begin(), rows.end(), [](const ReleaseTag &a, const ReleaseTag &b) {
            const int c = Version::compare(a.version, b.version);
            return c != 0 ? c < 0 : a.tag < b.tag;
        });
        snap.releases.append(rows);
    }

    lap("releases");

    // 3. Charts at their release tags, split across workers per repository.
    struct ChartChunk
    {
        const RepoConfig *repo;
        std::vector<ChartTask> tasks;
        std::vector<ChartResult> results;
        QString error;
    };
    std::vector<ChartChunk> chunks;
    for (const Component &component : workspace.components) {
        if (component.kind != Component::Kind::Chart)
            continue;
        const int ri = repoIndex.value(component.repo, -1);
        if (ri < 0 || !repoTags[ri].ok)
            continue;
        std::vector<ChartTask> tasks;
        for (const TagInfo &t : repoTags[ri].tags) {
            if (!t.isCommit)
                continue;
            if (auto text = component.tags.versionText(t.name)) {
                ChartTask task{&component, &t, Version::parse(*text)};
                tasks.push_back(task);
            }
        }
        std::stable_sort(tasks.begin(), tasks.end(), [](const ChartTask &a, const ChartTask &b) {
            if (a.tagVersion && b.tagVersion)
                return Version::compare(*a.tagVersion, *b.tagVersion) < 0;
            return a.tagVersion.has_value() > b.tagVersion.has_value();
        });
        // Contiguous slices keep neighbouring releases, which share most
        // trees and blobs, on the same worker and its caches.
        const int slices = tasks.size() >= 64 ? threads : 1;
        const size_t per = (tasks.size() + slices - 1) / std::max(1, slices);
        for (size_t start = 0; start < tasks.size(); start += per) {
            ChartChunk chunk{&workspace.repos[ri], {}, {}, {}};
            chunk.tasks.assign(tasks.begin() + start, tasks.begin() + std::min(tasks.size(), start + per));
            chunks.push_back(std::move(chunk));
        }
        if (control)
            control->addWork(int(tasks.size()));
    }
    runParallel(int(chunks.size()), threads, [&](int i) {
        ChartChunk &chunk = chunks[i];
        ChartReader reader;
        if (!reader.open(*chunk.repo, &chunk.error))
            return;
        for (const ChartTask &task : chunk.tasks) {
            if (control && control->isCancelled())
                return;
            chunk.results.push_back(reader.read(task));
            if (control)
                control->advance(1, QStringLiteral("Read %1").arg(task.tag->name));
        }
    });
    if (control && control->isCancelled())
        return snap;
    for (ChartChunk &chunk : chunks) {
        if (!chunk.error.isEmpty())
            snap.problems.append(QStringLiteral("%1: %2").arg(chunk.repo->id, chunk.error));
        for (ChartResult &r : chunk.results) {
            snap.charts.append(std::move(r.chart));
            snap.imageRefs.append(std::move(r.refs));
        }
    }

    lap("charts");

    // 4. Commit ids in image tags, resolved only in the repository that builds the image.
    QHash<QString, QList<int>> refsByRepo;
    for (int i = 0; i < snap.imageRefs.size(); ++i) {
        ImageRef &ref = snap.imageRefs[i];
        ref.sha = shaInImageTag(ref.value);
        if (ref.sha.isEmpty()) {
            ref.status = ImageRef::Status::NotASha;
            continue;
        }
        const Component *builder = workspace.imageComponentFor(ref.repository);
        if (!builder) {
            ref.status = ImageRef::Status::Unmapped;
            continue;
        }
        ref.resolvedRepo = builder->repo;
        refsByRepo[builder->repo].append(i);
    }
    const QStringList resolvingRepos = refsByRepo.keys();
    if (control)
        control->addWork(int(resolvingRepos.size()));
    std::vector<QHash<QString, ResolveResult>> resolved(resolvingRepos.size());
    std::vector<QString> resolveErrors(resolvingRepos.size());
    runParallel(int(resolvingRepos.size()), threads, [&](int k) {
        const QString &repoId = resolvingRepos[k];
        const int ri = repoIndex.value(repoId, -1);
        QHash<QString, ResolveResult> &results = resolved[k];
        auto finish = [&] {
            if (control)
                control->advance(1, QStringLiteral("Resolved commits in %1").arg(repoId));
        };
        QString error;
        Git::RepositoryPtr repo = ri >= 0 && repoTags[ri].ok ? openRepository(workspace.repos[ri].path, &error)
                                                              : nullptr;
        if (!repo) {
            resolveErrors[k] = error.isEmpty() ? QStringLiteral("repository unavailable") : error;
            return finish();
        }
        git_odb *rawOdb = nullptr;
        if (git_repository_odb(&rawOdb, repo.get()) != 0) {
            resolveErrors[k] = Git::lastError();
            return finish();
        }
        Git::OdbPtr odb(rawOdb);
        QHash<QString, git_oid> commits;
        for (int i : refsByRepo[repoId]) {
            const QString &sha = snap.imageRefs[i].sha;
            if (results.contains(sha))
                continue;
            ResolveResult r;
            git_oid prefix, full;
            const QByteArray hex = sha.toLatin1();
            if (git_oid_fromstrn(&prefix, hex.constData(), hex.size()) != 0) {
                results.insert(sha, r);
                continue;
            }
            const int rc = git_odb_exists_prefix(&full, odb.get(), &prefix, hex.size());
            if (rc == GIT_EAMBIGUOUS) {
                r.status = ImageRef::Status::Ambiguous;
            } else if (rc == 0) {
                size_t size = 0;
                git_object_t type = GIT_OBJECT_INVALID;
                if (git_odb_read_header(&size, &type, odb.get(), &full) == 0 && type == GIT_OBJECT_COMMIT) {
                    r.status = ImageRef::Status::Resolved;
                    r.commit = Git::oidToString(full);
                    commits.insert(sha, full);
                }
            }
            results.insert(sha, r);
        }
        if (!commits.isEmpty()) {
            std::vector<const ReleaseTag *> releases;
            for (const ReleaseTag &t : snap.releases) {
                if (t.repo == repoId && t.version.isRelease())
                    releases.push_back(&t); // already in ascending release order
            }
            QHash<QString, const TagInfo *> byName;
            for (const TagInfo &t : repoTags[ri].tags)
                byName.insert(t.name, &t);
            std::vector<ReleaseLabels::Release> order;
            for (size_t rank = 0; rank < releases.size(); ++rank) {
                if (const TagInfo *t = byName.value(releases[rank]->tag))
                    order.push_back({t->commit, int(rank)});
            }
            ReleaseLabels labels;
            QElapsedTimer walk;
            walk.start();
            const bool labelled = labels.build(repo.get(), order, control, &error);
            qCInfo(lcScan, "%s: labelled %zu commits (%zu from the commit-graph) in %lld ms", qPrintable(repoId),
                   labels.labelledCount(), labels.fromGraphCount(), walk.elapsed());
            if (!labelled) {
                if (!(control && control->isCancelled()))
                    resolveErrors[k] = error;
            } else {
                for (auto it = commits.cbegin(); it != commits.cend(); ++it) {
                    const int rank = labels.rankOf(it.value());
                    if (rank >= 0)
                        results[it.key()].earliestRelease = releases[rank]->tag;
                }
            }
        }
        finish();
    });
    lap("resolve");
    for (int k = 0; k < resolvingRepos.size(); ++k) {
        if (!resolveErrors[k].isEmpty())
            snap.problems.append(QStringLiteral("%1: %2").arg(resolvingRepos[k], resolveErrors[k]));
        for (int i : refsByRepo[resolvingRepos[k]]) {
            ImageRef &ref = snap.imageRefs[i];
            const ResolveResult r = resolved[k].value(ref.sha);
            ref.status = r.status;
            ref.commit = r.commit;
            ref.earliestRelease = r.earliestRelease;
        }
    }
    lap("assemble");
    return snap;
}

} // namespace ReleaseDeck
