// The window's rescans: the last snapshot, kept in memory, is handed back
// while the workspace file, the repositories' references and their objects
// are as they were; any change among them is seen. What "seen" means comes
// from the git CLI (tags, HEAD, rev-parse), not from another scan.
#include "scancachefixture.h"

#include "workspace/scanrunner.h"

#include <QSignalSpy>

using namespace ScanCacheTest;

namespace {

struct MemoScans
{
    const Fixture &f;
    std::shared_ptr<ScanMemo> memo = std::make_shared<ScanMemo>();

    WorkspaceSnapshot scan() const
    {
        Scanner::Options options;
        options.threads = 2;
        options.cacheFolder = f.cacheFolder;
        options.memo = memo;
        const WorkspaceLoad load = WorkspaceLoader::load(f.workspaceFile, &options.workspaceText);
        REQUIRE_FALSE(load.fatal);
        REQUIRE_FALSE(options.workspaceText.isEmpty());
        return Scanner::scan(load.workspace, options, nullptr);
    }
};

bool settled(const QString &path)
{
    Git::ensureInitialised();
    QString error;
    const Git::RepositoryPtr repo = openRepository(path, &error);
    return repo && !objectsFingerprint(repo.get()).isEmpty();
}

// A change in the last seconds cannot be told from a later one by time
// stamps, so the fingerprint is withheld until then (objectsFingerprint).
void waitUntilSettled(const Fixture &f)
{
    REQUIRE_EVENTUALLY((settled(f.oss) && settled(f.charts)), 30000);
}

QStringList gitReleases(const QString &repo)
{
    QStringList out;
    for (const QString &t : git(repo, {S("tag"), S("--list")}).split(u'\n', Qt::SkipEmptyParts)) {
        if (QRegularExpression(S("^\\d+\\.\\d+\\.\\d+$")).match(t).hasMatch())
            out.append(t);
    }
    out.sort();
    return out;
}

QStringList releasesOf(const WorkspaceSnapshot &snap, const QString &repo)
{
    QStringList out;
    for (const ReleaseTag &t : snap.releases) {
        if (t.repo == repo)
            out.append(t.tag);
    }
    out.sort();
    return out;
}

QJsonObject withoutTime(const WorkspaceSnapshot &snap)
{
    QJsonObject o = json(snap);
    o.remove(S("scannedAt"));
    return o;
}

const ImageRef *refAt(const WorkspaceSnapshot &snap, const QString &tag, const QString &path)
{
    for (const ImageRef &ref : snap.imageRefs) {
        if (ref.tag == tag && ref.path == path)
            return &ref;
    }
    return nullptr;
}

} // namespace

TEST_CASE("An unchanged workspace is handed back from memory, and a tag, HEAD or workspace change is seen", "[scancache][memo]")
{
    Fixture f;
    MemoScans m{f};
    waitUntilSettled(f);
    const WorkspaceSnapshot first = m.scan();
    CHECK(first.stats.cache != S("unchanged"));
    const WorkspaceSnapshot again = m.scan();
    CHECK(again.stats.cache == S("unchanged"));
    CHECK(again.scannedAt >= first.scannedAt);
    CHECK(withoutTime(again) == withoutTime(first));
    CHECK(withoutTime(again) == withoutTime(f.scan(false))); // as a scan without any cache
    CHECK(releasesOf(again, S("oss")) == gitReleases(f.oss));

    // A new release tag.
    f.tag(f.oss, S("0.5.0"));
    const WorkspaceSnapshot tagged = m.scan();
    CHECK(tagged.stats.cache != S("unchanged"));
    CHECK(releasesOf(tagged, S("oss")) == gitReleases(f.oss));
    CHECK(releasesOf(tagged, S("oss")).contains(S("0.5.0")));

    // A commit: HEAD moves, no tag does.
    f.commits(1, S("after 0.5.0"));
    const WorkspaceSnapshot moved = m.scan();
    CHECK(moved.stats.cache != S("unchanged"));
    CHECK(moved.repos.value(0).head == git(f.oss, {S("rev-parse"), S("HEAD")}));

    // The workspace file's text.
    QFile file(f.workspaceFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    writeFile(f.workspaceFile, text.replace(S("name: Cache\n"), S("name: Cache renamed\n")).toUtf8());
    const WorkspaceSnapshot renamed = m.scan();
    CHECK(renamed.stats.cache != S("unchanged"));
    CHECK(renamed.name == S("Cache renamed"));

    // And again nothing: from memory.
    waitUntilSettled(f);
    m.scan();
    CHECK(m.scan().stats.cache == S("unchanged"));
}

TEST_CASE("Objects added without any reference moving are seen by the next rescan", "[scancache][memo]")
{
    Fixture f;
    // A commit that only a side clone has, pinned by a new chart release.
    const QString side = f.tmp.path() + S("/side");
    git(f.tmp.path(), {S("clone"), S("-q"), f.oss, side});
    git(side, {S("commit"), S("-q"), S("--allow-empty"), S("-m"), S("only here")}, gitDateEnv(f.when += 3600));
    const QString only = git(side, {S("rev-parse"), S("HEAD")});
    writeFile(f.charts + S("/charts/app/Chart.yaml"), "apiVersion: v2\nname: app\nversion: 1.2.0\nappVersion: \"1.2.0\"\n");
    writeFile(f.charts + S("/charts/app/values.yaml"), S("pinned:\n  image:\n    repository: ghcr.io/t/server\n    tag: sha-%1\n").arg(only).toUtf8());
    f.commit(f.charts, S("chart 1.2.0"));
    f.tag(f.charts, S("app/1.2.0"));

    MemoScans m{f};
    waitUntilSettled(f);
    m.scan();
    const WorkspaceSnapshot before = m.scan();
    REQUIRE(before.stats.cache == S("unchanged"));
    const ImageRef *missing = refAt(before, S("app/1.2.0"), S("pinned.image"));
    REQUIRE(missing);
    CHECK(missing->status == ImageRef::Status::NotFound);

    // Fetched by id: FETCH_HEAD is written, no reference under refs/ moves.
    const QString refsBefore = git(f.oss, {S("for-each-ref")});
    git(f.oss, {S("fetch"), S("-q"), side, S("main")});
    REQUIRE(git(f.oss, {S("for-each-ref")}) == refsBefore);
    REQUIRE(git(f.oss, {S("cat-file"), S("-t"), only}) == S("commit"));

    // Settled again, so that only the objects' fingerprint tells the change.
    waitUntilSettled(f);
    const WorkspaceSnapshot after = m.scan();
    CHECK(after.stats.cache != S("unchanged"));
    const ImageRef *found = refAt(after, S("app/1.2.0"), S("pinned.image"));
    REQUIRE(found);
    CHECK(found->status == ImageRef::Status::Resolved);
    CHECK(found->commit == only);
}

TEST_CASE("The window's scan runner rescans an unchanged workspace from memory", "[scancache][memo]")
{
    Fixture f;
    waitUntilSettled(f);
    qputenv("XDG_CACHE_HOME", QFile::encodeName(f.tmp.path() + S("/xdg")));
    ScanRunner runner;
    QSignalSpy finished(&runner, &ScanRunner::finished);
    runner.start(f.workspaceFile);
    REQUIRE_EVENTUALLY(finished.size() == 1, 60000);
    runner.start(f.workspaceFile);
    REQUIRE_EVENTUALLY(finished.size() == 2, 60000);
    const auto first = finished.at(0).at(0).value<WorkspaceSnapshot>();
    const auto second = finished.at(1).at(0).value<WorkspaceSnapshot>();
    CHECK(first.stats.cache != S("unchanged"));
    CHECK(second.stats.cache == S("unchanged"));
    CHECK(withoutTime(second) == withoutTime(first));
    CHECK(releasesOf(second, S("oss")) == gitReleases(f.oss));
}

namespace {

QString looseObjectFile(const QString &repo, const QString &id)
{
    return repo + S("/.git/objects/") + id.left(2) + u'/' + id.mid(2);
}

QString problemsOf(const WorkspaceSnapshot &snap, const QString &tag)
{
    QStringList out = snap.problems;
    for (const ChartRelease &c : snap.charts) {
        if (c.tag == tag)
            out += c.problems;
    }
    return out.join(u'\n');
}

} // namespace

TEST_CASE("A loose object holding another object's content is a problem, cached or not", "[scancache][badinput]")
{
    Fixture f;
    const QString other = git(f.charts, {S("rev-parse"), S("app/1.0.0:charts/app/values.yaml")});
    const QString victim = git(f.charts, {S("rev-parse"), S("app/1.1.0:charts/app/values.yaml")});
    REQUIRE(other != victim);
    // Intact zlib data, under the wrong name.
    const QString file = looseObjectFile(f.charts, victim);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(QFile::remove(file));
    REQUIRE(QFile::copy(looseObjectFile(f.charts, other), file));
    const ProcessResult fsck = run(S("git"), {S("-C"), f.charts, S("fsck")});
    CHECK(QString::fromUtf8(fsck.out + fsck.err).contains(victim)); // git names it too

    const WorkspaceSnapshot cold = f.scan(false);
    CHECK(problemsOf(cold, S("app/1.1.0")).contains(victim));
    f.scan();
    const WorkspaceSnapshot cached = f.scan();
    CHECK(problemsOf(cached, S("app/1.1.0")).contains(victim));
}

TEST_CASE("A snapshot that met an unreadable object is not handed back from memory", "[scancache][memo][badinput]")
{
    Fixture f;
    git(f.charts, {S("gc"), S("-q")});
    const QString victim = git(f.charts, {S("rev-parse"), S("app/1.1.0:charts/app/values.yaml")});
    // Where the blob's data lies in the pack, from git verify-pack.
    const QString pack = QDir(f.charts + S("/.git/objects/pack")).entryInfoList({S("*.pack")}).value(0).absoluteFilePath();
    REQUIRE_FALSE(pack.isEmpty());
    qint64 offset = -1, size = 0;
    const QString listing = git(f.charts, {S("verify-pack"), S("-v"), pack.left(pack.size() - 5) + S(".idx")});
    for (const QString &line : listing.split(u'\n')) {
        const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
        if (cols.size() >= 5 && cols[0] == victim) {
            size = cols[3].toLongLong();
            offset = cols[4].toLongLong();
        }
    }
    REQUIRE(offset > 0);
    REQUIRE(size > 8);
    QFile::setPermissions(pack, QFile::ReadOwner | QFile::WriteOwner);
    QFile packFile(pack);
    REQUIRE(packFile.open(QIODevice::ReadWrite));
    const QByteArray original = packFile.readAll();
    QByteArray damaged = original;
    damaged[offset + size / 2] = char(damaged[offset + size / 2] ^ 0x55);
    auto write = [&packFile](const QByteArray &bytes) {
        REQUIRE(packFile.seek(0));
        REQUIRE(packFile.write(bytes) == bytes.size());
        REQUIRE(packFile.flush());
    };
    write(damaged);

    MemoScans m{f};
    waitUntilSettled(f);
    const WorkspaceSnapshot broken = m.scan();
    REQUIRE_FALSE(problemsOf(broken, S("app/1.1.0")).isEmpty());
    CHECK(m.scan().stats.cache != S("unchanged")); // not kept

    // Repaired in place: the same file, so the same fingerprint once settled.
    write(original);
    packFile.close();
    waitUntilSettled(f);
    const WorkspaceSnapshot repaired = m.scan();
    CHECK(withoutTime(repaired) == withoutTime(f.scan(false)));
    CHECK(problemsOf(repaired, S("app/1.1.0")) == problemsOf(f.scan(false), S("app/1.1.0")));
}
