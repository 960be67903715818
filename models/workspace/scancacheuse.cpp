#include "scanparts.h"

#include "cache/graphcache.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcScan)

namespace ReleaseDeck {

void openScanCache(const Workspace &workspace, const Scanner::Options &options, CacheUse &c, ScanStats &stats)
{
    const QString file = workspace.file.isEmpty() ? QString() : QFileInfo(workspace.file).canonicalFilePath();
    const QByteArray off = qgetenv("RELEASEDECK_NO_CACHE");
    c.kept.assign(workspace.repos.size(), nullptr);
    if (!options.useCache || (!off.isEmpty() && off != "0") || file.isEmpty()) {
        stats.cache = QStringLiteral("off");
        return;
    }
    c.on = true;
    c.folder = options.cacheFolder.isEmpty() ? ScanCache::defaultFolder() : options.cacheFolder;
    QStringList identity{file};
    QStringList paths;
    for (const RepoConfig &r : workspace.repos) {
        paths.append(QFileInfo(r.path).canonicalFilePath());
        identity.append(r.id + u'=' + paths.last());
    }
    c.fresh = ScanCache(identity.join(u'\n'));
    if (options.memo) {
        const std::lock_guard<std::mutex> lock(options.memo->mutex);
        if (options.memo->cache && options.memo->cache->identity() == c.fresh.identity())
            c.old = options.memo->cache;
    }
    QString why;
    if (c.old) {
        c.loaded = true;
        stats.cache = QStringLiteral("warm (in memory)");
    } else {
        auto loaded = std::make_shared<ScanCache>(c.fresh.identity());
        c.loaded = loaded->load(c.folder, &why);
        c.old = std::move(loaded);
        stats.cache = c.loaded ? QStringLiteral("warm") : QStringLiteral("cold (%1)").arg(why);
    }
    for (size_t i = 0; i < workspace.repos.size(); ++i) {
        c.kept[i] = c.loaded ? c.old->repo(workspace.repos[i].id, paths[int(i)]) : nullptr;
        c.fresh.add(workspace.repos[i].id, paths[int(i)]);
    }
}

void keepScanCache(const Workspace &workspace, const Scanner::Options &options, CacheUse &cache,
                   const QStringList &resolving, const std::vector<LabelRun> &runs, const std::vector<char> &labelled,
                   std::vector<ShaRun> &shaRuns, bool cancelled, ScanStats &stats)
{
    bool changed = !cache.loaded || stats.chartsRead > 0;
    for (int k = 0; k < int(resolving.size()); ++k) {
        const auto ri = std::find_if(workspace.repos.begin(), workspace.repos.end(),
                                     [&](const RepoConfig &r) { return r.id == resolving[k]; }) - workspace.repos.begin();
        if (cache.on && !shaRuns[k].fingerprint.isEmpty() && ri < qsizetype(workspace.repos.size())) {
            RepoCache &fresh = cache.fresh.at(ri);
            fresh.objectsFingerprint = shaRuns[k].fingerprint;
            fresh.resolved = std::move(shaRuns[k].shas);
            const RepoCache *kept = cache.kept[ri];
            changed = changed || shaRuns[k].looked || !kept || kept->resolved.size() != fresh.resolved.size();
        }
        const LabelRun &run = runs[k];
        if (run.how.isEmpty())
            continue; // nothing to label there
        stats.commitsWalked += qint64(run.walked());
        stats.commitsFromGraph += qint64(run.fromGraph());
        stats.labels.append(QStringLiteral("%1: %2").arg(resolving[k], run.how));
        if (!cache.on || !labelled[k])
            continue;
        cache.fresh.at(ri).labels = run.table();
        changed = changed || !run.reused();
        if (run.walked() - run.fromGraph() >= size_t(std::max(1, options.graphAfterCommits))
            && qstrcmp(run.graphUsed(), "own") != 0)
            GraphCache::schedule(cache.folder, workspace.repos[ri].path);
    }
    if (!cache.on || cancelled)
        return;
    size_t keptRepos = 0;
    for (size_t i = 0; i < workspace.repos.size(); ++i) {
        RepoCache &fresh = cache.fresh.at(i);
        const RepoCache *kept = cache.kept[i];
        keptRepos += kept ? 1 : 0;
        if (!fresh.labels.valid && kept)
            fresh.labels = kept->labels; // not needed this time: still right
        // What this scan keeps is what it found kept, plus what it read.
        auto keptAll = [](const auto &fresh, const auto &kept) {
            return fresh.size() == kept.size()
                   && std::all_of(fresh.begin(), fresh.end(), [&](const auto &e) { return kept.count(e.first) > 0; });
        };
        changed = changed || (kept ? !keptAll(fresh.trees, kept->trees) || !keptAll(fresh.tags, kept->tags)
                                         || kept->charts.size() != fresh.charts.size()
                                   : !fresh.trees.empty() || fresh.labels.valid || !fresh.tags.empty());
    }
    changed = changed || keptRepos != cache.old->repos().size();
    if (changed) {
        QString error;
        stats.cacheWritten = cache.fresh.save(cache.folder, &error);
        if (!stats.cacheWritten)
            qCWarning(lcScan, "%s (the scan is complete; the next one starts without the cache)", qPrintable(error));
    }
    if (options.memo) {
        auto kept = std::make_shared<const ScanCache>(std::move(cache.fresh));
        const std::lock_guard<std::mutex> lock(options.memo->mutex);
        options.memo->cache = std::move(kept);
    }
}

} // namespace ReleaseDeck
