#include "agenda.h"

namespace ReleaseDeck {

Agenda Agenda::build(const Verdicts &verdicts, const QDateTime &now, bool registryAsked)
{
    Agenda a;
    const OverviewPtr overview = verdicts.overview();
    const ReleaseTrain &train = overview->train;
    a.state = StagingState::build(overview->snapshot, train, now, &verdicts.all());
    if (a.state.pending) {
        const ManifestRelease &p = *a.state.pending;
        const int index = train.indexOf(p.version);
        a.pending = index >= 0 && index < verdicts.size() ? &verdicts.at(index) : nullptr;
        if (p.state == ManifestRelease::State::Staged) {
            a.blockers.append(tr("approval: another release manager approves it first"));
            // Who staged it last may not approve it alone.
            QString stager;
            for (const AuditEntry &e : p.audit) {
                if (e.action == QLatin1String("stage") || e.action == QLatin1String("restage")
                    || e.action == QLatin1String("fix"))
                    stager = e.by;
            }
            a.approvals.append(stager.isEmpty()
                                   ? tr("%1 needs an approval").arg(p.version.toString())
                                   : tr("%1 needs an approval by someone other than %2, who staged it")
                                         .arg(p.version.toString(), stager));
        }
        else if (p.state == ManifestRelease::State::Approved) {
            // `approved` is only as good as its trail (a self-approval, an
            // approve line moved from elsewhere): publish refuses it.
            if (const QString why = p.approvalProblem(overview->snapshot.workspace.selfApproval); !why.isEmpty()) {
                a.blockers.append(tr("approval: %1").arg(why));
                a.approvals.append(tr("%1 needs an approval its trail backs: %2").arg(p.version.toString(), why));
            }
        }
        if (a.state.early)
            a.blockers.append(p.due.isValid()
                                  ? tr("the due date: publishing before it needs a reason (--early)")
                                  : tr("no due date, SaaS has not shipped it: publishing needs a reason (--early)"));
        if (!a.state.freeze.isEmpty())
            a.blockers.append(tr("a freeze (%1): publishing needs a reason (--override-freeze)").arg(a.state.freeze));
        if (a.pending) {
            for (const QString &problem : a.pending->problems) {
                if (problem.startsWith(QLatin1String("registry: ")))
                    a.blockers.append(problem);
            }
            if (!a.pending->registryChecked)
                a.blockers.append(registryAsked ? tr("registry: could not be checked")
                                                : tr("registry: not checked (--no-registry)"));
        }
    } else if (train.pendingIndex() >= 0) {
        a.unrecorded = train.pendingIndex();
    }
    for (int i = 0; i < train.releases().size(); ++i) {
        const TrainRelease &r = train.releases().at(i);
        if (r.enterprise == TrainRelease::Enterprise::Published
            && (a.lastPublished < 0 || Version::compare(r.version, train.releases().at(a.lastPublished).version) > 0))
            a.lastPublished = i;
        if (i < verdicts.size() && !verdicts.at(i).problems.isEmpty())
            a.troubled.append(i);
    }
    return a;
}

} // namespace ReleaseDeck
