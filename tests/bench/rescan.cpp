// Scan times in one process, as the application rescans: cold (no cache),
// the first scan into an empty cache folder, a scan with the cache file
// only (as a new process has it), and rescans of the unchanged workspace
// with the snapshot kept in memory (Scanner::Options::memo), which is what
// the window does after an operation or a change it watched.
//
//   bench_rescan WORKSPACE CACHE_FOLDER [--runs N]
//
// CACHE_FOLDER is emptied first. Prints one line per measure: its name, the
// Scanner::scan times in ms of each run and their median.
#include "workspace/scanner.h"
#include "workspace/workspaceloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ReleaseDeck;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void print(const char *what, const std::vector<double> &ms)
{
    std::printf("%-34s", what);
    for (double m : ms)
        std::printf(" %8.1f", m);
    std::printf("   median %.1f\n", median(ms));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_rescan WORKSPACE CACHE_FOLDER [--runs N]\n");
        return 2;
    }
    const int runs = args.size() >= 5 && args[3] == QLatin1String("--runs") ? std::max(1, args[4].toInt()) : 3;
    QByteArray text;
    const WorkspaceLoad load = WorkspaceLoader::load(args[1], &text);
    if (load.fatal) {
        std::fprintf(stderr, "%s\n", qPrintable(load.problems.value(0).toString()));
        return 1;
    }
    const QString folder = QDir(args[2]).absolutePath();
    QDir(folder).removeRecursively();

    auto timed = [&](const Scanner::Options &options, qsizetype *refs = nullptr) {
        QElapsedTimer t;
        t.start();
        const WorkspaceSnapshot snap = Scanner::scan(load.workspace, options, nullptr);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (refs)
            *refs = snap.imageRefs.size();
        return ms;
    };
    Scanner::Options cold;
    cold.useCache = false;
    Scanner::Options cached;
    cached.cacheFolder = folder;
    cached.workspaceText = text;

    std::vector<double> coldMs, firstMs, fileMs, memoMs;
    qsizetype coldRefs = 0, memoRefs = 0;
    for (int i = 0; i < runs; ++i)
        coldMs.push_back(timed(cold, &coldRefs));
    print("cold, no cache", coldMs);
    firstMs.push_back(timed(cached));
    print("first scan into an empty cache", firstMs);
    for (int i = 0; i < runs; ++i)
        fileMs.push_back(timed(cached)); // no memo: what a new process does
    print("warm, cache file only", fileMs);
    Scanner::Options memo = cached;
    memo.memo = std::make_shared<ScanMemo>();
    timed(memo); // fills the memo
    for (int i = 0; i < runs; ++i)
        memoMs.push_back(timed(memo, &memoRefs));
    print("warm, in-process rescan", memoMs);
    std::printf("image references: cold %lld, in-process rescan %lld\n", qlonglong(coldRefs), qlonglong(memoRefs));
    std::printf("warm/cold: cache file %.1f %%, in-process rescan %.1f %%\n", 100 * median(fileMs) / median(coldMs),
                100 * median(memoMs) / median(coldMs));
    return coldRefs == memoRefs ? 0 : 1;
}
