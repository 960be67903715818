// Staging a version edits the charts at the tip: the lines that change are
// the lines `git grep` finds naming the version being replaced, and any it
// does not change are reported, not silently kept.
#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "git/gitremote.h"
#include "workspace/scanner.h"
#include "ops/stageedit.h"
#include "workspace/workspaceloader.h"

#include <QDate>
#include <QSet>

using namespace ReleaseDeck;
using namespace TestSupport;

TEST_CASE("Staging the next version changes exactly the lines that name the staged one", "[stage]")
{
    QTemporaryDir tmp;
    QString error;
    const QString file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
    REQUIRE_FALSE(file.isEmpty());
    const WorkspaceLoad load = WorkspaceLoader::load(file);
    const WorkspaceSnapshot snap = Scanner::scan(load.workspace);
    const QString charts = tmp.path() + QLatin1String("/demo/repos/charts.git");
    auto remote = GitRemote::open(QStringLiteral("file://") + charts, tmp.path() + QLatin1String("/cache"), &error);
    REQUIRE(remote);
    REQUIRE(remote->fetch(&error));
    const QString tip = remote->tip(QStringLiteral("main"));
    REQUIRE(tip == git(charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}));

    const auto edits = StageEdit::build(
        snap.workspace, snap.headCharts, snap.headImageRefs,
        [&](const QString &path, QString *e) { return remote->readFile(tip, path, e); },
        *Version::parse(QStringLiteral("0.76.0")), QStringLiteral("0.75.0"), &error);
    INFO(error.toStdString());
    REQUIRE(edits);

    // git grep: every line of the charts that names 0.75.0.
    QSet<QString> named;
    for (const QString &line : git(charts, {QStringLiteral("grep"), QStringLiteral("-n"), QStringLiteral("0.75.0"), tip,
                                            QStringLiteral("--"), QStringLiteral("charts/")})
                                   .split(QLatin1Char('\n'))) {
        named.insert(line.section(QLatin1Char(':'), 1, 2)); // file:line
    }
    QSet<QString> changed;
    for (const FileEdit &f : edits->files) {
        const QList<QByteArray> before = f.before.split('\n');
        const QList<QByteArray> after = f.after.split('\n');
        REQUIRE(before.size() == after.size()); // values change, lines do not come or go
        for (int i = 0; i < before.size(); ++i) {
            if (before[i] == after[i])
                continue;
            INFO(f.path.toStdString() << ":" << i + 1 << ": " << before[i].toStdString() << " -> " << after[i].toStdString());
            // The line is the same but for the version.
            CHECK(QByteArray(before[i]).replace("0.75.0", "0.76.0") == after[i]);
            changed.insert(QStringLiteral("%1:%2").arg(f.path).arg(i + 1));
        }
    }
    QSet<QString> reported;
    for (const QString &l : edits->leftBehind)
        reported.insert(l.section(QLatin1Char(':'), 0, 1));
    INFO("left behind: " << edits->leftBehind.join(QLatin1String("; ")).toStdString());
    CHECK(changed + reported == named);
    CHECK((changed & reported).isEmpty());
    // Three charts' version and appVersion, and the image tags.
    CHECK(changed.size() >= 9);
    // The image-loader's preload list names images too: its runtime moves
    // with the others, and nothing is left behind.
    CHECK(changed.contains(QStringLiteral("charts/image-loader/values.yaml:5")));
    CHECK(edits->leftBehind.isEmpty());
}
