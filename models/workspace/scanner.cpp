#include "scanner.h"

#include "charts/chartreader.h"
#include "charts/valuesscanner.h"
#include "git/gitutil.h"
#include "manifestfile.h"
#include "git/releaselabels.h"
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

Q_LOGGING_CATEGORY(lcScan, "releasedeck.scan", QtWarningMsg)

namespace ReleaseDeck {

namespace {

constexpr qint64 kMaxManifestBytes = 64 * 1024 * 1024;

// Reads the manifest into the snapshot; false when it is there and
// cannot be read.
bool readManifestFile(const Workspace &workspace, WorkspaceSnapshot &snap)
{
    const RepoConfig *repo = workspace.repo(workspace.manifestRepo);
    if (!repo)
        return true;
    const QString name = QStringLiteral("%1:%2").arg(repo->id, workspace.manifestPath);
    QString error;
    Git::RepositoryPtr r = openRepository(repo->path, &error);
    if (!r) {
        snap.problems.append(QStringLiteral("%1: %2").arg(name, error));
        return false;
    }
    // HEAD's commit through its reference: libgit2 1.5's revparse of
    // "HEAD^{commit}" leaks when HEAD names a commit that is not there.
    git_reference *rawRef = nullptr;
    const int rc = Git::repositoryHead(r.get(), &rawRef);
    const Git::ReferencePtr ref(rawRef);
    git_object *head = nullptr;
    if (rc != 0 || !git_reference_target(ref.get())
        || git_object_lookup(&head, r.get(), git_reference_target(ref.get()), GIT_OBJECT_COMMIT) != 0) {
        // A branch not made yet: nothing recorded yet. Anything else is a problem.
        if (rc != GIT_EUNBORNBRANCH && rc != GIT_ENOTFOUND) {
            snap.problems.append(QStringLiteral("%1: HEAD cannot be read: %2").arg(name, Git::lastError()));
            return false;
        }
        return true;
    }
    Git::ObjectPtr commit(head);
    git_tree *treeRaw = nullptr;
    if (git_commit_tree(&treeRaw, reinterpret_cast<git_commit *>(commit.get())) != 0) {
        snap.problems.append(QStringLiteral("%1: %2").arg(name, Git::lastError()));
        return false;
    }
    Git::TreePtr tree(treeRaw);
    git_tree_entry *entryRaw = nullptr;
    if (git_tree_entry_bypath(&entryRaw, tree.get(), workspace.manifestPath.toUtf8().constData()) != 0)
        return true; // not there yet
    std::unique_ptr<git_tree_entry, Git::Deleter<git_tree_entry, git_tree_entry_free>> entry(entryRaw);
    // The size from the object's header, before it is inflated.
    git_odb *odbRaw = nullptr;
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    const int header = git_repository_odb(&odbRaw, r.get()) == 0
                           ? git_odb_read_header(&size, &type, odbRaw, git_tree_entry_id(entry.get()))
                           : -1;
    git_odb_free(odbRaw);
    if (header != 0) {
        snap.problems.append(QStringLiteral("%1: %2").arg(name, Git::lastError()));
        return false;
    }
    if (size > size_t(kMaxManifestBytes)) {
        snap.problems.append(QStringLiteral("%1: larger than %2 MiB").arg(name).arg(kMaxManifestBytes >> 20));
        return false;
    }
    git_object *blobRaw = nullptr;
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB
        || git_tree_entry_to_object(&blobRaw, r.get(), entry.get()) != 0) {
        snap.problems.append(QStringLiteral("%1: not a file").arg(name));
        return false;
    }
    Git::ObjectPtr blob(blobRaw);
    const auto *b = reinterpret_cast<git_blob *>(blob.get());
    const QByteArray text(static_cast<const char *>(git_blob_rawcontent(b)), qsizetype(git_blob_rawsize(b)));
    const ManifestLoad load = ManifestFile::parse(text, name);
    for (const Problem &p : load.problems)
        snap.problems.append(p.toString());
    for (const ManifestRelease &r : load.manifest.releases) {
        if (const QString forged = r.approvalProblem(workspace.selfApproval); !forged.isEmpty())
            snap.problems.append(QStringLiteral("%1:%2: %3").arg(name).arg(r.line).arg(forged));
    }
    snap.manifest = load.manifest;
    snap.manifestCommit = Git::oidToString(*git_object_id(commit.get()));
    return true;
}

// The release manifest at the HEAD of its repository. Missing is not a
// problem (no release has been recorded yet); unreadable is, and the
// manifest then says so itself, so that nothing takes its silence for
// "nothing recorded".
void readManifest(const Workspace &workspace, WorkspaceSnapshot &snap)
{
    const qsizetype before = snap.problems.size();
    if (!readManifestFile(workspace, snap)) {
        snap.manifest.fatal = true;
        snap.manifest.problems = snap.problems.mid(before);
    }
}

// Progress lines reach the status bar: translated, on whichever thread.
QString progressText(const char *text, const QString &arg)
{
    return QCoreApplication::translate("ReleaseDeck::Scanner", text).arg(arg);
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

// The image an env pin in a workflow file names, by its variable:
// RUNTIME_API_SHA → the component runtime-api, or the image component
// whose repository ends in /runtime-api. Empty when none does.
QString pinnedRepository(const Workspace &workspace, const QString &envName)
{
    const QString name = pinnedImageName(envName);
    if (name.isEmpty())
        return QString();
    for (const Component &c : workspace.components) {
        if (c.kind == Component::Kind::Image && c.id == name)
            return c.image;
    }
    for (const Component &c : workspace.components) {
        if (c.kind == Component::Kind::Image && c.image.section(u'/', -1) == name)
            return c.image;
    }
    return QString();
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

    // 3. Charts at their release tags, split across workers per repository.
    struct ChartChunk
    {
        const RepoConfig *repo;
        std::vector<ChartTask> tasks;
        std::vector<ChartResult> results;
        QString error;
        bool atHead = false;
    };
    std::vector<ChartChunk> chunks;
    // HEAD of each repository holding charts, read like a tag named "".
    std::vector<TagInfo> heads(repoCount);
    for (int i = 0; i < repoCount; ++i) {
        if (repoTags[i].ok && !repoTags[i].state.head.isEmpty()) {
            heads[i].isCommit = git_oid_fromstr(&heads[i].commit, repoTags[i].state.head.toLatin1().constData()) == 0;
            heads[i].date = repoTags[i].state.headDate;
        }
    }
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
        if (heads[ri].isCommit) {
            ChartChunk chunk{&workspace.repos[ri], {}, {}, {}, true};
            chunk.tasks.push_back(ChartTask{&component, &heads[ri], std::nullopt});
            chunks.push_back(std::move(chunk));
        }
        if (control)
            control->addWork(int(tasks.size()) + (heads[ri].isCommit ? 1 : 0));
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
                control->advance(1, progressText(QT_TRANSLATE_NOOP("ReleaseDeck::Scanner", "Read %1"), task.tag->name.isEmpty() ? QStringLiteral("HEAD") : task.tag->name));
        }
    });
    if (control && control->isCancelled())
        return snap;
    for (ChartChunk &chunk : chunks) {
        if (!chunk.error.isEmpty())
            snap.problems.append(QStringLiteral("%1: %2").arg(chunk.repo->id, chunk.error));
        for (ChartResult &r : chunk.results) {
            if (chunk.atHead) {
                snap.headCharts.append(std::move(r.chart));
                snap.headImageRefs.append(std::move(r.refs));
                continue;
            }
            snap.charts.append(std::move(r.chart));
            snap.imageRefs.append(std::move(r.refs));
        }
    }

    lap("charts");
    readManifest(workspace, snap);

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
    for (int i = 0; i < int(allRefs.size()); ++i) {
        ImageRef &ref = *allRefs[i];
        ref.sha = shaInImageTag(ref.value);
        const Component *builder = workspace.imageComponentFor(ref.repository);
        if (ref.sha.isEmpty()) {
            ref.status = ImageRef::Status::NotASha;
            const std::optional<Version> version = builder && !ref.value.isEmpty() ? builder->imageTag.match(ref.value)
                                                                                   : std::nullopt;
            if (!version)
                continue;
            ref.imageVersion = version->toString();
            if (!builder->isIndependent() || !builder->streamTags.isValid()) {
                // Its repository's own release tags name the version.
                if (const ReleaseTag *t = releaseByVersion.value(builder->repo + u'\n' + ref.imageVersion)) {
                    ref.how = ImageRef::How::VersionTag;
                    ref.resolvedRepo = builder->repo;
                    ref.commit = t->commit;
                    ref.earliestRelease = t->tag;
                }
            } else if (builder->streamTags.isValid()) {
                const int ri = repoIndex.value(builder->repo, -1);
                const QString name = builder->streamTags.format(*version);
                if (ri >= 0 && repoTags[ri].ok) {
                    const auto &tags = repoTags[ri].tags;
                    const auto it = std::lower_bound(tags.begin(), tags.end(), name,
                                                     [](const TagInfo &t, const QString &n) { return t.name < n; });
                    if (it != tags.end() && it->name == name && it->isCommit) {
                        ref.how = ImageRef::How::VersionTag;
                        ref.resolvedRepo = builder->repo;
                        ref.commit = Git::oidToString(it->commit);
                        streamByRepo[builder->repo].append(i);
                    }
                }
            }
            continue;
        }
        if (!builder) {
            ref.status = ImageRef::Status::Unmapped;
            continue;
        }
        ref.resolvedRepo = builder->repo;
        refsByRepo[builder->repo].append(i);
    }
    for (auto it = streamByRepo.cbegin(); it != streamByRepo.cend(); ++it) {
        if (!refsByRepo.contains(it.key()))
            refsByRepo.insert(it.key(), {});
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
        for (int i : refsByRepo[repoId]) {
            const QString &sha = allRefs[i]->sha;
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
        int cutOff = 0;
        for (int i : refsByRepo[resolvingRepos[k]])
            cutOff += resolved[k].value(allRefs[i]->sha).status == ImageRef::Status::Shallow;
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
            const ResolveResult r = resolved[k].value(ref.sha);
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
    return snap;
}

} // namespace ReleaseDeck
