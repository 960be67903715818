// The window in German, as a user with a German locale starts it: the
// translation installed the way main() does, the menus, the Staging panel
// and a plan dialog in German, and dates written the German way. The
// locale and the translation are restored after, so the next test in the
// same process reads English again.
#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "mainwindow.h"
#include "pipelineview.h"
#include "plandialog.h"
#include "stagingpanel.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

// German for as long as it lives, then the locale and translations as before.
struct German
{
    const QLocale before;
    std::optional<Translations> translations;

    German()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        translations.emplace(QLocale());
    }
    ~German()
    {
        translations.reset();
        QLocale::setDefault(before);
    }
};

QStringList texts(const QList<QAction *> &actions)
{
    QStringList out;
    for (const QAction *a : actions)
        out.append(a->text());
    return out;
}

QMenu *menuNamed(QMenuBar *bar, const QString &text)
{
    for (QAction *a : bar->actions()) {
        if (a->text() == text)
            return a->menu();
    }
    return nullptr;
}

QStringList labelTexts(const QWidget *w)
{
    QStringList out;
    for (const QLabel *l : w->findChildren<QLabel *>())
        out.append(l->text());
    return out;
}

// Written out here, not asked of QLocale: what German readers expect.
const char *const kWeekdays[] = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
const char *const kMonths[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                               "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

} // namespace

TEST_CASE("With a German locale the menus, the Staging panel and a plan dialog read German, and dates are German",
          "[gui][translation]")
{
    QTemporaryDir tmp;
    QString error;
    const QString file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
    REQUIRE_FALSE(file.isEmpty());

    German german;
    INFO("the German translation in the resources: " << QFile::exists(QStringLiteral(":/i18n/releasedeck_de.qm")));
    REQUIRE(german.translations->translated());
    auto window = std::make_unique<MainWindow>();
    window->resize(1600, 900);
    window->show();
    QSignalSpy shown(window.get(), &MainWindow::snapshotShown);
    window->openWorkspace(file);
    REQUIRE(shown.wait(60000));

    // The menus, each with an accelerator of its own.
    QMenuBar *bar = window->menuBar();
    CHECK(texts(bar->actions()) == QStringList{QStringLiteral("Arbeits&bereich"), QStringLiteral("&Ansicht"),
                                               QStringLiteral("&Release"), QStringLiteral("&Hilfe")});
    QMenu *workspace = menuNamed(bar, QStringLiteral("Arbeits&bereich"));
    REQUIRE(workspace);
    CHECK(texts(workspace->actions()).contains(QStringLiteral("Ö&ffnen…")));
    CHECK(texts(workspace->actions()).contains(QStringLiteral("&Beenden")));
    QMenu *view = menuNamed(bar, QStringLiteral("&Ansicht"));
    REQUIRE(view);
    CHECK(texts(view->actions()).contains(QStringLiteral("&Versionen")));
    CHECK(texts(view->actions()).contains(QStringLiteral("&Scan-Daten")));
    QMenu *release = menuNamed(bar, QStringLiteral("&Release"));
    REQUIRE(release);
    CHECK(texts(release->actions()).contains(QStringLiteral("&Genehmigen…")));
    CHECK(texts(release->actions()).contains(QStringLiteral("Staging-&Panel")));

    // The Staging panel: the pending release, its buttons and its audit trail.
    StagingPanel *panel = window->stagingPanel();
    REQUIRE_EVENTUALLY(panel->state().pending.has_value(), 10000);
    const ManifestRelease pending = *panel->state().pending;
    CHECK(labelTexts(panel).contains(QStringLiteral("%1 — für Enterprise gestagt").arg(pending.version.toString())));
    using Kind = OperationRequest::Kind;
    CHECK(panel->button(Kind::Approve)->defaultAction()->text() == QStringLiteral("&Genehmigen…"));
    CHECK(panel->button(Kind::Publish)->defaultAction()->text() == QStringLiteral("&Veröffentlichen…"));
    CHECK(panel->button(Kind::Publish)->toolTip()
          == QStringLiteral("%1 ist gestagt; zuerst genehmigt es ein anderer Release-Manager.").arg(pending.version.toString()));
    auto *audit = panel->findChild<QTreeWidget *>();
    REQUIRE(audit);
    CHECK(audit->headerItem()->text(0) == QStringLiteral("Wann"));
    CHECK(audit->headerItem()->text(2) == QStringLiteral("Was"));
    // The due date in the facts: German words around German weekday and month names.
    const QString facts = labelTexts(panel).filter(QStringLiteral("Fällig ")).value(0);
    INFO(labelTexts(panel).join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(facts.isEmpty());
    CHECK(facts.contains(QStringLiteral("Seit ")));
    CHECK(facts.contains(QStringLiteral(" auf SaaS.")));
    REQUIRE(pending.due.isValid());
    const QDate due = pending.due.toUTC().date();
    CHECK(facts.contains(QStringLiteral("%1., %2. %3").arg(QString::fromUtf8(kWeekdays[due.dayOfWeek() - 1]).left(2))
                             .arg(due.day())
                             .arg(QString::fromUtf8(kMonths[due.month() - 1]).left(3))));

    // A plan dialog: the title, the form's labels and the buttons.
    qRegisterMetaType<QDialog *>();
    QSignalSpy opened(window.get(), &MainWindow::operationOpened);
    panel->button(Kind::Approve)->click();
    REQUIRE(opened.size() == 1);
    auto *dialog = qobject_cast<PlanDialog *>(opened.first().first().value<QDialog *>());
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Das gestagte Release genehmigen"));
    const QStringList labels = labelTexts(dialog);
    INFO(labels.join(QLatin1Char('\n')).toStdString());
    CHECK(labels.contains(QStringLiteral("&Version:")));
    CHECK(labels.contains(QStringLiteral("&Notiz:")));
    CHECK(dialog->nextButton()->text() == QStringLiteral("&Plan anzeigen"));
    CHECK(dialog->nextButton()->toolTip() == QStringLiteral("Sagen Sie, was validiert wurde: die Notiz kommt in den Prüfpfad."));
    CHECK(dialog->noteEdit()->placeholderText() == QStringLiteral("was auf SaaS validiert wurde (Pflicht)"));
    dialog->close();

    // The timeline's tooltip dates a release the long German way:
    // "Montag, 3. Februar 2025".
    window->showView(MainWindow::View::Pipeline);
    const int index = window->overview()->train.indexOf(*Version::parse(QStringLiteral("0.64.0")));
    REQUIRE(index >= 0);
    const TrainRelease &r = window->overview()->train.releases().at(index);
    REQUIRE(r.ossDate.isValid());
    const QDate tagged = r.ossDate.toUTC().date();
    PipelineView *timeline = window->pipelineView();
    const QPoint at = timeline->markerPoint(index, PipelineLayout::Oss);
    REQUIRE(at.x() >= 0);
    QGraphicsItem *item = timeline->itemAt(at);
    REQUIRE(item);
    QTest::mouseMove(timeline->viewport(), at - QPoint(30, 30));
    QTest::mouseMove(timeline->viewport(), at);
    QApplication::processEvents();
    INFO(item->toolTip().toStdString());
    CHECK(item->toolTip().contains(QStringLiteral("OSS: getaggt am %1, %2. %3 %4")
                                       .arg(QString::fromUtf8(kWeekdays[tagged.dayOfWeek() - 1]))
                                       .arg(tagged.day())
                                       .arg(QString::fromUtf8(kMonths[tagged.month() - 1]))
                                       .arg(tagged.year())));
    window.reset();
}

TEST_CASE("After the German window the English texts and the C locale are back", "[gui][translation]")
{
    {
        German german;
        CHECK(QCoreApplication::translate("ReleaseDeck::MainWindow", "&Workspace") == QStringLiteral("Arbeits&bereich"));
    }
    CHECK(QCoreApplication::translate("ReleaseDeck::MainWindow", "&Workspace") == QStringLiteral("&Workspace"));
    CHECK(QCoreApplication::translate("ReleaseDeck::PlanDialog", "&Run %n step(s)", nullptr, 1) == QStringLiteral("&Run 1 step"));
    CHECK(QCoreApplication::translate("ReleaseDeck::PlanDialog", "&Run %n step(s)", nullptr, 3) == QStringLiteral("&Run 3 steps"));
    CHECK(QLocale().toString(QDate(2026, 2, 3), QLocale::ShortFormat) == QStringLiteral("3 Feb 2026"));
}
