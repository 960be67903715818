#include "stagingpanel.h"

#include "itemmodels/displaydates.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QAction>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ReleaseDeck {

namespace {

using Kind = OperationRequest::Kind;

const StagingState::Action &actionOf(const StagingState &s, Kind kind)
{
    switch (kind) {
    case Kind::Release: return s.release;
    case Kind::Stage: return s.stage;
    case Kind::Restage: return s.restage;
    case Kind::Approve: return s.approve;
    case Kind::Publish: return s.publish;
    case Kind::Fix: return s.fix;
    case Kind::Adopt: break; // not a button of the panel
    }
    return s.release;
}

// What a button does, as a sentence naming the version it suggests.
QString enabledHint(Kind kind, const QString &version)
{
    switch (kind) {
    case Kind::Release:
        return StagingPanel::tr("Release %1 next: tag OSS and every repository that builds images with it.").arg(version);
    case Kind::Stage:
        return StagingPanel::tr("Stage %1 for Enterprise: its charts are due a week after SaaS shipped it.").arg(version);
    case Kind::Restage:
        return StagingPanel::tr("Move the pending release to %1; the one staged now is superseded.").arg(version);
    case Kind::Approve:
        return StagingPanel::tr("Approve %1 for Enterprise after checking it on SaaS.").arg(version);
    case Kind::Publish:
        return StagingPanel::tr("Publish %1: package and push its charts to the registries.").arg(version);
    case Kind::Fix:
        return StagingPanel::tr("Stage a chart-only fix of %1.").arg(version);
    case Kind::Adopt:
        break;
    }
    return QString();
}

// "Nothing is staged." after a dash reads "nothing is staged."; "OSS …" stays.
QString continued(QString why)
{
    if (why.size() > 1 && why.at(0).isUpper() && why.at(1).isLower())
        why[0] = why.at(0).toLower();
    return why;
}

QString verb(Kind kind)
{
    switch (kind) {
    case Kind::Release: return StagingPanel::tr("Release");
    case Kind::Stage: return StagingPanel::tr("Stage");
    case Kind::Restage: return StagingPanel::tr("Re-stage");
    case Kind::Approve: return StagingPanel::tr("Approve");
    case Kind::Publish: return StagingPanel::tr("Publish");
    case Kind::Fix: return StagingPanel::tr("Chart fix");
    case Kind::Adopt: break;
    }
    return QString();
}

// The trail of a release no longer pending, in words for its state.
QString auditTitleOf(const ManifestRelease &r)
{
    const QString v = r.version.toString();
    switch (r.state) {
    case ManifestRelease::State::Published: return StagingPanel::tr("Audit trail of %1 (published)").arg(v);
    case ManifestRelease::State::Superseded: return StagingPanel::tr("Audit trail of %1 (superseded)").arg(v);
    case ManifestRelease::State::Staged: return StagingPanel::tr("Audit trail of %1 (staged)").arg(v);
    case ManifestRelease::State::Approved: return StagingPanel::tr("Audit trail of %1 (approved)").arg(v);
    case ManifestRelease::State::None: break;
    }
    return StagingPanel::tr("Audit trail of %1").arg(v);
}

// The pending release's heading, in words for each state of the manifest.
QString titleOf(const ManifestRelease &p)
{
    switch (p.state) {
    case ManifestRelease::State::Staged: return StagingPanel::tr("%1 — staged for Enterprise");
    case ManifestRelease::State::Approved: return StagingPanel::tr("%1 — approved for Enterprise");
    case ManifestRelease::State::Published: return StagingPanel::tr("%1 — published for Enterprise");
    case ManifestRelease::State::Superseded: return StagingPanel::tr("%1 — superseded for Enterprise");
    case ManifestRelease::State::None: break;
    }
    return StagingPanel::tr("%1 — for Enterprise");
}

} // namespace

StagingPanel::StagingPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_audit(new QTreeWidget(this))
    , m_auditTitle(new QLabel(tr("Audit trail"), this))
    , m_why(new QLabel(this))
    , m_interrupted(new QLabel(this))
    , m_resume(new QToolButton(this))
{
    m_interrupted->setWordWrap(true);
    m_interrupted->setAccessibleName(tr("Interrupted operation"));
    m_resume->setText(tr("Res&ume…"));
    m_resume->setToolTip(tr("Plan it again: the steps that finished are skipped"));
    connect(m_resume, &QToolButton::clicked, this, [this] {
        if (!m_runs.isEmpty())
            emit operationRequested(m_runs.first().kind, m_runs.first().version);
    });
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAccessibleName(tr("Pending Enterprise release"));
    // Versions, names and reasons come from other people's files: shown
    // as they are, never as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_facts->setTextFormat(Qt::PlainText);
    m_why->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Verdict on the pending release"));
    m_audit->setColumnCount(3);
    m_audit->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_audit->setRootIsDecorated(false);
    m_audit->setAlternatingRowColors(true);
    m_audit->setAccessibleName(tr("Audit trail"));
    m_audit->header()->setStretchLastSection(true);
    m_audit->setSelectionMode(QAbstractItemView::NoSelection);
    m_why->setWordWrap(true);
    m_why->setAccessibleName(tr("Why a button is disabled"));
    QPalette p = m_why->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_why->setPalette(p);

    auto *grid = new QGridLayout;
    const QList<QPair<Kind, QString>> buttons{{Kind::Release, tr("&Release…")},   {Kind::Stage, tr("&Stage…")},
                                              {Kind::Restage, tr("Re-s&tage…")},  {Kind::Approve, tr("&Approve…")},
                                              {Kind::Publish, tr("&Publish…")},   {Kind::Fix, tr("Chart &fix…")}};
    for (int i = 0; i < buttons.size(); ++i) {
        const Kind kind = buttons[i].first;
        auto *a = new QAction(buttons[i].second, this);
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->installEventFilter(this);
        connect(a, &QAction::triggered, this, [this, kind] { emit operationRequested(kind, actionOf(m_state, kind).version); });
        grid->addWidget(b, i / 3, i % 3);
        m_buttons.append({kind, a, b});
    }
    auto *interrupted = new QHBoxLayout;
    interrupted->addWidget(m_interrupted, 1);
    interrupted->addWidget(m_resume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_verdict);
    layout->addLayout(interrupted);
    layout->addLayout(grid);
    layout->addWidget(m_why);
    m_auditTitle->setBuddy(m_audit);
    layout->addWidget(m_auditTitle);
    layout->addWidget(m_audit, 1);
    update(StagingState{});
    // Until the first scan: nothing is known yet, not "nothing pending".
    m_title->setText(tr("Waiting for the first scan"));
    m_facts->setText(tr("The pending Enterprise release and its buttons show here once the workspace is scanned."));
    m_why->clear();
    setInterrupted({});
}

void StagingPanel::setInterrupted(const QList<InterruptedRun> &runs)
{
    m_runs = runs;
    m_interrupted->setVisible(!runs.isEmpty());
    m_resume->setVisible(!runs.isEmpty());
    if (runs.isEmpty())
        return;
    const InterruptedRun &r = runs.first();
    m_interrupted->setText(tr("<b>Interrupted:</b> %1 (%n step(s) done)%2", nullptr, int(r.finishedSteps))
                               .arg(r.title.toHtmlEscaped(), runs.size() > 1 ? tr(", and %1 more").arg(runs.size() - 1) : QString()));
    m_interrupted->setToolTip(r.journal);
    fitTexts();
}

QToolButton *StagingPanel::button(OperationRequest::Kind kind) const
{
    for (const Button &b : m_buttons) {
        if (b.kind == kind)
            return b.button;
    }
    return nullptr;
}

QList<QAction *> StagingPanel::actions() const
{
    QList<QAction *> out;
    for (const Button &b : m_buttons)
        out.append(b.action);
    return out;
}

void StagingPanel::setOverview(const OverviewPtr &overview, const QDateTime &now)
{
    if (!overview)
        return;
    update(StagingState::build(overview->snapshot, overview->train, now));
}

void StagingPanel::setVerdicts(const VerdictsPtr &verdicts)
{
    if (!verdicts || !verdicts->overview())
        return;
    const OverviewPtr overview = verdicts->overview();
    update(StagingState::build(overview->snapshot, overview->train, verdicts->now(), &verdicts->all()));
}

void StagingPanel::update(const StagingState &state)
{
    m_state = state;
    if (state.pending) {
        const ManifestRelease &p = *state.pending;
        m_title->setText(titleOf(p).arg(p.version.toString()));
        QStringList facts;
        QString due = state.countdown;
        if (!due.isEmpty())
            due[0] = due[0].toUpper();
        facts.append(due + QLatin1Char('.'));
        if (state.saasDays >= 0)
            facts.append(tr("On SaaS for %n day(s).", nullptr, int(state.saasDays)));
        if (!state.lastPublished.isEmpty())
            facts.append(tr("Enterprise has %1.").arg(state.lastPublished));
        if (!state.freeze.isEmpty())
            facts.append(tr("Publishing is frozen now (%1).").arg(state.freeze));
        m_facts->setText(facts.join(QLatin1Char(' ')));
    } else if (!state.manifestError.isEmpty()) {
        m_title->setText(tr("The release manifest cannot be read"));
        m_facts->setText(tr("%1. Nothing is staged, approved or published until it is fixed.").arg(state.manifestError));
    } else if (!state.hasManifest) {
        m_title->setText(tr("Read-only: no release manifest"));
        m_facts->setText(tr("The workspace names no release manifest, so this is a dashboard of what git and the "
                            "registries hold. Staging, approving and publishing need one: add manifest: {repo, path} "
                            "to the workspace file."));
    } else if (!state.onSaas.isEmpty()) {
        m_title->setText(tr("%1 is on SaaS, not staged").arg(state.onSaas));
        QStringList facts;
        const int days = state.onSaasDays;
        if (days == 0)
            facts.append(tr("SaaS shipped it today; nothing is pending for Enterprise."));
        else if (days > 0)
            facts.append(tr("SaaS has run it for %n day(s); nothing is pending for Enterprise.", nullptr, days));
        else
            facts.append(tr("Nothing is pending for Enterprise."));
        facts.append(state.lastPublished.isEmpty() ? tr("Enterprise has no release yet.")
                                                   : tr("Enterprise has %1.").arg(state.lastPublished));
        facts.append(tr("Stage it to start its week before Enterprise."));
        if (!state.manifestYet)
            facts.append(tr("There is no release manifest yet: staging writes the first one."));
        m_facts->setText(facts.join(QLatin1Char(' ')));
    } else {
        m_title->setText(tr("Nothing pending for Enterprise"));
        m_facts->setText(state.lastPublished.isEmpty() ? tr("Enterprise has no release yet.")
                                                       : tr("Enterprise has %1, and OSS has tagged nothing newer.")
                                                             .arg(state.lastPublished));
    }
    // The verdict: the registry's part, then each problem, a few at most.
    QStringList verdict;
    if (!state.registry.isEmpty())
        verdict.append(state.registry.toHtmlEscaped());
    const int shown = std::min<int>(4, int(state.problems.size()));
    for (int i = 0; i < shown; ++i)
        verdict.append(QStringLiteral("⚠ ") + state.problems.at(i).toHtmlEscaped());
    if (state.problems.size() > shown)
        verdict.append(tr("… and %1 more, in the details pane").arg(state.problems.size() - shown));
    m_verdict->setText(verdict.join(QLatin1String("<br>")));
    m_verdict->setToolTip(state.problems.join(QLatin1Char('\n')));
    m_verdict->setVisible(!verdict.isEmpty());
    m_audit->clear();
    // The pending release's trail; with nothing pending, the trail that
    // ended last (a publish, a fix), so the panel keeps what was done last.
    const ManifestRelease *trail = state.pending ? &*state.pending : state.lastTrail ? &*state.lastTrail : nullptr;
    if (trail) {
        m_auditTitle->setText(state.pending ? tr("Audit trail") : auditTitleOf(*trail));
        for (const AuditEntry &a : trail->audit) {
            auto *item = new QTreeWidgetItem(m_audit, {DisplayDates::local(a.at),
                                                       a.by.section(QLatin1String(" <"), 0, 0),
                                                       a.note.isEmpty() ? a.action : a.action + QLatin1String(": ") + a.note});
            item->setToolTip(1, a.by);
            item->setToolTip(2, a.note);
        }
        m_audit->resizeColumnToContents(0);
        m_audit->resizeColumnToContents(1);
    } else {
        m_auditTitle->setText(tr("Audit trail"));
    }
    for (const Button &b : std::as_const(m_buttons)) {
        const StagingState::Action &a = actionOf(state, b.kind);
        b.action->setEnabled(a.enabled);
        QString tip = a.enabled ? (a.version.isEmpty() ? QString() : enabledHint(b.kind, a.version)) : a.why;
        if (b.kind == Kind::Publish && a.enabled) {
            b.action->setText(state.early ? tr("&Publish early…") : tr("&Publish…"));
            if (state.early)
                tip = tr("Not due yet: publishing now asks for a reason, which is audited.");
        }
        b.action->setToolTip(tip.isEmpty() ? b.action->text().remove(QLatin1Char('&')) : tip);
        b.action->setStatusTip(tip);
        b.button->setAccessibleDescription(tip);
    }
    // Why publishing is not possible is the question asked most; pointing
    // at another button tells its reason.
    QStringList why;
    if (state.pending && !state.approve.enabled)
        why.append(tr("%1 waits — %2").arg(verb(Kind::Approve), continued(state.approve.why)));
    if (!state.publish.enabled && state.hasManifest && state.manifestError.isEmpty())
        why.append(tr("%1 waits — %2").arg(verb(Kind::Publish), continued(state.publish.why)));
    m_why->setText(why.join(QLatin1Char('\n')));
    fitTexts();
}

void StagingPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTexts();
}

void StagingPanel::fitTexts()
{
    // A dock does not ask its widgets' height for their width: the wrapped
    // texts say how tall they are at the panel's width, and the audit
    // trail gives way.
    for (QLabel *label : {m_facts, m_verdict, m_why, m_interrupted}) {
        const int width = label->width() > 0 ? label->width() : this->width() - 12;
        label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(width));
    }
}

bool StagingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Enter || event->type() == QEvent::FocusIn) {
        for (const Button &b : std::as_const(m_buttons)) {
            if (b.button == watched && !b.action->statusTip().isEmpty()) {
                m_why->setText(b.action->isEnabled() ? b.action->statusTip()
                                                     : tr("%1 waits — %2").arg(verb(b.kind), continued(b.action->statusTip())));
                fitTexts();
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ReleaseDeck
