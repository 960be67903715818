// The plan dialog on its own, against the demo's real remotes: a step the
// remote refuses ends on the failure page, whose Roll back undoes what
// stayed in ReleaseDeck's clone; a publish before the due date, or inside a
// freeze, asks for the reason, which lands in the audit trail.
#include "testsupport.h"

#include "../integration/opsdemo.h"
#include "gitdaemon.h"
#include "plandialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace OpsTest;
using namespace ReleaseDeck;

namespace {

Workspace loadWorkspace(const QString &file)
{
    const WorkspaceLoad load = WorkspaceLoader::load(file);
    REQUIRE_FALSE(load.fatal);
    return load.workspace;
}

OperationSetup setupFor(const Person &who)
{
    OperationSetup setup;
    setup.dataDir = OpsDemo::dataDir(who);
    setup.who = GitIdentity{who.name, who.email, QDateTime::currentDateTimeUtc()};
    return setup;
}

QPushButton *buttonNamed(PlanDialog *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A refused push ends on the failure page, and Roll back undoes the tag left in the clone", "[gui][plandialog][rollback]")
{
    OpsDemo d;
    GitDaemon daemon(d.demo + QLatin1String("/repos"));
    REQUIRE(daemon.isRunning());
    // Plans reach oss.git over the daemon, whose hook refuses every push.
    const QString hook = d.oss + QLatin1String("/hooks/pre-receive");
    writeFile(hook, "#!/bin/sh\necho 'tags are frozen' >&2\nexit 1\n");
    QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QByteArray ws = OpsDemo::readFile(d.file);
    REQUIRE(ws.contains("    path: repos/oss.git\n"));
    ws.replace("    path: repos/oss.git\n", "    path: repos/oss.git\n    remote: " + daemon.url(QStringLiteral("oss.git")).toUtf8() + "\n");
    writeFile(d.file, ws);

    PlanDialog dialog(loadWorkspace(d.file), OperationRequest::Kind::Release, {}, setupFor(d.riley));
    dialog.show();
    QTest::keyClicks(dialog.versionEdit(), QStringLiteral("0.76.0"));
    CHECK(dialog.commitEdit()->text() == QLatin1String("main"));
    REQUIRE(dialog.nextButton()->isEnabled());
    dialog.nextButton()->click();
    REQUIRE_EVENTUALLY(dialog.page() == PlanDialog::Page::Plan, 60000);
    dialog.nextButton()->click();
    REQUIRE_EVENTUALLY(dialog.page() == PlanDialog::Page::Result, 60000);
    CHECK_FALSE(dialog.succeeded());
    INFO(dialog.resultText().toStdString());
    CHECK(dialog.resultText().contains(QLatin1String("Step 'push-tag' failed.")));
    CHECK(dialog.resultText().contains(QLatin1String("tag 0.76.0 was refused (refs/tags/0.76.0: pre-receive hook declined)")));

    // The tag is in ReleaseDeck's clone only.
    QDir clones(OpsDemo::dataDir(d.riley) + QLatin1String("/clones"));
    const QStringList oss = clones.entryList({QStringLiteral("oss-*")}, QDir::Dirs);
    REQUIRE(oss.size() == 1);
    const QString clone = clones.filePath(oss.first());
    CHECK(git(clone, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}) == QLatin1String("0.76.0"));
    CHECK(git(d.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}).isEmpty());

    QPushButton *rollBack = buttonNamed(&dialog, QStringLiteral("Roll &back local steps"));
    REQUIRE(rollBack);
    REQUIRE(rollBack->isVisible());
    rollBack->click();
    REQUIRE_EVENTUALLY(dialog.resultText().contains(QLatin1String("Rolled back.")), 60000);
    CHECK_FALSE(rollBack->isVisible());
    CHECK(git(clone, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}).isEmpty());
    CHECK(git(d.oss, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.76.0")}).isEmpty());
    CHECK(dialog.nextButton()->text() == QLatin1String("Close"));
}

TEST_CASE("Publishing early or inside a freeze asks for the reason, and the audit trail keeps it", "[gui][plandialog][publish]")
{
    OpsDemo d;
    // 0.75.0 approved by Avery; it is due in a few days.
    const QDateTime due = d.due(QStringLiteral("0.75.0"));
    REQUIRE(due > QDateTime::currentDateTimeUtc());
    REQUIRE(d.perform(d.avery, Kind::Approve, QStringLiteral("0.75.0"), QDateTime::currentDateTimeUtc(), QStringLiteral("ok")) == QString());

    PlanDialog::Options options;
    QString expected;
    SECTION("early")
    {
        options.askEarly = true;
        expected = QStringLiteral("early (due ");
    }
    SECTION("inside a freeze, and early")
    {
        const QDate today = QDate::currentDate();
        QByteArray ws = OpsDemo::readFile(d.file);
        ws += QStringLiteral("calendar:\n  freezes:\n    - from: %1\n      to: %2\n      reason: year-end\n")
                  .arg(today.addDays(-1).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate))
                  .toUtf8();
        writeFile(d.file, ws);
        options.askEarly = true;
        options.freeze = QStringLiteral("%1 to %2, year-end").arg(today.addDays(-1).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate));
        expected = QStringLiteral("freeze overridden (%1): ").arg(options.freeze);
    }

    PlanDialog dialog(loadWorkspace(d.file), OperationRequest::Kind::Publish, options, setupFor(d.riley));
    dialog.show();
    REQUIRE(dialog.reasonEdit());
    CHECK(dialog.reasonEdit()->accessibleName()
          == (options.freeze.isEmpty() ? QLatin1String("Early because") : QLatin1String("Freeze override")));
    CHECK_FALSE(dialog.nextButton()->isEnabled());
    CHECK(dialog.nextButton()->toolTip() == QLatin1String("Give the reason: it goes to the audit trail."));
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("the customer's window is tonight"));
    REQUIRE(dialog.nextButton()->isEnabled());
    dialog.nextButton()->click();
    REQUIRE_EVENTUALLY(dialog.page() == PlanDialog::Page::Plan, 60000);
    dialog.nextButton()->click();
    REQUIRE_EVENTUALLY(dialog.page() == PlanDialog::Page::Result, 120000);
    INFO(dialog.resultText().toStdString());
    REQUIRE(dialog.succeeded());
    CHECK(d.state(QStringLiteral("0.75.0")) == QLatin1String("published"));
    const QJsonObject last = d.entry(QStringLiteral("0.75.0"))[QStringLiteral("audit")].toArray().last().toObject();
    CHECK(last[QStringLiteral("action")].toString() == QLatin1String("publish"));
    CHECK(last[QStringLiteral("by")].toString() == QLatin1String("Riley Release <riley@example.com>"));
    const QString note = last[QStringLiteral("note")].toString();
    CHECK(note.contains(expected));
    CHECK(note.contains(QLatin1String("the customer's window is tonight")));
}

TEST_CASE("The release dialog takes another repository's commit as REPO=REV, and says what it cannot read", "[gui][plandialog][release]")
{
    OpsDemo d;
    const QString api = d.demo + QLatin1String("/repos/runtime-api.git");
    // An older commit of runtime-api that CI built: its sha- image is in the registry.
    const QString older = git(api, {QStringLiteral("rev-parse"), QStringLiteral("runtime-api/0.74.0^{commit}")});
    REQUIRE_FALSE(d.digest(QStringLiteral("openhands/runtime-api"), QStringLiteral("sha-") + older.left(7)).isEmpty());

    PlanDialog dialog(loadWorkspace(d.file), OperationRequest::Kind::Release, {}, setupFor(d.riley));
    dialog.show();
    QTest::keyClicks(dialog.versionEdit(), QStringLiteral("0.76.0"));
    REQUIRE(dialog.otherCommitsEdit());
    QTest::keyClicks(dialog.otherCommitsEdit(), QStringLiteral("runtime-api"));
    dialog.nextButton()->click();
    CHECK(dialog.page() == PlanDialog::Page::Form);
    CHECK(dialog.formError() == QLatin1String("'runtime-api' is not REPO=REV, once per repository"));

    dialog.otherCommitsEdit()->setText(QStringLiteral("runtime-api=") + older.left(12));
    dialog.nextButton()->click();
    REQUIRE_EVENTUALLY(dialog.page() == PlanDialog::Page::Plan, 60000);
    INFO(dialog.planText().toStdString());
    CHECK(dialog.planText().contains(QStringLiteral("Tag runtime-api/0.76.0 on %1 (annotated; runtime-api: as asked)").arg(older.left(12))));
}
