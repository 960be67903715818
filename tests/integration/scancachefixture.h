// A small workspace for the scan cache tests, built with the git CLI: an OSS
// repository with releases on main and a release branch merged back, and a
// charts repository whose values pin every OSS commit. Expected labels come
// from git rev-list, never from ReleaseDeck's own code.
#pragma once

#include "testsupport.h"

#include "cache/scancache.h"
#include "workspace/scanner.h"
#include "workspace/snapshotjson.h"
#include "workspace/workspaceloader.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ScanCacheTest {

using namespace ReleaseDeck;
using namespace TestSupport;

inline QString S(const char *s)
{
    return QString::fromUtf8(s);
}

struct Fixture
{
    QTemporaryDir tmp;
    QString oss, charts, workspaceFile, cacheFolder;
    qint64 when = 1767225600;
    int valuesVersion = 0;

    void commit(const QString &repo, const QString &message)
    {
        git(repo, {S("add"), S("-A")});
        git(repo, {S("commit"), S("-q"), S("--allow-empty"), S("-m"), message}, gitDateEnv(when += 3600));
    }
    void commits(int n, const QString &what)
    {
        for (int i = 0; i < n; ++i)
            commit(oss, QStringLiteral("%1 %2").arg(what).arg(i));
    }
    void tag(const QString &repo, const QString &name, const QString &target = S("HEAD"))
    {
        git(repo, {S("tag"), name, target}, gitDateEnv(when));
    }

    // values.yaml pinning every commit of the OSS repository.
    void writeValues()
    {
        QString values = S("image:\n  repository: ghcr.io/t/server\n  tag: sha-%1\n")
                             .arg(git(oss, {S("rev-parse"), S("--short=9"), S("HEAD")}));
        const QStringList all = git(oss, {S("rev-list"), S("--all")}).split(u'\n', Qt::SkipEmptyParts);
        for (int i = 0; i < all.size(); ++i)
            values += S("c%1:\n  image:\n    repository: ghcr.io/t/server\n    tag: sha-%2\n").arg(i).arg(all[i].left(10));
        values += S("noise: %1\n").arg(++valuesVersion);
        writeFile(charts + S("/charts/app/values.yaml"), values.toUtf8());
    }
    void chartRelease(const QString &version)
    {
        writeFile(charts + S("/charts/app/Chart.yaml"),
                  S("apiVersion: v2\nname: app\nversion: %1\nappVersion: \"%1\"\n").arg(version).toUtf8());
        writeValues();
        commit(charts, S("chart ") + version);
        tag(charts, S("app/") + version);
    }

    Fixture()
    {
        REQUIRE(tmp.isValid());
        oss = tmp.path() + S("/oss");
        charts = tmp.path() + S("/charts");
        cacheFolder = tmp.path() + S("/cache");
        for (const QString &dir : {oss, charts}) {
            QDir().mkpath(dir);
            git(dir, {S("init"), S("-q"), S("-b"), S("main")});
        }
        commits(5, S("main"));
        tag(oss, S("0.1.0"));
        commits(5, S("main"));
        tag(oss, S("0.2.0"));
        // A release branch off 0.2.0, merged into main after 0.3.0.
        git(oss, {S("checkout"), S("-q"), S("-b"), S("rel-0.2")});
        commits(2, S("fix"));
        git(oss, {S("checkout"), S("-q"), S("main")});
        commits(5, S("main"));
        tag(oss, S("0.3.0"));
        git(oss, {S("merge"), S("-q"), S("--no-ff"), S("-m"), S("merge rel-0.2"), S("rel-0.2")}, gitDateEnv(when += 3600));
        commits(4, S("main"));
        tag(oss, S("0.4.0"));
        commits(3, S("unreleased"));
        tag(oss, S("not-a-release"));

        chartRelease(S("1.0.0"));
        chartRelease(S("1.1.0"));
        workspaceFile = tmp.path() + S("/ws/releasedeck.yaml");
        writeFile(workspaceFile, R"(name: Cache
repos:
  - id: oss
    path: ../oss
    releaseTags: ["{version}"]
  - id: charts
    path: ../charts
    releaseTags: []
components:
  - id: server
    image: ghcr.io/t/server
    repo: oss
  - id: app
    kind: chart
    repo: charts
    chart: app
    tags: "app/{version}"
    image: server
)");
    }

    Workspace workspace() const
    {
        const WorkspaceLoad load = WorkspaceLoader::load(workspaceFile);
        REQUIRE_FALSE(load.fatal);
        return load.workspace;
    }

    WorkspaceSnapshot scan(bool useCache = true, int graphAfterCommits = 1 << 30) const
    {
        Scanner::Options options;
        options.threads = 2;
        options.useCache = useCache;
        options.cacheFolder = cacheFolder;
        options.graphAfterCommits = graphAfterCommits;
        return Scanner::scan(workspace(), options, nullptr);
    }

    QString cacheFile() const
    {
        const QStringList files = QDir(cacheFolder).entryList({S("*.cache")}, QDir::Files | QDir::System);
        REQUIRE(files.size() == 1);
        return cacheFolder + u'/' + files.first();
    }

    // The label git gives each commit: the lowest release (by version) whose
    // history holds it. Releases here are X.Y.Z, compared numerically.
    QHash<QString, QString> gitLabels() const
    {
        QStringList releases;
        for (const QString &t : git(oss, {S("tag"), S("--list")}).split(u'\n', Qt::SkipEmptyParts)) {
            if (QRegularExpression(S("^\\d+\\.\\d+\\.\\d+$")).match(t).hasMatch())
                releases.append(t);
        }
        std::sort(releases.begin(), releases.end(), [](const QString &a, const QString &b) {
            const QStringList x = a.split(u'.'), y = b.split(u'.');
            for (int i = 0; i < 3; ++i) {
                if (x[i].toInt() != y[i].toInt())
                    return x[i].toInt() < y[i].toInt();
            }
            return false;
        });
        QHash<QString, QString> label;
        for (const QString &r : releases) {
            for (const QString &c : git(oss, {S("rev-list"), r}).split(u'\n', Qt::SkipEmptyParts)) {
                if (!label.contains(c))
                    label.insert(c, r);
            }
        }
        return label;
    }

    // The labels the cache file holds for the OSS repository, by commit.
    QHash<QString, QString> cachedLabels() const
    {
        const Workspace ws = workspace();
        QStringList identity{QFileInfo(workspaceFile).canonicalFilePath()};
        for (const RepoConfig &r : ws.repos)
            identity.append(r.id + u'=' + QFileInfo(r.path).canonicalFilePath());
        ScanCache cache(identity.join(u'\n'));
        QString why;
        REQUIRE(cache.load(cacheFolder, &why));
        const RepoCache *repo = cache.repo(S("oss"), QFileInfo(oss).canonicalFilePath());
        REQUIRE(repo);
        REQUIRE(repo->labels.valid);
        QHash<QString, QString> out;
        for (const LabelTable::Entry &e : repo->labels.entries)
            out.insert(Git::oidToString(e.commit), repo->labels.releases[e.release].tag);
        return out;
    }

    // Labels in the cache and in the snapshot agree with git, commit by commit.
    void checkLabels(const WorkspaceSnapshot &snap) const
    {
        const QHash<QString, QString> expected = gitLabels();
        CHECK(cachedLabels() == expected);
        int checked = 0;
        for (const ImageRef &ref : snap.imageRefs) {
            if (ref.status != ImageRef::Status::Resolved)
                continue;
            INFO(ref.commit.toStdString());
            CHECK(ref.earliestRelease == expected.value(ref.commit));
            ++checked;
        }
        CHECK(checked > 20);
    }

    int revListCount(const QStringList &args) const
    {
        return git(oss, QStringList{S("rev-list"), S("--count")} + args).toInt();
    }
};

// The snapshot as `scan --json` writes it, without the moment of the scan.
inline QJsonObject json(const WorkspaceSnapshot &snap)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeSnapshotJson(snap, &buffer));
    QJsonObject o = QJsonDocument::fromJson(buffer.data()).object();
    REQUIRE_FALSE(o.isEmpty());
    o.remove(S("scannedAt"));
    return o;
}

inline QJsonObject json(const QByteArray &out)
{
    QJsonObject o = QJsonDocument::fromJson(out).object();
    REQUIRE_FALSE(o.isEmpty());
    o.remove(S("scannedAt"));
    return o;
}

} // namespace ScanCacheTest
