// The commit-graph reader against git's own writer and git rev-list.
#include "testsupport.h"

#include "git/commitgraph.h"
#include "git/gitutil.h"
#include "git/releaselabels.h"

#include <QDir>
#include <QFile>
#include <QHash>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

// A history with merges, an octopus merge (extra edge list) and a second
// root, built with git; the graph is written before the last commits so
// some commits are not in it.
struct GraphRepo
{
    QTemporaryDir tmp;
    QString dir;
    GraphRepo()
    {
        dir = tmp.path() + QLatin1String("/repo");
        QDir().mkpath(dir);
        git(dir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        auto commit = [&](const QString &msg) {
            git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"), msg},
                gitDateEnv(1767225600));
        };
        for (int i = 0; i < 5; ++i)
            commit(QStringLiteral("main %1").arg(i));
        for (const char *b : {"a", "b", "c", "d"}) {
            git(dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QLatin1String(b), QStringLiteral("main~2")});
            commit(QStringLiteral("on %1").arg(QLatin1String(b)));
        }
        git(dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        git(dir, {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("octopus"),
                  QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")},
            gitDateEnv(1767225600));
        git(dir, {QStringLiteral("tag"), QStringLiteral("1.0.0")});
        git(dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--orphan"), QStringLiteral("other")});
        commit(QStringLiteral("second root"));
        git(dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        git(dir, {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--allow-unrelated-histories"), QStringLiteral("-m"),
                  QStringLiteral("join roots"), QStringLiteral("other")},
            gitDateEnv(1767225600));
        git(dir, {QStringLiteral("commit-graph"), QStringLiteral("write"), QStringLiteral("--reachable")});
        commit(QStringLiteral("after the graph"));
        git(dir, {QStringLiteral("tag"), QStringLiteral("1.1.0")});
    }
    QString objects() const { return dir + QLatin1String("/.git/objects"); }
};

QHash<QString, QStringList> revListParents(const QString &dir)
{
    QHash<QString, QStringList> out;
    const QString text = git(dir, {QStringLiteral("rev-list"), QStringLiteral("--parents"), QStringLiteral("--all")});
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList ids = line.split(QLatin1Char(' '));
        const QString commit = ids.takeFirst();
        out.insert(commit, ids);
    }
    return out;
}

git_oid oid(const QString &hex)
{
    git_oid id;
    REQUIRE(git_oid_fromstr(&id, hex.toLatin1().constData()) == 0);
    return id;
}

} // namespace

TEST_CASE("Commit-graph parents equal git rev-list --parents", "[commitgraph]")
{
    GraphRepo repo;
    CommitGraph graph;
    QString why;
    REQUIRE(graph.open(repo.objects(), &why));
    const QHash<QString, QStringList> expected = revListParents(repo.dir);
    int inGraph = 0;
    int octopus = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        std::vector<git_oid> parents;
        if (!graph.parents(oid(it.key()), &parents))
            continue; // newer than the graph
        ++inGraph;
        QStringList actual;
        for (const git_oid &p : parents)
            actual.append(Git::oidToString(p));
        INFO(it.key().toStdString());
        CHECK(actual == it.value());
        octopus += it.value().size() > 2 ? 1 : 0;
    }
    CHECK(inGraph == int(graph.commitCount()));
    CHECK(inGraph == expected.size() - 1); // all but the commit made after the graph
    CHECK(octopus == 1);
}

TEST_CASE("A damaged or split commit-graph is refused, and labels stay right", "[commitgraph][badinput]")
{
    GraphRepo repo;
    const QString file = repo.objects() + QLatin1String("/info/commit-graph");
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();

    struct Damage
    {
        const char *name;
        QByteArray bytes;
    };
    QByteArray truncated = good.left(good.size() / 2);
    QByteArray badSignature = good;
    badSignature[0] = 'X';
    QByteArray split = good;
    split[7] = 1;
    QByteArray flipped = good; // valid structure, one parent position changed
    flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x01);
    QByteArray badOffsets = good;
    for (int i = 8 + 4; i < 8 + 12; ++i)
        badOffsets[i] = char(0x7f);
    for (const Damage &d : {Damage{"truncated", truncated}, Damage{"signature", badSignature}, Damage{"split", split},
                            Damage{"offsets", badOffsets}, Damage{"empty", QByteArray()},
                            Damage{"checksum", flipped}}) {
        INFO(d.name);
        writeFile(file, d.bytes);
        CommitGraph graph;
        CHECK_FALSE(graph.open(repo.objects()));
        CHECK_FALSE(graph.isOpen());

        // The labelling falls back to the commit objects.
        git_repository *raw = nullptr;
        Git::ensureInitialised();
        REQUIRE(git_repository_open(&raw, repo.dir.toUtf8().constData()) == 0);
        Git::RepositoryPtr r(raw);
        ReleaseLabels labels;
        QString error;
        const git_oid v1 = oid(git(repo.dir, {QStringLiteral("rev-parse"), QStringLiteral("1.0.0")}));
        const git_oid v11 = oid(git(repo.dir, {QStringLiteral("rev-parse"), QStringLiteral("1.1.0")}));
        REQUIRE(labels.build(r.get(), {{v1, 0}, {v11, 1}}, nullptr, &error));
        CHECK(labels.fromGraphCount() == 0);
        CHECK(labels.rankOf(oid(git(repo.dir, {QStringLiteral("rev-parse"), QStringLiteral("a")}))) == 0);
        CHECK(labels.rankOf(oid(git(repo.dir, {QStringLiteral("rev-parse"), QStringLiteral("other")}))) == 1);
        CHECK(labels.labelledCount() == size_t(revListParents(repo.dir).size()));
    }
}

TEST_CASE("A commit with a malformed parent line fails the labelling", "[commitgraph][badinput]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    git(dir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")});
    const QString tree = git(dir, {QStringLiteral("mktree")});
    const QString text = QStringLiteral("tree %1\nparent %2z\nauthor A <a@x> 1767225600 +0000\n"
                                        "committer A <a@x> 1767225600 +0000\n\nbad\n")
                             .arg(tree, QString(39, QLatin1Char('a')));
    writeFile(dir + QLatin1String("/commit.txt"), text.toUtf8());
    const QString commit = git(dir, {QStringLiteral("hash-object"), QStringLiteral("-t"), QStringLiteral("commit"),
                                     QStringLiteral("--literally"), QStringLiteral("-w"), dir + QLatin1String("/commit.txt")});
    Git::ensureInitialised();
    git_repository *raw = nullptr;
    REQUIRE(git_repository_open(&raw, dir.toUtf8().constData()) == 0);
    Git::RepositoryPtr repo(raw);
    ReleaseLabels labels;
    QString error;
    CHECK_FALSE(labels.build(repo.get(), {{oid(commit), 0}}, nullptr, &error));
    CHECK(error == QStringLiteral("commit %1 has a malformed parent line").arg(commit));
}
