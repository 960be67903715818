#include "scanner.h"

#include "cache/graphcache.h"
#include "charts/chartreader.h"
#include "charts/valuesscanner.h"
#include "git/gitutil.h"
#include "scanparts.h"
#include "scanrefs.h"
#include "git/tagreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
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

    // Nothing changed since this caller's last scan: its snapshot again.
    const QByteArray memoKey = cache.on && options.memo && !options.workspaceText.isEmpty()
                                   ? inputsKey(workspace, options.workspaceText, repoTags)
                                   : QByteArray();
    if (!memoKey.isEmpty()) {
        const std::lock_guard<std::mutex> lock(options.memo->mutex);
        if (options.memo->key == memoKey) {
            WorkspaceSnapshot same = options.memo->snapshot;
            same.workspace = workspace;
            same.scannedAt = snap.scannedAt;
            same.stats = ScanStats{};
            same.stats.cache = QStringLiteral("unchanged");
            qCInfo(lcScan, "scan: %lld ms; unchanged since the last scan", total.elapsed());
            return same;
        }
    }

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

    // 2b. Labelling commits with the earliest release holding them needs
    // only the release tags of the repositories that build images: those
    // walks run on a thread of their own (one worker per repository, up to
    // the thread count) while the charts are read, and each is stopped as
    // soon as it is known that no reference needs it. The thread touches
    // only its jobs, the workspace and the cache, all of which outlive it.
    struct LabelJob
    {
        bool wanted = false;
        LabelRun run;
        std::vector<const ReleaseTag *> releases; // by rank, for the main thread
        bool ok = false;
        QString error;
        qint64 ms = 0;
        std::shared_ptr<ScanControl> stop = std::make_shared<ScanControl>();
    };
    std::vector<LabelJob> labelJobs(repoCount);
    auto prepareLabels = [&](int ri) {
        LabelJob &job = labelJobs[ri];
        QHash<QString, const TagInfo *> byName;
        for (const TagInfo &t : repoTags[ri].tags)
            byName.insert(t.name, &t);
        for (const ReleaseTag &t : std::as_const(snap.releases)) {
            const TagInfo *info = t.repo == workspace.repos[ri].id && t.version.isRelease() ? byName.value(t.tag) : nullptr;
            if (info) { // already in ascending release order
                job.releases.push_back(&t);
                job.run.releases.push_back({t.tag, info->commit});
            }
        }
        if (cache.on) {
            job.run.kept = cache.kept[ri] ? &cache.kept[ri]->labels : nullptr;
            job.run.fallbackGraph = GraphCache::objectsFolder(cache.folder, workspace.repos[ri].path);
        }
    };
    auto walkLabels = [&workspace, &labelJobs](int ri) {
        LabelJob &job = labelJobs[ri];
        if (job.stop->isCancelled())
            return;
        QElapsedTimer walk;
        walk.start();
        Git::RepositoryPtr repo = openRepository(workspace.repos[ri].path, &job.error);
        job.ok = repo && job.run.run(repo.get(), job.stop.get(), &job.error);
        job.ms = walk.elapsed();
    };
    auto stopWalks = [&labelJobs] {
        for (LabelJob &job : labelJobs)
            job.stop->cancel();
    };
    std::vector<int> walking;
    for (const Component &component : workspace.components) {
        const int ri = component.kind == Component::Kind::Image ? repoIndex.value(component.repo, -1) : -1;
        if (ri >= 0 && repoTags[ri].ok && !labelJobs[ri].wanted) {
            labelJobs[ri].wanted = true;
            prepareLabels(ri);
            walking.push_back(ri);
        }
    }
    struct WalksDone
    {
        std::mutex mutex;
        std::condition_variable changed;
        bool done = false;
    } walksDone;
    std::thread labelThread([walkLabels, walking, threads, &walksDone] {
        runParallel(int(walking.size()), threads, [&](int k) { walkLabels(walking[size_t(k)]); });
        const std::lock_guard<std::mutex> lock(walksDone.mutex);
        walksDone.done = true;
        walksDone.changed.notify_all();
    });
    // Stopped and joined on every way out, before the snapshot is handed back.
    struct Joiner
    {
        std::thread &t;
        std::function<void()> stop;
        ~Joiner()
        {
            if (t.joinable()) {
                stop();
                t.join();
            }
        }
    } joiner{labelThread, stopWalks};

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
    // The tags' own parts, on the workers too; their image references are
    // made once they are judged (RefTable).
    std::vector<ChartResult> made(chartSlots.size());
    const size_t share = (chartSlots.size() + threads - 1) / size_t(threads);
    runParallel(threads, threads, [&](int t) {
        for (size_t s = size_t(t) * share; s < std::min(chartSlots.size(), size_t(t + 1) * share); ++s) {
            if (const ChartSlot &slot = chartSlots[s]; slot.result)
                made[s] = ChartReader::forTag(*slot.result, slot.task, workspace.repos[slot.repo].id, false);
        }
    });
    std::vector<RefSource> tagSources;
    std::vector<RefSource> headSources;
    qsizetype refCount = 0;
    for (const ChartSlot &slot : chartSlots)
        refCount += slot.result && !slot.atHead ? slot.result->refs.size() : 0;
    tagSources.reserve(size_t(refCount));
    snap.charts.reserve(qsizetype(chartSlots.size()));
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
        (slot.atHead ? snap.headCharts : snap.charts).append(std::move(made[s].chart));
        const QString *repoId = &workspace.repos[slot.repo].id;
        for (const ChartTreeRef &ref : slot.result->refs)
            (slot.atHead ? headSources : tagSources).push_back({&ref, repoId, &slot.task.tag->name});
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
    const RefJudge judge(workspace, snap.releases, repoIndex, repoTags);
    RefTable refs(tagSources, headSources, snap.workflowRefs);
    refs.judge(threads, [&judge](const QString &value, const QString &repository, JudgedRef &out) {
        judge(value, repository, out);
    });
    QHash<QString, std::vector<JudgedRef *>> refsByRepo = refs.queue(0);   // holding a commit id
    const QHash<QString, std::vector<JudgedRef *>> streamByRepo = refs.queue(1); // naming a release of an independent image
    for (auto it = streamByRepo.cbegin(); it != streamByRepo.cend(); ++it) {
        if (!refsByRepo.contains(it.key()))
            refsByRepo.insert(it.key(), {});
    }
    lap("image references");
    const QStringList resolvingRepos = refsByRepo.keys();
    if (control)
        control->addWork(int(resolvingRepos.size()));
    std::vector<QString> resolveErrors(resolvingRepos.size());
    // The walks no reference needs stop now; the others are waited for,
    // and stopped too if the scan is cancelled meanwhile.
    for (int ri : walking) {
        if (!resolvingRepos.contains(workspace.repos[ri].id))
            labelJobs[ri].stop->cancel();
    }
    {
        std::unique_lock<std::mutex> lock(walksDone.mutex);
        while (!walksDone.changed.wait_for(lock, std::chrono::milliseconds(20), [&] { return walksDone.done; })) {
            if (control && control->isCancelled())
                stopWalks();
        }
    }
    labelThread.join();
    lap("labels");
    std::vector<LabelRun> labelRuns(resolvingRepos.size());
    std::vector<ShaRun> shaRuns(resolvingRepos.size());
    std::vector<char> labelled(resolvingRepos.size(), 0);
    // Each judgement is resolved where it is: one repository's on one
    // worker, so no two workers write the same one.
    runParallel(int(resolvingRepos.size()), threads, [&](int k) {
        const QString &repoId = resolvingRepos[k];
        const int ri = repoIndex.value(repoId, -1);
        const std::vector<JudgedRef *> &judged = *refsByRepo.constFind(repoId);
        for (JudgedRef *j : judged)
            j->status = ImageRef::Status::NotFound; // until found
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
        std::vector<std::pair<JudgedRef *, git_oid>> commits;
        // What an earlier scan resolved holds while the objects are the
        // same; it is then kept whole, with what is looked up anew.
        ShaRun &kept = shaRuns[k];
        const RepoCache *keptRepo = cache.on ? cache.kept[ri] : nullptr;
        kept.fingerprint = cache.on ? objectsFingerprint(repo.get()) : QByteArray();
        const bool reuse = keptRepo && !kept.fingerprint.isEmpty() && keptRepo->objectsFingerprint == kept.fingerprint;
        if (reuse)
            kept.shas = keptRepo->resolved;
        for (JudgedRef *j : judged) {
            const QString &sha = j->sha;
            ResolvedSha known{quint8(ImageRef::Status::NotFound), {}};
            if (const auto hit = kept.shas.constFind(sha); hit != kept.shas.cend()) {
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
                kept.shas.insert(sha, known);
            }
            j->status = ImageRef::Status(known.status);
            if (j->status == ImageRef::Status::Resolved) {
                j->commit = Git::oidToString(known.commit);
                j->how = ImageRef::How::Sha;
                commits.emplace_back(j, known.commit);
            }
            if (shallow && j->status == ImageRef::Status::NotFound)
                j->status = ImageRef::Status::Shallow;
        }
        // A release tag of an independent image names its commit outright.
        for (JudgedRef *j : streamByRepo.value(repoId)) {
            git_oid id;
            if (git_oid_fromstr(&id, j->commit.toLatin1().constData()) == 0)
                commits.emplace_back(j, id);
        }
        if (!commits.empty()) {
            LabelJob &job = labelJobs[ri];
            if (!job.wanted) { // not known to build an image before the charts were read
                job.wanted = true;
                prepareLabels(ri);
                walkLabels(ri);
            }
            LabelRun &labels = labelRuns[k] = std::move(job.run);
            qCInfo(lcScan, "%s: labels %s: walked %zu commits (%zu from the %s commit-graph) in %lld ms", qPrintable(repoId),
                   qPrintable(labels.how), labels.walked(), labels.fromGraph(), labels.graphUsed(), job.ms);
            labelled[k] = job.ok;
            if (!labelled[k]) {
                if (!(control && control->isCancelled()))
                    resolveErrors[k] = job.error;
            } else {
                for (const auto &[j, commit] : commits) {
                    const int rank = labels.rankOf(commit);
                    if (rank >= 0)
                        j->earliestRelease = job.releases[rank]->tag;
                }
            }
        }
        finish();
    });
    lap("resolve");
    for (int k = 0; k < resolvingRepos.size(); ++k) {
        if (!resolveErrors[k].isEmpty())
            snap.problems.append(QStringLiteral("%1: %2").arg(resolvingRepos[k], resolveErrors[k]));
        qsizetype cutOff = 0;
        for (const JudgedRef *j : *refsByRepo.constFind(resolvingRepos[k]))
            cutOff += j->status == ImageRef::Status::Shallow ? j->uses : 0;
        if (cutOff > 0) {
            const RepoConfig *shallowRepo = workspace.repo(resolvingRepos[k]);
            snap.problems.append(QStringLiteral("repository '%1' is a shallow clone: %2 image tags name commits it does not hold; "
                                                "`git -C %3 fetch --unshallow` fetches the whole history")
                                     .arg(resolvingRepos[k])
                                     .arg(cutOff)
                                     .arg(shallowRepo ? shallowRepo->path : QString()));
        }
    }
    refs.write(snap.imageRefs, snap.headImageRefs, snap.workflowRefs, threads);
    lap("assemble");
    keepScanCache(workspace, options, cache, resolvingRepos, labelRuns, labelled, shaRuns, control && control->isCancelled(), snap.stats);
    lap("cache");
    // Kept for the next scan only when it read everything: an object or a
    // repository that could not be read may be readable in a moment, after
    // a repair the objects' fingerprint does not see.
    const bool whole = std::all_of(repoTags.begin(), repoTags.end(), [](const RepoTags &r) { return r.ok && r.problems.isEmpty(); })
                       && std::all_of(resolveErrors.begin(), resolveErrors.end(), [](const QString &e) { return e.isEmpty(); })
                       && std::all_of(chunks.begin(), chunks.end(), [](const ChartChunk &c) { return c.error.isEmpty(); })
                       && std::all_of(chartSlots.begin(), chartSlots.end(),
                                      [](const ChartSlot &c) { return c.result && c.result->cacheable; })
                       && std::all_of(workflowProblems.begin(), workflowProblems.end(), [](const QStringList &p) { return p.isEmpty(); })
                       && !snap.manifest.fatal;
    if (!memoKey.isEmpty() && whole && !(control && control->isCancelled())) {
        const std::lock_guard<std::mutex> lock(options.memo->mutex);
        options.memo->key = memoKey;
        options.memo->snapshot = snap;
    }
    qCInfo(lcScan, "scan: %lld ms; cache %s; charts read: %d, from the cache: %d; commits walked: %lld (%lld from a commit-graph); %s",
           total.elapsed(), qPrintable(snap.stats.cache), snap.stats.chartsRead, snap.stats.chartsFromCache, snap.stats.commitsWalked,
           snap.stats.commitsFromGraph, qPrintable(snap.stats.labels.join(QLatin1String("; "))));
    return snap;
}

} // namespace ReleaseDeck
