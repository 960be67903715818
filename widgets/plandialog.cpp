#include "plandialog.h"

#include "domain/printable.h"
#include "platform/workers.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ReleaseDeck {

namespace {

using Kind = OperationRequest::Kind;

QString actionTitle(Kind kind)
{
    switch (kind) {
    case Kind::Release: return PlanDialog::tr("Release");
    case Kind::Stage: return PlanDialog::tr("Stage for Enterprise");
    case Kind::Restage: return PlanDialog::tr("Re-stage the pending release");
    case Kind::Approve: return PlanDialog::tr("Approve the staged release");
    case Kind::Publish: return PlanDialog::tr("Publish to Enterprise");
    case Kind::Fix: return PlanDialog::tr("Chart fix");
    case Kind::Adopt: return PlanDialog::tr("Adopt one version");
    }
    return {};
}

QString introText(Kind kind)
{
    switch (kind) {
    case Kind::Release:
        return PlanDialog::tr("Gives every component the version: tags OSS at the commit and each other repository that "
                              "builds images at the newest commit CI built, gives their images the version's tag, and "
                              "records the SaaS release date in the release manifest. The plan names each commit.");
    case Kind::Stage:
        return PlanDialog::tr("Bumps every Enterprise chart to the version in one commit and records it as staged, due "
                              "a stagger after its SaaS release.");
    case Kind::Restage:
        return PlanDialog::tr("Moves the pending Enterprise release to a newer version, in the same weekly slot unless "
                              "SaaS has run it too briefly. The old one is superseded and never published.");
    case Kind::Approve:
        return PlanDialog::tr("Records that the staged release was validated on SaaS. Someone other than the one who "
                              "staged it approves it.");
    case Kind::Publish:
        return PlanDialog::tr("Packages and pushes every chart of the approved release, records it as published and "
                              "tags the charts repository.");
    case Kind::Fix:
        return PlanDialog::tr("Stages a chart-only fix of the published release as VERSION-fixN, due at once. Commit "
                              "the chart change to the charts repository first.");
    case Kind::Adopt:
        return PlanDialog::tr("Writes the first release manifest from history, each Enterprise release joined to the OSS "
                              "release it deploys by content, and switches the charts to one version from the next OSS release.");
    }
    return {};
}

// Runs fn on a worker and hands its result to `done` on the GUI thread,
// unless the dialog is gone by then.
template<typename Fn, typename Done>
void onWorker(PlanDialog *dialog, Fn fn, Done done)
{
    QPointer<PlanDialog> guard(dialog);
    (void)QtConcurrent::run(workers(), [guard, fn = std::move(fn), done = std::move(done)]() mutable {
        auto result = fn();
        QMetaObject::invokeMethod(
            qApp, [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace

PlanDialog::PlanDialog(const Workspace &workspace, OperationRequest::Kind kind, const Options &options,
                       const OperationSetup &setup, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_options(options)
    , m_setup(setup)
    , m_pages(new QStackedWidget(this))
    , m_intro(new QLabel(introText(kind), this))
    , m_formError(new QLabel(this))
    , m_planTitle(new QLabel(this))
    , m_plan(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_log(new QListWidget(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(actionTitle(kind));
    setMinimumWidth(520);
    m_intro->setWordWrap(true);

    // The form.
    auto *form = new QWidget(this);
    auto *fields = new QFormLayout;
    auto edit = [&](const QString &label, const QString &value, const QString &placeholder) {
        auto *e = new QLineEdit(value, form);
        e->setPlaceholderText(placeholder);
        e->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        fields->addRow(label, e);
        connect(e, &QLineEdit::textChanged, this, &PlanDialog::validate);
        return e;
    };
    if (kind != Kind::Publish && kind != Kind::Adopt) // adopt proposes the version itself
        m_version = edit(kind == Kind::Fix ? tr("&Fix of:") : tr("&Version:"), options.version, tr("0.76.0"));
    if (kind == Kind::Release) {
        m_commit = edit(tr("&Commit:"), QStringLiteral("main"), tr("a branch, tag or commit id of OSS"));
        m_others = edit(tr("&Other repositories:"), QString(),
                        tr("runtime-api=REV …; empty: the newest commit CI built"));
    }
    m_note = edit(tr("&Note:"), QString(),
                  kind == Kind::Approve ? tr("what was validated on SaaS (required)") : tr("why, for the audit trail (optional)"));
    if (kind == Kind::Publish && (options.askEarly || !options.freeze.isEmpty())) {
        const QString label = !options.freeze.isEmpty() ? tr("Freeze &override:") : tr("&Early because:");
        m_reason = edit(label, QString(), tr("required: it is audited"));
        auto *why = new QLabel(!options.freeze.isEmpty() ? tr("Publishing is frozen (%1).").arg(options.freeze)
                                                         : tr("The release is not due yet."),
                               form);
        why->setWordWrap(true);
        fields->insertRow(0, QString(), why);
    }
    m_formError->setWordWrap(true);
    m_formError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formError->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_intro);
    formLayout->addSpacing(8);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_formError);
    formLayout->addStretch(1);
    m_pages->addWidget(form);

    // The plan.
    auto *plan = new QWidget(this);
    m_planTitle->setWordWrap(true);
    QFont bold = m_planTitle->font();
    bold.setBold(true);
    m_planTitle->setFont(bold);
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_plan->setAccessibleName(tr("Plan"));
    auto *planLayout = new QVBoxLayout(plan);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_planTitle);
    planLayout->addWidget(new QLabel(tr("Nothing has changed yet. Run makes these changes, step by step:"), plan));
    planLayout->addWidget(m_plan, 1);
    m_pages->addWidget(plan);

    // Progress.
    auto *progress = new QWidget(this);
    m_log->setAccessibleName(tr("Finished steps"));
    auto *progressLayout = new QVBoxLayout(progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_step);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_log, 1);
    m_pages->addWidget(progress);

    // The result.
    auto *result = new QWidget(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_result, 1);
    m_pages->addWidget(result);

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_rollback = buttons->addButton(tr("Roll &back local steps"), QDialogButtonBox::ActionRole);
    m_rollback->setToolTip(tr("Undo what this run did only in ReleaseDeck's clone (a tag not yet pushed)"));
    m_next = buttons->addButton(tr("Show &plan"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_next->setDefault(true);
    m_back->hide();
    m_rollback->hide();
    // Accept would close the dialog: the buttons drive the pages instead.
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_next, &QPushButton::clicked, this, &PlanDialog::next);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(int(Page::Form));
        m_back->hide();
        m_next->setText(tr("Show &plan"));
    });
    connect(m_rollback, &QPushButton::clicked, this, &PlanDialog::rollBack);
    connect(m_close, &QPushButton::clicked, this, &PlanDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    validate();
    // The form is short; the plan page grows the dialog when it comes.
    resizeWithin(QSize(580, form->sizeHint().height() + buttons->sizeHint().height() + 40));
}

void PlanDialog::resizeWithin(const QSize &wanted)
{
    // Within the screen, with room for a frame and a panel: a 720-pixel
    // screen shows the whole dialog, its buttons included.
    const QScreen *on = parentWidget() ? parentWidget()->screen() : screen();
    const QRect available = on ? on->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(std::min(wanted.width(), available.width() - 16), std::min(wanted.height(), available.height() - 48));
}

PlanDialog::~PlanDialog() = default;

PlanDialog::Page PlanDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString PlanDialog::planText() const
{
    return m_plan->toPlainText();
}

QString PlanDialog::resultText() const
{
    return m_result->text();
}

QString PlanDialog::formError() const
{
    return m_formError->text();
}

void PlanDialog::validate()
{
    QString missing;
    if (m_version && m_version->text().trimmed().isEmpty())
        missing = tr("Give the version.");
    else if (m_commit && m_commit->text().trimmed().isEmpty())
        missing = tr("Give the commit to release.");
    else if (m_kind == Kind::Approve && m_note->text().trimmed().isEmpty())
        missing = tr("Say what was validated: the note goes to the audit trail.");
    else if (m_reason && m_reason->text().trimmed().isEmpty())
        missing = tr("Give the reason: it goes to the audit trail.");
    if (page() == Page::Form) {
        m_next->setEnabled(missing.isEmpty() && !m_busy);
        m_next->setToolTip(missing);
    }
}

void PlanDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    if (busy) {
        m_formError->setText(what);
        m_next->setEnabled(false);
    }
    m_close->setText(tr("Cancel"));
}

void PlanDialog::next()
{
    switch (page()) {
    case Page::Form: showPlan(); break;
    case Page::Plan: runPlan(); break;
    case Page::Progress: break;
    case Page::Result: accept(); break;
    }
}

void PlanDialog::showPlan()
{
    OperationRequest request;
    request.kind = m_kind;
    if (m_version) {
        QString error;
        const auto version = Version::parse(m_version->text().trimmed(), &error);
        if (!version) {
            m_formError->setText(tr("'%1' is not a version: %2").arg(m_version->text().trimmed(), error));
            return;
        }
        request.version = *version;
    }
    if (m_commit)
        request.commit = m_commit->text().trimmed();
    if (m_others) {
        // "runtime-api=3c1f0e2 charts=main", as --commit REPO=REV takes them.
        for (const QString &pair : m_others->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == pair.size() - 1 || request.componentCommits.contains(pair.left(eq))) {
                m_formError->setText(tr("'%1' is not REPO=REV, once per repository").arg(printableName(pair)));
                return;
            }
            request.componentCommits.insert(pair.left(eq), pair.mid(eq + 1));
        }
    }
    request.note = m_note->text().trimmed();
    if (m_reason) {
        // One reason answers whichever the release needs: early, frozen, or both.
        const QString reason = m_reason->text().trimmed();
        if (!m_options.freeze.isEmpty())
            request.overrideFreeze = reason;
        if (m_options.askEarly)
            request.early = reason;
    }
    setBusy(true, tr("Fetching and planning…"));
    m_control = std::make_shared<ScanControl>();
    const Workspace workspace = m_workspace;
    const OperationSetup setup = m_setup;
    auto control = m_control;
    struct Prepared
    {
        std::shared_ptr<Operation> operation;
        QString error;
    };
    onWorker(
        this,
        [workspace, request, setup, control]() {
            Prepared p;
            p.operation = Operation::prepare(workspace, request, setup, control.get(), &p.error);
            return p;
        },
        [this](Prepared p) {
            setBusy(false, QString());
            if (!p.operation) {
                m_formError->setText(p.error);
                validate();
                return;
            }
            m_formError->clear();
            m_operation = std::move(p.operation);
            m_planTitle->setText(m_operation->plan().title);
            QString text = m_operation->plan().text();
            text = text.section(QLatin1Char('\n'), 1); // the title is above
            const QStringList earlier = m_operation->finishedEarlier();
            if (!earlier.isEmpty())
                text.prepend(tr("An earlier run was interrupted: it resumes after %1.\n\n").arg(earlier.join(QLatin1String(", "))));
            m_plan->setPlainText(text);
            m_pages->setCurrentIndex(int(Page::Plan));
            resizeWithin(QSize(std::max(width(), 860), std::max(height(), 560)));
            m_back->show();
            m_next->setEnabled(true);
            const qsizetype steps = m_operation->plan().steps.size();
            m_next->setText(tr("&Run %n step(s)", nullptr, int(steps)));
            m_rollback->setVisible(!earlier.isEmpty());
            m_next->setFocus();
        });
}

void PlanDialog::runPlan()
{
    m_pages->setCurrentIndex(int(Page::Progress));
    m_back->hide();
    m_rollback->hide();
    m_next->setEnabled(false);
    setBusy(true, QString());
    m_progress->setRange(0, int(m_operation->plan().steps.size()));
    m_progress->setValue(0);
    m_step->setText(tr("Running…"));
    m_control = std::make_shared<ScanControl>();
    QPointer<PlanDialog> guard(this);
    m_control->setProgressHandler([guard](int done, int total, const QString &what) {
        QMetaObject::invokeMethod(
            qApp, [guard, done, total, what] {
                if (!guard)
                    return;
                guard->m_progress->setRange(0, total);
                guard->m_progress->setValue(done);
                guard->m_step->setText(tr("Step %1 of %2 done").arg(done).arg(total));
                guard->m_log->addItem(QStringLiteral("✓ ") + what);
            },
            Qt::QueuedConnection);
    });
    auto operation = m_operation;
    auto control = m_control;
    onWorker(
        this,
        [operation, control, guard]() {
            return operation->run(control.get(), [guard](const Plan &, const QString &why) {
                QMetaObject::invokeMethod(
                    qApp, [guard, why] {
                        if (guard)
                            guard->m_log->addItem(QStringLiteral("↻ ") + why);
                    },
                    Qt::QueuedConnection);
            });
        },
        [this](PlanResult result) { finish(result); });
}

void PlanDialog::finish(const PlanResult &result)
{
    setBusy(false, QString());
    m_pages->setCurrentIndex(int(Page::Result));
    m_succeeded = result.completed;
    QStringList finished;
    for (int i = 0; i < m_log->count(); ++i)
        finished.append(m_log->item(i)->text().toHtmlEscaped());
    if (result.completed) {
        m_result->setText(tr("<b>Done.</b> %1<br><br>%2<br><br>Every step is recorded in the journal:<br>%3")
                              .arg(m_operation->plan().title.toHtmlEscaped(), finished.join(QLatin1String("<br>")),
                                   m_operation->journalPath().toHtmlEscaped()));
        emit completed();
    } else if (result.cancelled) {
        m_result->setText(tr("<b>Cancelled</b> between two steps. Nothing is half done: run the same operation again to "
                             "resume it, or roll back what stayed in ReleaseDeck's clone."));
        m_rollback->show();
    } else {
        m_result->setText(tr("<b>Step '%1' failed.</b><br>%2<br><br>The journal says how far it got (%3). Run the same "
                             "operation again to resume it.")
                              .arg(result.failedStep.toHtmlEscaped(), result.error.toHtmlEscaped(),
                                   m_operation->journalPath().toHtmlEscaped()));
        m_rollback->show();
    }
    m_next->setText(tr("Close"));
    m_next->setEnabled(true);
    m_close->hide();
    m_next->setFocus();
}

void PlanDialog::rollBack()
{
    if (!m_operation)
        return;
    setBusy(true, QString());
    auto operation = m_operation;
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    onWorker(
        this,
        [operation]() {
            Outcome o;
            o.ok = operation->rollback(&o.error);
            return o;
        },
        [this](Outcome o) {
            setBusy(false, QString());
            m_pages->setCurrentIndex(int(Page::Result));
            m_result->setText(o.ok ? tr("<b>Rolled back.</b> The local steps are undone; nothing had left the machine.")
                                   : tr("<b>Not rolled back:</b> %1").arg(o.error.toHtmlEscaped()));
            m_rollback->hide();
            m_back->hide();
            m_next->setText(tr("Close"));
            m_next->setEnabled(true);
            m_close->hide();
        });
}

void PlanDialog::reject()
{
    if (m_busy) {
        // Cancel between steps; the dialog stays until the worker stops.
        if (m_control)
            m_control->cancel();
        m_step->setText(tr("Cancelling after the current step…"));
        return;
    }
    QDialog::reject();
}

} // namespace ReleaseDeck
