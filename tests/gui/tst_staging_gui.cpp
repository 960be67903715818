// The Staging panel and the plan dialog on the demo: what the panel offers
// and why it refuses the rest, then an approval driven through the dialog
// against the demo's charts remote, read back with the git CLI.
#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "stagingpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>


using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

void saveShot(QWidget *w, const QString &name)
{
    const QByteArray dir = qgetenv("RELEASEDECK_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

// The demo on disk; open() shows a window on it and waits for its scan.
struct Demo
{
    QTemporaryDir tmp;
    QString file, charts, oss, registry;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QSignalSpy> shown;

    Demo()
    {
        QString error;
        file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
        REQUIRE_FALSE(file.isEmpty());
        charts = tmp.path() + QLatin1String("/demo/repos/charts.git");
        oss = tmp.path() + QLatin1String("/demo/repos/oss.git");
        registry = tmp.path() + QLatin1String("/demo/registry");
    }

    StagingPanel *open()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1600, 900);
        window->show();
        shown = std::make_unique<QSignalSpy>(window.get(), &MainWindow::snapshotShown);
        window->openWorkspace(file);
        REQUIRE(shown->wait(60000));
        StagingPanel *panel = window->stagingPanel();
        REQUIRE_EVENTUALLY(panel->state().pending.has_value(), 10000);
        return panel;
    }

    // Clicks a button of the panel and returns the plan dialog it opened.
    PlanDialog *click(QAbstractButton *button)
    {
        qRegisterMetaType<QDialog *>();
        QSignalSpy opened(window.get(), &MainWindow::operationOpened);
        button->click();
        REQUIRE(opened.size() == 1);
        auto *dialog = qobject_cast<PlanDialog *>(opened.first().first().value<QDialog *>());
        REQUIRE(dialog);
        return dialog;
    }
};

} // namespace

TEST_CASE("The Staging panel shows the pending release, and an approval runs through the plan dialog", "[gui][staging]")
{
    Demo demo;
    StagingPanel *panel = demo.open();
    MainWindow &window = *demo.window;
    QSignalSpy &shown = *demo.shown;
    const QString &charts = demo.charts;

    // What the manifest says: 0.75.0 staged by Riley; approving is the next step.
    auto *title = panel->findChild<QLabel *>();
    CHECK(title->text() == QStringLiteral("0.75.0 — staged for Enterprise"));
    using Kind = OperationRequest::Kind;
    CHECK(panel->button(Kind::Approve)->isEnabled());
    CHECK(panel->button(Kind::Release)->isEnabled());
    CHECK_FALSE(panel->button(Kind::Publish)->isEnabled());
    CHECK(panel->button(Kind::Publish)->toolTip() == QLatin1String("0.75.0 is staged; another release manager approves it first."));
    CHECK(panel->button(Kind::Stage)->toolTip()
          == QLatin1String("0.75.0 is staged and not yet published: publish it, or re-stage it."));
    CHECK(panel->button(Kind::Fix)->toolTip() == QLatin1String("0.75.0 is pending: chart fixes wait until it is published."));
    CHECK(panel->button(Kind::Restage)->toolTip() == QLatin1String("OSS has tagged nothing newer than 0.75.0 yet."));
    saveShot(&window, QStringLiteral("staging.png"));

    // Avery approves: the button opens the plan dialog.
    useIdentity(demo.tmp.path() + QLatin1String("/avery"), "Avery Approver", "avery@example.com");
    PlanDialog *dialog = demo.click(panel->button(Kind::Approve));
    CHECK(dialog->versionEdit()->text() == QLatin1String("0.75.0"));
    saveShot(dialog, QStringLiteral("plan-form.png"));
    // A note is required, and the button says so.
    CHECK_FALSE(dialog->nextButton()->isEnabled());
    CHECK(dialog->nextButton()->toolTip() == QLatin1String("Say what was validated: the note goes to the audit trail."));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("a week on SaaS, no regressions"));
    REQUIRE(dialog->nextButton()->isEnabled());
    const QString before = git(charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    dialog->nextButton()->click();
    REQUIRE_EVENTUALLY(dialog->page() == PlanDialog::Page::Plan, 30000);
    CHECK(dialog->planText().contains(QLatin1String("+       state: approved")));
    CHECK(dialog->nextButton()->text() == QLatin1String("&Run 3 steps"));
    // Nothing has changed before Run.
    CHECK(git(charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == before);
    saveShot(dialog, QStringLiteral("plan-dialog.png"));

    QSignalSpy completed(dialog, &PlanDialog::completed);
    dialog->nextButton()->click();
    REQUIRE_EVENTUALLY(dialog->page() == PlanDialog::Page::Result, 30000);
    INFO(dialog->resultText().toStdString());
    CHECK(dialog->succeeded());
    CHECK(completed.size() == 1);
    CHECK(git(charts, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an|%s"), QStringLiteral("main")})
          == QLatin1String("Avery Approver|Approve 0.75.0"));
    saveShot(dialog, QStringLiteral("plan-result.png"));

    // The window scans again and the panel follows: publishing is next, early.
    REQUIRE(shown.wait(60000));
    REQUIRE_EVENTUALLY(panel->button(Kind::Publish)->isEnabled(), 10000);
    CHECK(title->text() == QStringLiteral("0.75.0 — approved for Enterprise"));
    CHECK(panel->button(Kind::Publish)->defaultAction()->text() == QStringLiteral("&Publish early…"));
    CHECK_FALSE(panel->button(Kind::Approve)->isEnabled());
    dialog->nextButton()->click(); // Close
}

TEST_CASE("An interrupted operation is offered in the Staging panel and resumes without doing its steps twice", "[gui][staging][resume]")
{
    Demo demo;
    const QString &charts = demo.charts;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString before = git(charts, {QStringLiteral("rev-parse"), QStringLiteral("main")});

    // Avery's approval, cancelled after its commit was made in the clone.
    useIdentity(demo.tmp.path() + QLatin1String("/avery"), "Avery Approver", "avery@example.com");
    const QString journalPath = interruptedApproval(demo.file, dataDir, QStringLiteral("0.75.0"));
    CHECK(git(charts, {QStringLiteral("rev-parse"), QStringLiteral("main")}) == before);

    StagingPanel *panel = demo.open();
    QSignalSpy &shown = *demo.shown;
    REQUIRE_EVENTUALLY(panel->resumeButton()->isVisible(), 10000);
    CHECK(panel->interruptedLabel()->text().startsWith(QLatin1String("<b>Interrupted:</b> Approve 0.75.0 for Enterprise")));
    CHECK(panel->interruptedLabel()->text().contains(QLatin1String("(2 steps done)")));

    PlanDialog *dialog = demo.click(panel->resumeButton());
    CHECK(dialog->versionEdit()->text() == QLatin1String("0.75.0"));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("validated"));
    dialog->nextButton()->click();
    REQUIRE_EVENTUALLY(dialog->page() == PlanDialog::Page::Plan, 30000);
    CHECK(dialog->planText().startsWith(QLatin1String("An earlier run was interrupted: it resumes after registry-check, commit.")));
    dialog->nextButton()->click();
    REQUIRE_EVENTUALLY(dialog->page() == PlanDialog::Page::Result, 30000);
    INFO(dialog->resultText().toStdString());
    CHECK(dialog->succeeded());
    // One approval commit on the remote, and the panel has nothing left to resume.
    CHECK(git(charts, {QStringLiteral("rev-list"), QStringLiteral("--count"), before + QLatin1String("..main")}) == QLatin1String("1"));
    // The commit the cancelled run made, as its journal recorded it.
    QFile journal(journalPath);
    REQUIRE(journal.open(QIODevice::ReadOnly));
    QStringList commits;
    for (const QByteArray &line : journal.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o[QStringLiteral("step")] == QJsonValue(QStringLiteral("commit")) && o[QStringLiteral("event")] == QJsonValue(QStringLiteral("done")))
            commits.append(o[QStringLiteral("outputs")].toObject()[QStringLiteral("commit")].toString());
    }
    CHECK(commits == QStringList{git(charts, {QStringLiteral("rev-parse"), QStringLiteral("main")})});
    REQUIRE(shown.wait(60000));
    REQUIRE_EVENTUALLY(!panel->resumeButton()->isVisible(), 10000);
    dialog->nextButton()->click();
}

TEST_CASE("Release… in the Staging panel tags OSS and its images, as git and skopeo read them", "[gui][staging][release]")
{
    Demo demo;
    StagingPanel *panel = demo.open();
    QSignalSpy &shown = *demo.shown;
    const QString &oss = demo.oss;
    const QString &registry = demo.registry;
    useIdentity(demo.tmp.path() + QLatin1String("/riley"), "Riley Release", "riley@example.com");
    PlanDialog *dialog = demo.click(panel->button(OperationRequest::Kind::Release));
    // The next minor after the newest OSS tag, from main.
    CHECK(dialog->versionEdit()->text() == QLatin1String("0.76.0"));
    CHECK(dialog->commitEdit()->text() == QLatin1String("main"));
    // A commit that is not there is refused on the form, which stays.
    dialog->commitEdit()->setText(QStringLiteral("no-such-branch"));
    dialog->nextButton()->click();
    REQUIRE_EVENTUALLY(dialog->nextButton()->isEnabled(), 30000);
    CHECK(dialog->page() == PlanDialog::Page::Form);
    CHECK(dialog->formError().startsWith(QLatin1String("'no-such-branch' is not a commit of file://")));
    dialog->commitEdit()->setText(QStringLiteral("main"));
    dialog->nextButton()->click();
    REQUIRE_EVENTUALLY(dialog->page() == PlanDialog::Page::Plan, 30000);
    const QString main = git(oss, {QStringLiteral("rev-parse"), QStringLiteral("main")});
    CHECK(dialog->planText().contains(QStringLiteral("Tag ghcr.io/openhands/runtime:sha-%1 as 0.76.0-nikolaik").arg(main.left(7))));
    dialog->nextButton()->click();
    REQUIRE_EVENTUALLY(dialog->page() == PlanDialog::Page::Result, 30000);
    INFO(dialog->resultText().toStdString());
    REQUIRE(dialog->succeeded());
    CHECK(git(oss, {QStringLiteral("rev-parse"), QStringLiteral("0.76.0^{commit}")}) == main);
    const ProcessResult inspect = run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("oci:%1/openhands/runtime:0.76.0-nikolaik").arg(registry)});
    REQUIRE(inspect.exitCode == 0);
    CHECK(QJsonDocument::fromJson(inspect.out).object()[QStringLiteral("Labels")].toObject()[QStringLiteral("org.opencontainers.image.revision")].toString() == main);
    // After the rescan 0.76.0 can be re-staged to: the panel offers it.
    REQUIRE(shown.wait(60000));
    REQUIRE_EVENTUALLY(panel->button(OperationRequest::Kind::Restage)->isEnabled(), 10000);
    CHECK(panel->state().restage.version == QLatin1String("0.76.0"));
    dialog->nextButton()->click();
}
