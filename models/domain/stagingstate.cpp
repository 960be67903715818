#include "stagingstate.h"

#include "countdown.h"
#include "releaserules.h"

namespace ReleaseDeck {

StagingState StagingState::build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train, const QDateTime &now,
                                 const QList<ReleaseVerdict> *verdicts)
{
    StagingState s;
    const ReleaseManifest &manifest = snapshot.manifest;
    const bool hasManifest = !snapshot.workspace.manifestRepo.isEmpty();
    s.hasManifest = hasManifest;
    std::optional<Version> published;
    for (const ManifestRelease &m : manifest.releases) {
        // Main's pending release; an older line's on its branch is not it.
        if ((m.state == ManifestRelease::State::Staged || m.state == ManifestRelease::State::Approved) && m.branch.isEmpty())
            s.pending = m;
        if (m.state == ManifestRelease::State::Published && (!published || Version::compare(m.version, *published) > 0))
            published = m.version;
    }
    if (published)
        s.lastPublished = published->toString();
    s.manifestYet = hasManifest && !snapshot.manifestCommit.isEmpty();
    // No manifest (yet): what Enterprise has, as the chart tags tell.
    if (!published && !s.manifestYet) {
        for (const TrainRelease &r : train.releases()) {
            if (r.enterprise == TrainRelease::Enterprise::Published && !r.isFix())
                s.lastPublished = r.chartNumbers.isEmpty() ? r.text() : QStringLiteral("%1 (%2)").arg(r.text(), r.chartNumbers);
        }
    }
    if (!s.pending) {
        QDateTime last;
        for (const ManifestRelease &m : manifest.releases) {
            // Enterprise's trails: a release SaaS alone has is not one.
            if (!m.audit.isEmpty() && m.branch.isEmpty() && m.state != ManifestRelease::State::None
                && (!last.isValid() || m.audit.last().at >= last)) {
                last = m.audit.last().at;
                s.lastTrail = m;
            }
        }
    }

    // The newest version OSS has tagged, and the newest not yet in the
    // manifest's Enterprise states above what is published or pending.
    std::optional<Version> newestTagged;
    std::optional<Version> candidate;
    const Version floor = s.pending ? s.pending->version : published.value_or(Version());
    for (const TrainRelease &r : train.releases()) {
        if (r.ossTag.isEmpty() || r.isFix())
            continue;
        if (!newestTagged || Version::compare(r.version, *newestTagged) > 0)
            newestTagged = r.version;
        const ManifestRelease *m = manifest.find(r.version);
        if ((m && m->state != ManifestRelease::State::None) || (!floor.isNull() && Version::compare(r.version, floor) <= 0))
            continue;
        if (!candidate || Version::compare(r.version, *candidate) > 0) {
            candidate = r.version;
            s.onSaas = r.saasDate.isValid() ? r.text() : QString();
            s.onSaasSince = r.saasDate;
        }
    }
    if (!hasManifest || s.onSaas.isEmpty()) {
        s.onSaas.clear();
        s.onSaasSince = {};
    } else {
        s.onSaasDays = int(std::max<qint64>(0, s.onSaasSince.secsTo(now)) / 86400);
    }

    // Release: always possible; suggest the next minor.
    s.release.enabled = true;
    if (newestTagged)
        s.release.version = QStringLiteral("%1.%2.0").arg(newestTagged->major()).arg(newestTagged->minor() + 1);

    if (!hasManifest) {
        const QString why = tr("The workspace names no release manifest (manifest: {repo, path}).");
        for (Action *a : {&s.stage, &s.restage, &s.approve, &s.publish, &s.fix})
            a->why = why;
        return s;
    }
    // A manifest that cannot be read says nothing of what is pending or
    // published: no operation goes by it.
    if (manifest.fatal) {
        s.manifestError = manifest.problems.value(0, tr("the release manifest cannot be read"));
        s.onSaas.clear();
        s.lastTrail.reset();
        s.pending.reset();
        const QString why = tr("The release manifest cannot be read: fix it first (%1).").arg(s.manifestError);
        for (Action *a : {&s.release, &s.stage, &s.restage, &s.approve, &s.publish, &s.fix})
            *a = {false, why, {}};
        return s;
    }

    if (s.pending) {
        const QString p = s.pending->version.toString();
        // Pending is staged or approved: a sentence for each, so that a
        // translation words the state too.
        s.stage.why = s.pending->state == ManifestRelease::State::Approved
                          ? tr("%1 is approved and not yet published: publish it, or re-stage it.").arg(p)
                          : tr("%1 is staged and not yet published: publish it, or re-stage it.").arg(p);
        if (candidate) {
            s.restage = {true, {}, candidate->toString()};
        } else {
            s.restage.why = tr("OSS has tagged nothing newer than %1 yet.").arg(p);
        }
        if (s.pending->state == ManifestRelease::State::Staged) {
            s.approve = {true, {}, p};
            s.publish.why = tr("%1 is staged; another release manager approves it first.").arg(p);
        } else {
            s.approve.why = tr("%1 is approved already.").arg(p);
            s.publish = {true, {}, p};
        }
        s.fix.why = tr("%1 is pending: chart fixes wait until it is published.").arg(p);
        // Without a due date SaaS has not shipped it: publishing is early.
        // The due date publish goes by: never before SaaS ran it long enough.
        const QDateTime due = ReleaseRules::effectiveDue(*s.pending, snapshot.workspace);
        s.countdown = Countdown::due(due, now);
        s.early = !due.isValid() || now < due;
        if (s.pending->saasDate.isValid())
            s.saasDays = int(s.pending->saasDate.secsTo(now) / 86400);

        // The verdict on it: the registry gate's part holds Publish back.
        const int index = train.indexOf(s.pending->version);
        const ReleaseVerdict *v = verdicts && index >= 0 && index < verdicts->size() ? &verdicts->at(index) : nullptr;
        // An approval the trail does not back (anyone can commit the state)
        // opens nothing.
        if (const QString forged = s.pending->approvalProblem(snapshot.workspace.selfApproval);
            !forged.isEmpty() && s.pending->state == ManifestRelease::State::Approved)
            s.publish = {false, tr("The approval of %1 is not backed by its audit trail: %2.").arg(p, forged), {}};
        if (index < 0) {
            // Staged in the manifest, never released: nothing to judge.
            s.registry = tr("OSS never released %1: the manifest stages a version git does not have.").arg(p);
            const QString why = tr("OSS has no release %1.").arg(p);
            s.approve = {false, why, {}};
            s.publish = {false, why, {}};
        } else if (!v) {
            s.registry = tr("Judging %1…").arg(p);
        } else {
            s.problems = v->problems;
            const Completeness &c = v->registry;
            if (!v->registryChecked)
                s.registry = tr("The registry is not checked yet.");
            else if (c.required == 0)
                s.registry = tr("The registry holds nothing %1 needs yet.").arg(p);
            else if (c.present == c.required)
                s.registry = tr("All %1 artifacts of %2 are in the registry.").arg(c.required).arg(p);
            else
                s.registry = tr("%1 of %2 artifacts of %3 are in the registry%4.")
                                 .arg(c.present)
                                 .arg(c.required)
                                 .arg(p, c.unknown > 0 ? tr(", %1 could not be checked").arg(c.unknown) : QString());
            QStringList lacking;
            for (const QString &problem : v->problems) {
                if (problem.startsWith(QLatin1String("registry: ")))
                    lacking.append(problem.mid(10));
            }
            if (!lacking.isEmpty()) {
                const QString why = tr("the registry does not hold what %1 deploys: %2").arg(p, lacking.join(QLatin1String("; ")));
                if (s.publish.enabled)
                    s.publish = {false, why + tr(". Publish refuses until it does; check again once CI has pushed."), {}};
            }
        }
    } else {
        s.restage.why = tr("Nothing is pending for Enterprise: stage a release instead.");
        s.approve.why = tr("Nothing is staged.");
        s.publish.why = tr("Nothing is approved for Enterprise.");
        if (candidate)
            s.stage = {true, {}, candidate->toString()};
        else
            s.stage.why = tr("OSS has tagged nothing newer than %1: release a version first.").arg(s.lastPublished);
        if (published)
            s.fix = {true, {}, published->withoutFix().toString()};
        else
            s.fix.why = tr("Nothing is published yet.");
    }
    if (const FreezeWindow *f = snapshot.workspace.freezeAt(now))
        s.freeze = tr("%1 to %2%3").arg(f->from.toString(Qt::ISODate), f->to.toString(Qt::ISODate),
                                          f->reason.isEmpty() ? QString() : QStringLiteral(", ") + f->reason);
    return s;
}

} // namespace ReleaseDeck
