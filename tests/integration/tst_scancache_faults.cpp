// A scan cache that is damaged, stale or not a file at all is never
// trusted: the scan starts cold, gives the right answer and writes the
// cache again. --no-cache and RELEASEDECK_NO_CACHE leave the cache alone.
#include "scancachefixture.h"

#include "cache/graphcache.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace ScanCacheTest;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void replaceWith(const QString &path, const std::function<void()> &make)
{
    QFile::remove(path);
    make();
}

} // namespace

TEST_CASE("A damaged or foreign cache file leads to a cold scan with the right result", "[scancache][badinput]")
{
    Fixture f;
    const QJsonObject expected = json(f.scan(false));
    REQUIRE(f.scan().stats.cacheWritten);
    const QString file = f.cacheFile();
    const QByteArray good = readAll(file);
    REQUIRE(good.size() > 1000);

    struct Damage
    {
        const char *name;
        std::function<void()> make;
        bool rewritten = true;
    };
    QByteArray flippedPayload = good;
    flippedPayload[good.size() / 2] = char(flippedPayload[good.size() / 2] ^ 0x20);
    QByteArray flippedLast = good;
    flippedLast[good.size() - 1] = char(flippedLast[good.size() - 1] ^ 0x01);
    QByteArray otherFormat = good;
    otherFormat[8] = char(otherFormat[8] + 1); // the format version, outside the checksum
    QByteArray padded = good + QByteArray(16, '\0');
    // A well-formed cache of another workspace under this one's name.
    ScanCache other(S("/elsewhere/releasedeck.yaml"));
    const QString otherFolder = f.tmp.path() + S("/other");
    QString error;
    REQUIRE(other.save(otherFolder, &error));
    const QByteArray foreign = readAll(ScanCache::fileFor(otherFolder, S("/elsewhere/releasedeck.yaml")));

    const QList<Damage> damages = {
        {"truncated", [&] { writeFile(file, good.left(good.size() * 2 / 3)); }},
        {"header only", [&] { writeFile(file, good.left(24)); }},
        {"empty", [&] { writeFile(file, QByteArray()); }},
        {"flipped payload byte", [&] { writeFile(file, flippedPayload); }},
        {"flipped last byte", [&] { writeFile(file, flippedLast); }},
        {"another format version", [&] { writeFile(file, otherFormat); }},
        {"padded", [&] { writeFile(file, padded); }},
        {"another workspace's cache", [&] { writeFile(file, foreign); }},
        {"garbage", [&] { writeFile(file, QByteArray(4096, 'x')); }},
        {"a FIFO", [&] { REQUIRE(::mkfifo(QFile::encodeName(file).constData(), 0600) == 0); }},
        {"a symbolic link to /dev/zero", [&] { REQUIRE(QFile::link(S("/dev/zero"), file)); }},
        {"a dangling symbolic link", [&] { REQUIRE(QFile::link(f.tmp.path() + S("/nowhere"), file)); }},
        {"a huge sparse file", [&] {
             QFile big(file);
             REQUIRE(big.open(QIODevice::WriteOnly));
             REQUIRE(big.resize(ScanCache::kMaxBytes + 1));
         }},
        {"a folder", [&] { REQUIRE(QDir().mkpath(file + S("/inside"))); }, false},
    };
    for (const Damage &d : damages) {
        INFO(d.name);
        QDir(file).removeRecursively();
        replaceWith(file, d.make);
        const WorkspaceSnapshot cold = f.scan();
        CHECK(cold.stats.cache.startsWith(S("cold (")));
        CHECK(cold.stats.chartsRead == 2); // two tags; HEAD is the second's commit
        CHECK(json(cold) == expected);
        CHECK(cold.stats.cacheWritten == d.rewritten);
        const WorkspaceSnapshot next = f.scan();
        CHECK(json(next) == expected);
        if (d.rewritten) {
            CHECK(next.stats.cache == S("warm"));
            CHECK(next.stats.chartsRead == 0);
            CHECK(QFileInfo(file).isFile());
            CHECK_FALSE(QFileInfo(file).isSymLink());
        }
    }
    QDir(file).removeRecursively();
    // Nothing was written through the link.
    struct stat st = {};
    REQUIRE(::stat("/dev/zero", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("A cache kept for other repositories is not used for these", "[scancache][badinput]")
{
    Fixture f;
    f.scan();
    // The same workspace file, the OSS repository replaced by another at a
    // new path: a cache file of its own, nothing shared.
    const QString moved = f.tmp.path() + S("/oss2");
    REQUIRE(QDir().rename(f.oss, moved));
    f.oss = moved;
    QString text = QString::fromUtf8(readAll(f.workspaceFile));
    text.replace(S("path: ../oss\n"), S("path: ../oss2\n"));
    writeFile(f.workspaceFile, text.toUtf8());
    const WorkspaceSnapshot snap = f.scan();
    CHECK(snap.stats.cache.startsWith(S("cold (")));
    CHECK(snap.stats.labels.value(0) == S("oss: built (no labels kept)"));
    CHECK(json(snap) == json(f.scan(false)));
}

TEST_CASE("A damaged cached commit-graph is not used", "[scancache][commitgraph][badinput]")
{
    Fixture f;
    f.scan(true, 1);
    GraphCache::waitForWrites();
    const QString graph = GraphCache::objectsFolder(f.cacheFolder, f.oss) + S("/info/commit-graph");
    QByteArray bytes = readAll(graph);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x04);
    writeFile(graph, bytes);
    git(f.oss, {S("tag"), S("-d"), S("0.1.0")});
    const WorkspaceSnapshot snap = f.scan(true, 1 << 30);
    CHECK(snap.stats.commitsWalked > 0);
    CHECK(snap.stats.commitsFromGraph == 0);
    f.checkLabels(snap);
}

TEST_CASE("Scans with --no-cache or RELEASEDECK_NO_CACHE neither read nor write the cache", "[scancache][cli]")
{
    Fixture f;
    const QString xdg = f.tmp.path() + S("/xdg-cache");
    const ProcessResult noCache = run(S(RELEASEDECK_BINARY), {S("scan"), S("-w"), f.workspaceFile, S("--no-cache")},
                                      QString(), {{S("XDG_CACHE_HOME"), xdg}});
    CHECK(noCache.exitCode == 0);
    const ProcessResult env = run(S(RELEASEDECK_BINARY), {S("status"), S("-w"), f.workspaceFile, S("--no-registry")},
                                  QString(), {{S("XDG_CACHE_HOME"), xdg}, {S("RELEASEDECK_NO_CACHE"), S("1")}});
    CHECK(env.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(xdg + S("/releasedeck")));
    const ProcessResult used = run(S(RELEASEDECK_BINARY), {S("mapping"), S("-w"), f.workspaceFile},
                                   QString(), {{S("XDG_CACHE_HOME"), xdg}});
    CHECK(used.exitCode == 0);
    CHECK(QDir(xdg + S("/releasedeck/scan")).entryList({S("*.cache")}, QDir::Files).size() == 1);

    // Every command that scans says so in its help.
    for (const char *command : {"scan", "status", "support", "mapping", "notes", "whatif", "report", "release", "stage", "publish"}) {
        INFO(command);
        const ProcessResult help = releasedeck({QString::fromLatin1(command), S("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains("--no-cache"));
    }
}
