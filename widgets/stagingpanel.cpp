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
    layout->addWidget(new QLabel(tr("Audit trail"), this));
    layout->addWidget(m_audit, 1);
    update(StagingState{});
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
    } else {
        m_title->setText(tr("Nothing pending for Enterprise"));
        m_facts->setText(state.lastPublished.isEmpty() ? tr("No release is published yet.")
                                                       : tr("Enterprise has %1.").arg(state.lastPublished));
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
    if (state.pending) {
        for (const AuditEntry &a : state.pending->audit) {
            auto *item = new QTreeWidgetItem(m_audit, {DisplayDates::local(a.at),
                                                       a.by.section(QLatin1String(" <"), 0, 0),
                                                       a.note.isEmpty() ? a.action : a.action + QLatin1String(": ") + a.note});
            item->setToolTip(1, a.by);
            item->setToolTip(2, a.note);
        }
        m_audit->resizeColumnToContents(0);
        m_audit->resizeColumnToContents(1);
    }
    for (const Button &b : std::as_const(m_buttons)) {
        const StagingState::Action &a = actionOf(state, b.kind);
        b.action->setEnabled(a.enabled);
        QString tip = a.enabled ? (a.version.isEmpty() ? QString() : tr("Suggested: %1").arg(a.version)) : a.why;
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
        why.append(tr("Approve: %1").arg(state.approve.why));
    if (!state.publish.enabled)
        why.append(tr("Publish: %1").arg(state.publish.why));
    m_why->setText(why.join(QLatin1Char('\n')));
}

bool StagingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Enter || event->type() == QEvent::FocusIn) {
        for (const Button &b : std::as_const(m_buttons)) {
            if (b.button == watched && !b.action->statusTip().isEmpty())
                m_why->setText(b.action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) + QLatin1String(": ")
                               + b.action->statusTip());
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ReleaseDeck
