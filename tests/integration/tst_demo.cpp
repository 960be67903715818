// The demo workspace holds the shapes DESIGN §4 names; checked with git.
#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "domain/overview.h"
#include "domain/releasetrain.h"
#include "workspace/scanner.h"
#include "workspace/workspaceloader.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

struct Demo
{
    QTemporaryDir tmp;
    QString dir;
    QString file;
    Demo()
    {
        dir = tmp.path() + QLatin1String("/demo");
        QString error;
        file = DemoWorkspace::create(dir, QDate::currentDate(), &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(file.isEmpty());
    }
    QString repo(const char *name) const { return dir + QLatin1String("/repos/") + QLatin1String(name); }
};

const Demo &demo()
{
    static Demo d;
    return d;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("Demo init writes a complete workspace", "[demo]")
{
    const Demo &d = demo();
    CHECK(QFileInfo::exists(d.file));
    CHECK(QFileInfo::exists(d.dir + QLatin1String("/customers.yaml")));
    // The registry holds one OCI image layout per repository.
    CHECK(QFileInfo(d.dir + QLatin1String("/registry/openhands/runtime/blobs/sha256")).isDir());
    QFile layout(d.dir + QLatin1String("/registry/openhands/charts/openhands/oci-layout"));
    REQUIRE(layout.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(layout.readAll()).object().value(QLatin1String("imageLayoutVersion")).toString()
          == QLatin1String("1.0.0"));
    for (const char *name : {"oss.git", "runtime-api.git", "charts.git"}) {
        INFO(name);
        CHECK(git(d.repo(name), {QStringLiteral("rev-parse"), QStringLiteral("--is-bare-repository")}) == QLatin1String("true"));
        CHECK(git(d.repo(name), {QStringLiteral("fsck"), QStringLiteral("--no-progress"), QStringLiteral("--no-dangling")}).isEmpty());
    }
}

TEST_CASE("Demo OSS has weekly releases up to today, noise and a backport", "[demo]")
{
    const Demo &d = demo();
    const QString oss = d.repo("oss.git");
    const QStringList tags = lines(git(oss, {QStringLiteral("for-each-ref"), QStringLiteral("refs/tags"),
                                             QStringLiteral("--sort=creatordate"),
                                             QStringLiteral("--format=%(refname:strip=2) %(creatordate:unix) %(objecttype)")}));
    QList<qint64> releaseDates;
    bool lightweight = false, annotated = false;
    for (const QString &line : tags) {
        const QStringList f = line.split(QLatin1Char(' '));
        if (QRegularExpression(QStringLiteral(R"(^0\.\d+\.0$)")).match(f[0]).hasMatch()) {
            releaseDates.append(f[1].toLongLong());
            (f[2] == QLatin1String("tag") ? annotated : lightweight) = true;
        }
    }
    CHECK(releaseDates.size() >= 12);
    CHECK(annotated);
    CHECK(lightweight);
    for (int i = 1; i < releaseDates.size(); ++i)
        CHECK(std::abs(releaseDates[i] - releaseDates[i - 1] - 7 * 86400) <= 2 * 3600); // weekly
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    CHECK(now - releaseDates.last() < 8 * 86400);
    CHECK(now - releaseDates.last() > 0);

    const QString all = tags.join(QLatin1Char('\n'));
    CHECK(all.contains(QLatin1String("1.0.7-cli ")));
    CHECK(all.contains(QLatin1String("ext-v0.0.99-test ")));
    // 0.70.1 is a backport: not contained in main.
    const ProcessResult r = gitResult(oss, {QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"),
                                            QStringLiteral("0.70.1"), QStringLiteral("main")});
    CHECK(r.exitCode == 1);
    // An annotated tag dated after its commit.
    const QString tagDate = git(oss, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(taggerdate:unix)"),
                                      QStringLiteral("refs/tags/0.70.0")});
    const QString commitDate = git(oss, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ct"),
                                         QStringLiteral("0.70.0")});
    CHECK(tagDate.toLongLong() > commitDate.toLongLong());
}

TEST_CASE("Demo charts hold a fix, a moved chart, sha pins and a disagreeing tag", "[demo]")
{
    const Demo &d = demo();
    const QString charts = d.repo("charts.git");
    const QStringList tags = lines(git(charts, {QStringLiteral("tag")}));
    CHECK(tags.contains(QStringLiteral("openhands/0.68.0-fix1")));
    CHECK(tags.contains(QStringLiteral("runtime-api/0.62.0")));
    // Several tags on one commit.
    CHECK(git(charts, {QStringLiteral("rev-parse"), QStringLiteral("openhands/0.72.0^{commit}")})
          == git(charts, {QStringLiteral("rev-parse"), QStringLiteral("image-loader/0.72.0^{commit}")}));
    // The image-loader chart moved.
    const QString early = git(charts, {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"),
                                       QStringLiteral("image-loader/0.62.0")});
    const QString late = git(charts, {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"),
                                      QStringLiteral("image-loader/0.72.0")});
    CHECK(early.contains(QLatin1String("charts/image-loader/chart/Chart.yaml")));
    CHECK(late.contains(QLatin1String("charts/image-loader/Chart.yaml")));
    CHECK_FALSE(late.contains(QLatin1String("charts/image-loader/chart/")));
    // sha- pins that name real OSS commits.
    const QString values = git(charts, {QStringLiteral("show"), QStringLiteral("openhands/0.62.0:charts/openhands/values.yaml")});
    const QString pinned = QRegularExpression(QStringLiteral(R"(tag: sha-([0-9a-f]{7}))")).match(values).captured(1);
    REQUIRE(pinned.size() == 7);
    CHECK(git(d.repo("oss.git"), {QStringLiteral("rev-parse"), QStringLiteral("0.62.0^{commit}")}).startsWith(pinned));
    // A tag whose Chart.yaml disagrees with its name.
    const QString loader = git(charts, {QStringLiteral("show"), QStringLiteral("image-loader/0.66.0:charts/image-loader/chart/Chart.yaml")});
    CHECK(loader.contains(QLatin1String("version: \"0.65.0\"")));
    // The pending release is staged on main, not tagged.
    const QString staged = git(charts, {QStringLiteral("show"), QStringLiteral("main:charts/openhands/Chart.yaml")});
    CHECK(staged.contains(QLatin1String("version: 0.75.0")));
    CHECK_FALSE(tags.contains(QStringLiteral("openhands/0.75.0")));
}

TEST_CASE("Demo init refuses a folder that is not empty", "[demo][badinput]")
{
    QTemporaryDir tmp;
    writeFile(tmp.path() + QLatin1String("/keep.txt"), "mine");
    QString error;
    CHECK(DemoWorkspace::create(tmp.path(), QDate::currentDate(), &error).isEmpty());
    CHECK(error.endsWith(QLatin1String("exists and is not empty")));
}

TEST_CASE("The release manifest is read at the charts repository's HEAD, as PyYAML reads it", "[demo][manifest]")
{
    const Demo &d = demo();
    const WorkspaceLoad load = WorkspaceLoader::load(d.file);
    REQUIRE(load.problems.isEmpty());
    const WorkspaceSnapshot snap = Scanner::scan(load.workspace);
    CHECK(snap.problems.filter(QStringLiteral("releases.yaml")).isEmpty());
    CHECK(snap.manifestCommit == git(d.repo("charts.git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));

    const QString text = git(d.repo("charts.git"), {QStringLiteral("show"), QStringLiteral("HEAD:releases.yaml")});
    QTemporaryDir tmp;
    writeFile(tmp.path() + QLatin1String("/releases.yaml"), text.toUtf8());
    const ProcessResult py = run(QStringLiteral("python3"),
                                 {QStringLiteral("-c"),
                                  QStringLiteral("import json,sys,yaml;"
                                                 "d=yaml.load(open(sys.argv[1]),Loader=yaml.BaseLoader);"
                                                 "print(json.dumps([[r['version'],r['enterprise']['state'],r['enterprise']['due'],"
                                                 "r['ossCommit'],len(r['audit']),r['audit'][-1]['action']] for r in d['releases']]))"),
                                  tmp.path() + QLatin1String("/releases.yaml")});
    INFO(py.err.toStdString());
    REQUIRE(py.exitCode == 0);
    const QJsonArray expected = QJsonDocument::fromJson(py.out).array();
    REQUIRE(expected.size() == snap.manifest.releases.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonArray e = expected[i].toArray();
        const ManifestRelease &r = snap.manifest.releases[i];
        INFO(e[0].toString().toStdString());
        CHECK(r.version.toString() == e[0].toString());
        CHECK(ManifestRelease::stateName(r.state) == e[1].toString());
        CHECK(r.due == QDateTime::fromString(e[2].toString(), Qt::ISODate));
        CHECK(r.ossCommit == e[3].toString());
        CHECK(r.audit.size() == e[4].toInt());
        CHECK(r.audit.last().action == e[5].toString());
    }
    // Every published chart release is published in the manifest; the pending one is staged there.
    const ReleaseTrain train = ReleaseTrain::build(snap);
    for (const TrainRelease &t : train.releases()) {
        const ManifestRelease *m = snap.manifest.find(t.version);
        INFO(t.text().toStdString());
        REQUIRE(m);
        if (t.enterprise == TrainRelease::Enterprise::Published)
            CHECK(m->state == ManifestRelease::State::Published);
        if (t.enterprise == TrainRelease::Enterprise::Pending)
            CHECK(m->state == ManifestRelease::State::Staged);
        if (t.enterprise == TrainRelease::Enterprise::Superseded)
            CHECK(m->state == ManifestRelease::State::Superseded);
    }
    // The commit that records a publication also stages the next release:
    // each changes releases.yaml, as git log says.
    const QStringList touched = git(d.repo("charts.git"), {QStringLiteral("log"), QStringLiteral("--format=%s"),
                                                           QStringLiteral("--"), QStringLiteral("releases.yaml")})
                                    .split(QLatin1Char('\n'));
    CHECK(touched.size() == DemoWorkspace::kReleaseCount + 2); // every stage, the re-stage and the chart fix
    CHECK(touched.filter(QStringLiteral("Re-stage Enterprise charts 0.70.0 -> 0.70.1")).size() == 1);
}

TEST_CASE("The demo's history keeps every rule of the process", "[demo][rules]")
{
    const Demo &d = demo();
    const WorkspaceLoad load = WorkspaceLoader::load(d.file);
    REQUIRE(load.problems.isEmpty());
    const OverviewPtr o = Overview::build(Scanner::scan(load.workspace));
    QStringList broken;
    for (const RuleViolation &v : o->violations)
        broken.append(v.text);
    INFO(broken.join(QLatin1Char('\n')).toStdString());
    CHECK(broken.isEmpty());
    // 0.70.1 was re-staged after SaaS shipped it, as git's tag says, and
    // kept 0.70.0's weekly slot.
    const ManifestRelease *patch = o->snapshot.manifest.find(*Version::parse(QStringLiteral("0.70.1")));
    const ManifestRelease *replaced = o->snapshot.manifest.find(*Version::parse(QStringLiteral("0.70.0")));
    REQUIRE(patch);
    REQUIRE(replaced);
    const QDateTime tagged = QDateTime::fromSecsSinceEpoch(
        git(d.repo("oss.git"), {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(creatordate:unix)"), QStringLiteral("refs/tags/0.70.1")})
            .toLongLong(),
        Qt::UTC);
    CHECK(patch->audit.first().action == QLatin1String("restage"));
    CHECK(patch->audit.first().at > tagged);
    CHECK(patch->due == replaced->due);
    CHECK(replaced->audit.first().action == QLatin1String("stage"));
}
