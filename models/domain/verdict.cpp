#include "verdict.h"

#include "countdown.h"
#include "printable.h"

#include <QSet>

namespace ReleaseDeck {

// The rules of the process, checked against the manifest's history
// (releaserules.h).

namespace {

bool isStageAction(const QString &action)
{
    return action == QLatin1String("stage") || action == QLatin1String("restage") || action == QLatin1String("fix");
}

QString at(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

RestageDue ReleaseRules::restageDue(const ManifestRelease &pending, const Version &version, const QDateTime &saasDate,
                                    const Workspace &workspace)
{
    const QString v = version.toString();
    const QString from = pending.version.toString();
    if (!saasDate.isValid())
        return {{}, tr("SaaS has not shipped %1: it is not due, and publishing it before it is needs a reason").arg(v)};
    const QDateTime soaked = saasDate.toUTC().addDays(workspace.minSoakDays);
    if (!pending.due.isValid())
        return {saasDate.toUTC().addDays(workspace.staggerDays),
                tr("%1 had no due date: %2's SaaS date plus the %3-day stagger").arg(from, v).arg(workspace.staggerDays)};
    if (pending.due >= soaked)
        return {pending.due.toUTC(), tr("%1's weekly slot, kept").arg(from)};
    const QString days = workspace.minSoakDays == 1 ? tr("1 day") : tr("%1 days").arg(workspace.minSoakDays);
    return {soaked, tr("%1's slot (%2) is sooner than %3's SaaS date plus %4 (policy.minSoakDays)")
                        .arg(from, at(pending.due), v, days)};
}

QDateTime ReleaseRules::earliestDue(const ManifestRelease &release, const Workspace &workspace)
{
    if (release.version.isFix() || !release.saasDate.isValid())
        return {};
    return release.saasDate.toUTC().addDays(std::min(workspace.staggerDays, workspace.minSoakDays));
}

QDateTime ReleaseRules::effectiveDue(const ManifestRelease &release, const Workspace &workspace)
{
    const QDateTime earliest = earliestDue(release, workspace);
    if (!release.due.isValid() || !earliest.isValid())
        return release.due;
    return std::max(release.due.toUTC(), earliest);
}

QList<RuleViolation> ReleaseRules::check(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train)
{
    QList<RuleViolation> out;
    const bool selfApproval = snapshot.workspace.selfApproval;
    for (const ManifestRelease &m : snapshot.manifest.releases) {
        const QString v = m.version.toString();
        auto add = [&](int line, const QString &text) { out.append({v, line > 0 ? line : m.line, text}); };

        bool staged = false;
        const AuditEntry *published = nullptr;
        const AuditEntry *superseded = nullptr;
        QSet<QString> stagers; // e-mails since the last approve
        bool approvedSince = false;
        const AuditEntry *lastStage = nullptr;
        bool history = false;
        for (const AuditEntry &a : m.audit) {
            if (auditEmail(a.by).isEmpty())
                add(a.line, tr("%1: the %2 line's 'by' (\"%3\") is not one plain \"Name <e-mail>\"")
                                .arg(v, printableName(a.action, 40), printableName(a.by, 80)));
            if (snapshot.scannedAt.isValid() && a.at > snapshot.scannedAt.addSecs(3600))
                add(a.line, tr("%1: the %2 line is dated %3, after this scan").arg(v, printableName(a.action, 40), at(a.at)));
            if (isStageAction(a.action)) {
                lastStage = &a;
                staged = true;
                if (approvedSince)
                    stagers.clear();
                approvedSince = false;
                stagers.insert(auditEmail(a.by));
                if (a.action == QLatin1String("restage")) {
                    if (!m.saasDate.isValid())
                        add(a.line, tr("%1 was re-staged %2, and SaaS has not shipped it").arg(v, at(a.at)));
                    else if (a.at < m.saasDate)
                        add(a.line, tr("%1 was re-staged %2, before SaaS shipped it %3").arg(v, at(a.at), at(m.saasDate)));
                }
            } else if (a.action == QLatin1String("approve")) {
                approvedSince = true;
                if (lastStage && a.at < lastStage->at)
                    add(a.line, tr("%1 was approved %2, before the %3 it follows (%4)")
                                    .arg(v, at(a.at), lastStage->action, at(lastStage->at)));
                if (a.note.trimmed().isEmpty())
                    add(a.line, tr("%1 was approved %2 by %3 without a note").arg(v, at(a.at), printableName(a.by)));
                const QString email = auditEmail(a.by);
                if (!selfApproval && !email.isEmpty() && stagers.contains(email))
                    add(a.line, tr("%1 was approved %2 by %3, who staged it (policy.selfApproval is false)")
                                    .arg(v, at(a.at), printableName(a.by)));
            } else if (a.action == QLatin1String("publish")) {
                published = &a;
            } else if (a.action == QLatin1String("supersede")) {
                superseded = &a;
            } else if (a.action == QLatin1String("history")) {
                history = true; // recorded by adopt from tags made before the process
            }
        }
        if (const QDateTime earliest = earliestDue(m, snapshot.workspace); earliest.isValid() && m.due.isValid() && m.due < earliest)
            add(m.line, tr("%1 is due %2, before SaaS has run it long enough (%3): due dates are set by stage and re-stage")
                            .arg(v, at(m.due), at(earliest)));
        if (m.state != ManifestRelease::State::None && !staged && !(history && m.state == ManifestRelease::State::Published))
            add(m.line, tr("%1 is %2, and its audit trail has no stage, re-stage or fix line")
                            .arg(v, ManifestRelease::stateName(m.state)));
        if (published && published->note.trimmed().isEmpty()) {
            if (!m.due.isValid())
                add(published->line, tr("%1 was published %2 with no due date (no SaaS date) and no reason in the publish line")
                                         .arg(v, at(published->at)));
            else if (published->at < m.due)
                add(published->line, tr("%1 was published %2, before its due date %3, with no reason in the publish line")
                                         .arg(v, at(published->at), at(m.due)));
        }
        const int index = train.indexOf(m.version);
        const bool tagged = index >= 0 && train.releases().at(index).enterprise == TrainRelease::Enterprise::Published;
        if ((superseded || m.state == ManifestRelease::State::Superseded)
            && (published || m.state == ManifestRelease::State::Published || tagged))
            add(superseded ? superseded->line : m.line,
                tr("%1 was superseded and yet published%2")
                    .arg(v, tagged ? tr(" (its charts carry release tags)") : QString()));
    }

    // A chart fix changes a chart: each chart tagged with the fix version
    // must differ in more than Chart.yaml from the one before it (the fixed
    // release's, or an earlier fix's).
    const QList<TrainRelease> &releases = train.releases();
    for (int index = 0; index < releases.size(); ++index) {
        const TrainRelease &r = releases.at(index);
        if (!r.isFix() || r.charts.isEmpty())
            continue;
        QList<int> earlier{r.fixOf};
        for (int f : releases.at(r.fixOf).fixes) {
            if (f != index && Version::compare(releases.at(f).version, r.version) < 0)
                earlier.append(f);
        }
        QStringList same;
        QString against;
        bool changed = false;
        for (int c : r.charts) {
            const ChartRelease &fix = snapshot.charts.at(c);
            const ChartRelease *before = nullptr;
            for (int e : earlier) {
                for (int b : releases.at(e).charts) {
                    if (snapshot.charts.at(b).component == fix.component) {
                        before = &snapshot.charts.at(b);
                        against = releases.at(e).text();
                    }
                }
            }
            if (!before || fix.contentId.isEmpty() || before->contentId.isEmpty() || fix.contentId != before->contentId)
                changed = true;
            else
                same.append(fix.component);
        }
        if (!changed) {
            const ManifestRelease *m = snapshot.manifest.find(r.version);
            out.append({r.text(), m ? m->line : 0,
                        (same.size() == 1 ? tr("%1 is a chart fix, yet %2 differs from %3's in nothing but Chart.yaml")
                                          : tr("%1 is a chart fix, yet %2 differ from %3's in nothing but Chart.yaml"))
                            .arg(r.text(), same.join(QLatin1String(", ")), against)});
        }
    }
    return out;
}


// The verdict (verdict.h).

QString ReleaseVerdict::badge() const
{
    if (registryChecked && registry.required > 0 && registry.present < registry.required)
        return QStringLiteral("%1/%2").arg(registry.present).arg(registry.required);
    if (!problems.isEmpty())
        return QString::number(problems.size());
    if (registryChecked && registry.required > 0)
        return QStringLiteral("%1/%2").arg(registry.present).arg(registry.required);
    return QString();
}

QString ReleaseVerdict::summary() const
{
    if (!problems.isEmpty())
        return problems.size() == 1 ? problems.first()
                                    : Verdicts::tr("%1 (and %2 more)").arg(problems.first(), QString::number(problems.size() - 1));
    QStringList parts{stage};
    if (!due.isEmpty())
        parts.append(due);
    if (registryChecked && registry.required > 0)
        parts.append(registry.unknown > 0 ? Verdicts::tr("registry %1/%2, %3 not checked")
                                                .arg(registry.present).arg(registry.required).arg(registry.unknown)
                                          : Verdicts::tr("registry %1/%2").arg(registry.present).arg(registry.required));
    return parts.join(QLatin1String(", "));
}

QString ReleaseVerdict::stateName(MatrixCell::State state)
{
    switch (state) {
    case MatrixCell::State::Consistent:
        return QStringLiteral("ok");
    case MatrixCell::State::Drift:
        return QStringLiteral("problem");
    case MatrixCell::State::Missing:
        return QStringLiteral("missing");
    case MatrixCell::State::None:
        break;
    }
    return QStringLiteral("unchecked");
}

QSharedPointer<const Verdicts> Verdicts::build(const OverviewPtr &overview, const RegistryReportPtr &report,
                                               const QDateTime &now)
{
    auto out = QSharedPointer<Verdicts>::create();
    out->m_overview = overview;
    out->m_now = now;
    if (!overview)
        return out;
    const ReleaseTrain &train = overview->train;
    const QList<TrainRelease> &releases = train.releases();
    const bool reportFits = report && report->completeness.size() == releases.size();
    if (reportFits)
        out->m_report = report;
    const VersionMatrix &matrix = overview->matrix;
    const WorkspaceSnapshot &snap = overview->snapshot;

    QHash<QString, QList<const RuleViolation *>> violations;
    for (const RuleViolation &v : overview->violations)
        violations[v.version].append(&v);

    out->m_verdicts.reserve(releases.size());
    for (int i = 0; i < releases.size(); ++i) {
        const TrainRelease &r = releases.at(i);
        ReleaseVerdict v;
        bool missing = false;
        QStringList absent; // what should exist and does not: listed first
        bool drift = false;
        bool judged = false;

        // What git says: the matrix row.
        if (i < matrix.rowCount()) {
            for (int c = 0; c < matrix.columns().size(); ++c) {
                const MatrixCell &cell = matrix.cell(i, c);
                if (cell.state == MatrixCell::State::Consistent)
                    judged = true;
                if (cell.state != MatrixCell::State::Drift && cell.state != MatrixCell::State::Missing)
                    continue;
                (cell.state == MatrixCell::State::Missing ? missing : drift) = true;
                (cell.state == MatrixCell::State::Missing ? absent : v.problems)
                    .append(QStringLiteral("%1: %2").arg(matrix.columns().at(c).title, cell.reason.isEmpty() ? cell.text : cell.reason));
            }
        }

        // What the charts say of themselves at their tags and at HEAD.
        for (const QList<int> *list : {&r.charts, &r.headCharts}) {
            const QList<ChartRelease> &charts = list == &r.charts ? snap.charts : snap.headCharts;
            for (int c : *list) {
                for (const QString &p : charts.at(c).problems) {
                    drift = true;
                    v.problems.append(tr("chart %1: %2").arg(charts.at(c).chart, p));
                }
            }
        }

        // What the registry holds.
        if (reportFits) {
            v.registryChecked = true;
            v.registry = report->completeness.at(i);
            for (int c = 0; c < report->plan.components.size(); ++c) {
                const int a = report->find(i, c);
                if (a < 0)
                    continue;
                const ArtifactStatus &s = report->status.at(a);
                if (!s.isProblem())
                    continue;
                const ExpectedArtifact &e = report->plan.artifacts.at(a);
                if (s.state == ArtifactStatus::State::Missing) {
                    missing = true;
                    absent.append(tr("registry: %1 is missing").arg(e.reference()));
                } else {
                    drift = true;
                    v.problems.append(tr("registry: %1: %2").arg(e.reference(), s.detail));
                }
            }
            if (v.registry.required > 0)
                judged = true;
        }

        // What the manifest records, and the rules its history breaks.
        if (const ManifestRelease *m = snap.manifest.find(r.version)) {
            v.inManifest = true;
            v.manifestState = m->state;
            v.dueDate = ReleaseRules::effectiveDue(*m, snap.workspace);
        } else if (r.dueDate.isValid()) {
            v.dueDate = r.dueDate;
        }
        if (const auto bad = snap.manifest.unreadable.constFind(r.text()); bad != snap.manifest.unreadable.cend()) {
            drift = true;
            v.problems.append(tr("manifest: its entry is left out: %1").arg(*bad));
        }
        for (const RuleViolation *rule : violations.value(r.text())) {
            drift = true;
            v.problems.append(tr("rule: %1").arg(rule->text));
        }

        using E = TrainRelease::Enterprise;
        switch (r.enterprise) {
        case E::Published:
            v.stage = tr("published %1").arg(r.enterpriseDate.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
            break;
        case E::Pending:
            // The manifest's state in words a translation can give ("staged").
            v.stage = !v.inManifest                                           ? tr("pending")
                      : v.manifestState == ManifestRelease::State::Staged   ? tr("staged")
                      : v.manifestState == ManifestRelease::State::Approved ? tr("approved")
                                                                            : ManifestRelease::stateName(v.manifestState);
            v.due = Countdown::due(v.dueDate, now);
            break;
        case E::Superseded:
            v.stage = tr("superseded");
            break;
        case E::None:
            v.stage = r.ossTag.isEmpty() ? tr("not released") : tr("released");
            break;
        }
        v.problems = absent + v.problems;
        v.state = missing ? MatrixCell::State::Missing
                  : drift ? MatrixCell::State::Drift
                  : judged ? MatrixCell::State::Consistent
                           : MatrixCell::State::None;
        out->m_verdicts.append(std::move(v));
    }
    return out;
}

QSharedPointer<const Overview> Overview::build(WorkspaceSnapshot snapshot)
{
    auto o = QSharedPointer<Overview>::create();
    o->snapshot = std::move(snapshot);
    o->refs = ImageRefIndex(o->snapshot); // the train's problems below do not move the references
    o->train = ReleaseTrain::build(o->snapshot, o->refs);
    o->snapshot.problems.append(o->train.problems());
    o->matrix = VersionMatrix::build(o->snapshot, o->train, o->refs);
    o->violations = ReleaseRules::check(o->snapshot, o->train);
    return o;
}

} // namespace ReleaseDeck
