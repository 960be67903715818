#include "scanner.h"

#include "cache/graphcache.h"
#include "charts/chartreader.h"
#include "charts/valuesscanner.h"
#include "git/gitutil.h"
#include "scanparts.h"
#include "git/tagreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <thread>
#include <tuple>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcScan, "releasedeck.scan", QtWarningMsg)

namespace ReleaseDeck {

namespace {

// Progress lines reach the status bar: translated, on whichever thread.
QString progressText(const char *text, const QString &arg)
{
    return QCoreApplication::translate("ReleaseDeck::Scanner", text).arg(arg);
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
    return ImageRef::commitIdIn(tag);
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
    snap.workspace = workspace;
    snap.workspaceFile = workspace.file;
    snap.name = workspace.name;
    snap.scannedAt = QDateTime::currentDateTimeUtc();

    QElapsedTimer phase, total;
    phase.start();
    total.start();
    CacheUse cache;
    auto lap = [&phase](const char *what) { qCInfo(lcScan, "%s: %lld ms", what, phase.restart()); };
    openScanCache(workspace, options, cache, snap.stats);
    lap("cache read");

    // 1. Tags of every repository.
    const int repoCount = int(workspace.repos.size());
    if (control)
        control->addWork(repoCount);
    std::vector<RepoTags> repoTags(repoCount);
    runParallel(repoCount, threads, [&](int i) {
        repoTags[i] = readTags(workspace.repos[i], control, cache.kept[i] ? &cache.kept[i]->tags : nullptr,
                               cache.on ? &cache.fresh.at(i).tags : nullptr);
        if (control)
            control->advance(1, progressText(QT_TRANSLATE_NOOP("ReleaseDeck::Scanner", "Read tags of %1"), workspace.repos[i].id));
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

    // 3. Charts at their release tags. A tag whose tree the cache knows is
    // taken from it; the others are read, split across workers.
    struct ChartSlot
    {
        ChartTask task;
        int repo = 0;
        bool atHead = false;
        bool haveTree = false;
        git_oid tree{};
        std::shared_ptr<const ChartTreeResult> result;
        QByteArray fingerprint;
    };
    struct ChartChunk
    {
        int repo = 0;
        std::vector<size_t> chartSlots;
        QString error;
    };
    std::vector<ChartSlot> chartSlots;
    std::vector<ChartChunk> chunks;
    // HEAD of each repository holding charts, read like a tag named "".
    std::vector<TagInfo> heads(repoCount);
    for (int i = 0; i < repoCount; ++i) {
        if (repoTags[i].ok && !repoTags[i].state.head.isEmpty()) {
            heads[i].isCommit = git_oid_fromstr(&heads[i].commit, repoTags[i].state.head.toLatin1().constData()) == 0;
            heads[i].date = repoTags[i].state.headDate;
        }
    }
    auto lookUp = [&](ChartSlot &slot) {
        const RepoCache *kept = cache.kept[slot.repo];
        if (!kept)
            return;
        if (!slot.haveTree) {
            const auto t = kept->trees.find(slot.task.tag->commit);
            if (t == kept->trees.end())
                return;
            slot.tree = t->second;
            slot.haveTree = true;
        }
        slot.result = kept->charts.value(RepoCache::chartKey(slot.tree, slot.fingerprint));
    };
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
        if (heads[ri].isCommit)
            tasks.push_back(ChartTask{&component, &heads[ri], std::nullopt});
        const QByteArray fingerprint = ChartReader::fingerprint(component);
        std::vector<size_t> misses;
        for (const ChartTask &task : tasks) {
            ChartSlot slot{task, ri, task.tag == &heads[ri], false, {}, nullptr, fingerprint};
            lookUp(slot);
            if (!slot.result)
                misses.push_back(chartSlots.size());
            chartSlots.push_back(std::move(slot));
        }
        if (control) {
            control->addWork(int(tasks.size()));
            if (tasks.size() > misses.size())
                control->advance(int(tasks.size() - misses.size()),
                                 progressText(QT_TRANSLATE_NOOP("ReleaseDeck::Scanner", "Read %1 from the cache"), component.id));
        }
        // Contiguous slices keep neighbouring releases, which share most
        // trees and blobs, on the same worker and its caches.
        const int slices = misses.size() >= 64 ? threads : 1;
        const size_t per = (misses.size() + slices - 1) / std::max(1, slices);
        for (size_t start = 0; start < misses.size(); start += per) {
            ChartChunk chunk{ri, {}, {}};
            chunk.chartSlots.assign(misses.begin() + start, misses.begin() + std::min(misses.size(), start + per));
            chunks.push_back(std::move(chunk));
        }
    }
    std::atomic<int> chartsRead{0};
    std::atomic<int> fromCache{int(chartSlots.size())};
    for (const ChartChunk &chunk : chunks)
        fromCache -= int(chunk.chartSlots.size());
    runParallel(int(chunks.size()), threads, [&](int i) {
        ChartChunk &chunk = chunks[i];
        ChartReader reader;
        if (!reader.open(workspace.repos[chunk.repo], &chunk.error))
            return;
        QHash<QByteArray, std::shared_ptr<const ChartTreeResult>> read; // trees read here: HEAD is often tagged too
        for (size_t s : chunk.chartSlots) {
            if (control && control->isCancelled())
                return;
            ChartSlot &slot = chartSlots[s];
            QString error;
            if (!slot.haveTree && !(slot.haveTree = reader.treeOf(slot.task.tag->commit, &slot.tree, &error))) {
                auto unread = std::make_shared<ChartTreeResult>();
                unread->problems.append(error);
                slot.result = std::move(unread);
            } else if (lookUp(slot), !slot.result) {
                const QByteArray key = RepoCache::chartKey(slot.tree, slot.fingerprint);
                if (!(slot.result = read.value(key))) {
                    slot.result = std::make_shared<const ChartTreeResult>(reader.readTree(*slot.task.component, slot.tree));
                    read.insert(key, slot.result);
                    ++chartsRead;
                }
            } else {
                ++fromCache;
            }
            if (control)
                control->advance(1, progressText(QT_TRANSLATE_NOOP("ReleaseDeck::Scanner", "Read %1"),
                                                 slot.atHead ? QStringLiteral("HEAD") : slot.task.tag->name));
        }
    });
    if (control && control->isCancelled())
        return snap;
    for (const ChartChunk &chunk : chunks) {
        if (!chunk.error.isEmpty())
            snap.problems.append(QStringLiteral("%1: %2").arg(workspace.repos[chunk.repo].id, chunk.error));
    }
    // The tags' own parts, on the workers too: tens of thousands of image
    // references are made here.
    std::vector<ChartResult> made(chartSlots.size());
    const size_t share = (chartSlots.size() + threads - 1) / size_t(threads);
    runParallel(threads, threads, [&](int t) {
        for (size_t s = size_t(t) * share; s < std::min(chartSlots.size(), size_t(t + 1) * share); ++s) {
            if (const ChartSlot &slot = chartSlots[s]; slot.result)
                made[s] = ChartReader::forTag(*slot.result, slot.task, workspace.repos[slot.repo].id);
        }
    });
    qsizetype refCount = 0;
    for (size_t s = 0; s < chartSlots.size(); ++s)
        refCount += chartSlots[s].atHead ? 0 : made[s].refs.size();
    snap.charts.reserve(qsizetype(chartSlots.size()));
    snap.imageRefs.reserve(refCount);
    for (size_t s = 0; s < chartSlots.size(); ++s) {
        const ChartSlot &slot = chartSlots[s];
        if (!slot.result)
            continue; // its repository could not be opened
        if (cache.on && slot.haveTree) {
            RepoCache &next = cache.fresh.at(slot.repo);
            next.trees.emplace(slot.task.tag->commit, slot.tree);
            if (slot.result->cacheable)
                next.charts.insert(RepoCache::chartKey(slot.tree, slot.fingerprint), slot.result);
        }
        ChartResult &r = made[s];
        if (slot.atHead) {
            snap.headCharts.append(std::move(r.chart));
            snap.headImageRefs.append(std::move(r.refs));
        } else {
            snap.charts.append(std::move(r.chart));
            snap.imageRefs.append(std::move(r.refs));
        }
    }
    snap.stats.chartsRead = chartsRead;
    snap.stats.chartsFromCache = fromCache;

    lap("charts");
    readManifestAtHead(workspace, snap);

    // 4. Image pins in workflow files, at the HEAD of the repositories listing some.
    std::vector<int> workflowRepos;
    for (int i = 0; i < repoCount; ++i) {
        if (!workspace.repos[i].workflows.isEmpty() && heads[i].isCommit)
            workflowRepos.push_back(i);
    }
    std::vector<QList<ImageRef>> workflowRefs(workflowRepos.size());
    std::vector<QStringList> workflowProblems(workflowRepos.size());
    runParallel(int(workflowRepos.size()), threads, [&](int k) {
        const RepoConfig &config = workspace.repos[workflowRepos[k]];
        ChartReader reader;
        QString error;
        if (!reader.open(config, &error)) {
            workflowProblems[k].append(QStringLiteral("%1: %2").arg(config.id, error));
            return;
        }
        workflowRefs[k] = reader.readWorkflows(heads[workflowRepos[k]].commit, config.workflows, &workflowProblems[k]);
    });
    for (size_t k = 0; k < workflowRepos.size(); ++k) {
        snap.problems.append(workflowProblems[k]);
        for (ImageRef &ref : workflowRefs[k]) {
            if (!ref.envName.isEmpty())
                ref.repository = pinnedRepository(workspace, ref.envName);
            snap.workflowRefs.append(std::move(ref));
        }
    }
    lap("workflows");

    // 5. The commit behind each image reference, found only in the
    // repository that builds the image: a commit id in its tag, or the
    // release tag its version names.
    std::vector<ImageRef *> allRefs;
    allRefs.reserve(snap.imageRefs.size() + snap.headImageRefs.size() + snap.workflowRefs.size());
    for (ImageRef &ref : snap.imageRefs)
        allRefs.push_back(&ref);
    for (ImageRef &ref : snap.headImageRefs)
        allRefs.push_back(&ref);
    for (ImageRef &ref : snap.workflowRefs)
        allRefs.push_back(&ref);
    QHash<QString, const ReleaseTag *> releaseByVersion; // "repo\nversion"
    for (const ReleaseTag &t : std::as_const(snap.releases)) {
        const QString key = t.repo + u'\n' + t.version.toString();
        if (!releaseByVersion.contains(key))
            releaseByVersion.insert(key, &t);
    }
    QHash<QString, QList<int>> refsByRepo;   // refs holding a commit id
    QHash<QString, QList<int>> streamByRepo; // refs naming a release of an independent image
    // Tens of thousands of references repeat a few thousand values (and, as
    // read from the cache, share their strings): each pair of value and
    // repository is judged once, found by its strings' addresses.
    struct Judged
    {
        ImageRef ref; // sha, status, how, imageVersion, resolvedRepo, commit, earliestRelease
        int queue = -1; // 0: refsByRepo, 1: streamByRepo
    };
    using Strings = std::tuple<const QChar *, qsizetype, const QChar *, qsizetype>;
    struct PairHash
    {
        size_t operator()(const Strings &k) const
        {
            return size_t(std::get<0>(k)) * 0x9e3779b97f4a7c15ULL ^ size_t(std::get<2>(k)) ^ size_t(std::get<1>(k)) << 40;
        }
    };
    auto judge = [&](const ImageRef &ref, Judged &j) {
        ImageRef &out = j.ref;
        out.sha = shaInImageTag(ref.value);
        const Component *builder = workspace.imageComponentFor(ref.repository);
        if (out.sha.isEmpty()) {
            out.status = ImageRef::Status::NotASha;
            const std::optional<Version> version = builder && !ref.value.isEmpty() ? builder->imageTag.match(ref.value)
                                                                                   : std::nullopt;
            if (!version)
                return;
            out.imageVersion = version->toString();
            if (!builder->isIndependent() || !builder->streamTags.isValid()) {
                // Its repository's own release tags name the version.
                if (const ReleaseTag *t = releaseByVersion.value(builder->repo + u'\n' + out.imageVersion)) {
                    out.how = ImageRef::How::VersionTag;
                    out.resolvedRepo = builder->repo;
                    out.commit = t->commit;
                    out.earliestRelease = t->tag;
                }
            } else if (builder->streamTags.isValid()) {
                const int ri = repoIndex.value(builder->repo, -1);
                const QString name = builder->streamTags.format(*version);
                if (ri >= 0 && repoTags[ri].ok) {
                    const auto &tags = repoTags[ri].tags;
                    const auto it = std::lower_bound(tags.begin(), tags.end(), name,
                                                     [](const TagInfo &t, const QString &n) { return t.name < n; });
                    if (it != tags.end() && it->name == name && it->isCommit) {
                        out.how = ImageRef::How::VersionTag;
                        out.resolvedRepo = builder->repo;
                        out.commit = Git::oidToString(it->commit);
                        j.queue = 1;
                    }
                }
            }
            return;
        }
        if (!builder) {
            out.status = ImageRef::Status::Unmapped;
            return;
        }
        out.resolvedRepo = builder->repo;
        j.queue = 0;
    };
    // In contiguous parts, one per worker, whose queues join in order.
    struct Part
    {
        std::unordered_map<Strings, Judged, PairHash> judged;
        QHash<QString, QList<int>> queues[2];
    };
    std::vector<Part> parts(threads);
    const int perPart = (int(allRefs.size()) + threads - 1) / threads;
    runParallel(threads, threads, [&](int t) {
        Part &part = parts[t];
        part.judged.reserve(size_t(perPart) / 4 + 16);
        for (int i = t * perPart; i < std::min(int(allRefs.size()), (t + 1) * perPart); ++i) {
            ImageRef &ref = *allRefs[i];
            auto [it, added] = part.judged.try_emplace({ref.value.constData(), ref.value.size(), ref.repository.constData(),
                                                        ref.repository.size()});
            if (added)
                judge(ref, it->second);
            const Judged &j = it->second;
            ref.sha = j.ref.sha;
            ref.status = j.ref.status;
            ref.how = j.ref.how;
            ref.imageVersion = j.ref.imageVersion;
            ref.resolvedRepo = j.ref.resolvedRepo;
            ref.commit = j.ref.commit;
            ref.earliestRelease = j.ref.earliestRelease;
            if (j.queue >= 0)
                part.queues[j.queue][j.ref.resolvedRepo].append(i);
        }
    });
    for (Part &part : parts) {
        for (int q = 0; q < 2; ++q) {
            for (auto it = part.queues[q].cbegin(); it != part.queues[q].cend(); ++it)
                (q == 0 ? refsByRepo : streamByRepo)[it.key()].append(it.value());
        }
    }
    for (auto it = streamByRepo.cbegin(); it != streamByRepo.cend(); ++it) {
        if (!refsByRepo.contains(it.key()))
            refsByRepo.insert(it.key(), {});
    }
    lap("image references");
    const QStringList resolvingRepos = refsByRepo.keys();
    if (control)
        control->addWork(int(resolvingRepos.size()));
    std::vector<QHash<QString, ResolveResult>> resolved(resolvingRepos.size());
    std::vector<QString> resolveErrors(resolvingRepos.size());
    std::vector<LabelRun> labelRuns(resolvingRepos.size());
    std::vector<ShaRun> shaRuns(resolvingRepos.size());
    std::vector<char> labelled(resolvingRepos.size(), 0);
    runParallel(int(resolvingRepos.size()), threads, [&](int k) {
        const QString &repoId = resolvingRepos[k];
        const int ri = repoIndex.value(repoId, -1);
        QHash<QString, ResolveResult> &results = resolved[k];
        auto finish = [&] {
            if (control)
                control->advance(1, progressText(QT_TRANSLATE_NOOP("ReleaseDeck::Scanner", "Resolved commits in %1"), repoId));
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
        // A commit missing from a shallow clone may lie beyond its cut.
        const bool shallow = git_repository_is_shallow(repo.get()) == 1;
        QHash<QString, git_oid> commits;
        // What an earlier scan resolved holds while the objects are the same.
        ShaRun &kept = shaRuns[k];
        const RepoCache *keptRepo = cache.on ? cache.kept[ri] : nullptr;
        kept.fingerprint = cache.on ? objectsFingerprint(repo.get()) : QByteArray();
        const bool reuse = keptRepo && !kept.fingerprint.isEmpty() && keptRepo->objectsFingerprint == kept.fingerprint;
        for (int i : refsByRepo[repoId]) {
            const QString &sha = allRefs[i]->sha;
            if (results.contains(sha))
                continue;
            ResolveResult r;
            ResolvedSha known{quint8(ImageRef::Status::NotFound), {}};
            const auto hit = reuse ? keptRepo->resolved.constFind(sha) : QHash<QString, ResolvedSha>::const_iterator();
            if (reuse && hit != keptRepo->resolved.cend()) {
                known = *hit;
            } else {
                git_oid prefix;
                const QByteArray hex = sha.toLatin1();
                kept.looked = true;
                const int rc = git_oid_fromstrn(&prefix, hex.constData(), hex.size()) != 0
                                   ? GIT_ENOTFOUND
                                   : git_odb_exists_prefix(&known.commit, odb.get(), &prefix, hex.size());
                if (rc == GIT_EAMBIGUOUS) {
                    known.status = quint8(ImageRef::Status::Ambiguous);
                } else if (rc == 0) {
                    size_t size = 0;
                    git_object_t type = GIT_OBJECT_INVALID;
                    if (git_odb_read_header(&size, &type, odb.get(), &known.commit) == 0 && type == GIT_OBJECT_COMMIT)
                        known.status = quint8(ImageRef::Status::Resolved);
                }
            }
            kept.shas.insert(sha, known);
            r.status = ImageRef::Status(known.status);
            if (r.status == ImageRef::Status::Resolved) {
                r.commit = Git::oidToString(known.commit);
                commits.insert(sha, known.commit);
            }
            if (shallow && r.status == ImageRef::Status::NotFound)
                r.status = ImageRef::Status::Shallow;
            results.insert(sha, r);
        }
        // A release tag of an independent image names its commit outright.
        for (int i : streamByRepo.value(repoId)) {
            const QString &hex = allRefs[i]->commit;
            git_oid id;
            if (!results.contains(hex) && git_oid_fromstr(&id, hex.toLatin1().constData()) == 0) {
                results.insert(hex, ResolveResult{ImageRef::Status::Resolved, hex, QString()});
                commits.insert(hex, id);
            }
        }
        if (!commits.isEmpty()) {
            QHash<QString, const TagInfo *> byName;
            for (const TagInfo &t : repoTags[ri].tags)
                byName.insert(t.name, &t);
            std::vector<const ReleaseTag *> releases;
            LabelRun &labels = labelRuns[k];
            for (const ReleaseTag &t : snap.releases) {
                const TagInfo *info = t.repo == repoId && t.version.isRelease() ? byName.value(t.tag) : nullptr;
                if (info) { // already in ascending release order
                    releases.push_back(&t);
                    labels.releases.push_back({t.tag, info->commit});
                }
            }
            if (cache.on) {
                labels.kept = cache.kept[ri] ? &cache.kept[ri]->labels : nullptr;
                labels.fallbackGraph = GraphCache::objectsFolder(cache.folder, workspace.repos[ri].path);
            }
            QElapsedTimer walk;
            walk.start();
            labelled[k] = labels.run(repo.get(), control, &error);
            qCInfo(lcScan, "%s: labels %s: walked %zu commits (%zu from the %s commit-graph) in %lld ms", qPrintable(repoId),
                   qPrintable(labels.how), labels.walked(), labels.fromGraph(), labels.graphUsed(), walk.elapsed());
            if (!labelled[k]) {
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
        static const ResolveResult none;
        auto resultOf = [&](const QString &sha) -> const ResolveResult & {
            const auto it = resolved[k].constFind(sha);
            return it == resolved[k].cend() ? none : *it;
        };
        int cutOff = 0;
        for (int i : refsByRepo[resolvingRepos[k]])
            cutOff += resultOf(allRefs[i]->sha).status == ImageRef::Status::Shallow;
        if (cutOff > 0) {
            const RepoConfig *shallowRepo = workspace.repo(resolvingRepos[k]);
            snap.problems.append(QStringLiteral("repository '%1' is a shallow clone: %2 image tags name commits it does not hold; "
                                                "`git -C %3 fetch --unshallow` fetches the whole history")
                                     .arg(resolvingRepos[k])
                                     .arg(cutOff)
                                     .arg(shallowRepo ? shallowRepo->path : QString()));
        }
        for (int i : refsByRepo[resolvingRepos[k]]) {
            ImageRef &ref = *allRefs[i];
            const ResolveResult &r = resultOf(ref.sha);
            ref.status = r.status;
            ref.commit = r.commit;
            ref.earliestRelease = r.earliestRelease;
            if (r.status == ImageRef::Status::Resolved)
                ref.how = ImageRef::How::Sha;
        }
        for (int i : streamByRepo.value(resolvingRepos[k]))
            allRefs[i]->earliestRelease = resolved[k].value(allRefs[i]->commit).earliestRelease;
    }
    lap("assemble");
    keepScanCache(workspace, options, cache, resolvingRepos, labelRuns, labelled, shaRuns, control && control->isCancelled(), snap.stats);
    lap("cache");
    qCInfo(lcScan, "scan: %lld ms; cache %s; charts read: %d, from the cache: %d; commits walked: %lld (%lld from a commit-graph); %s",
           total.elapsed(), qPrintable(snap.stats.cache), snap.stats.chartsRead, snap.stats.chartsFromCache, snap.stats.commitsWalked,
           snap.stats.commitsFromGraph, qPrintable(snap.stats.labels.join(QLatin1String("; "))));
    return snap;
}

} // namespace ReleaseDeck
