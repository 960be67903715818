#include "stagingstate.h"

namespace ReleaseDeck {

QString StagingState::span(qint64 seconds)
{
    seconds = std::abs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const QString d = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    if (days > 0)
        return hours > 0 ? tr("%1 %2 h").arg(d).arg(hours) : d;
    if (hours > 0)
        return tr("%1 h").arg(hours);
    return tr("%1 min").arg(std::max<qint64>(1, seconds / 60));
}

StagingState StagingState::build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train, const QDateTime &now)
{
    StagingState s;
    const ReleaseManifest &manifest = snapshot.manifest;
    const bool hasManifest = !snapshot.workspace.manifestRepo.isEmpty();
    std::optional<Version> published;
    for (const ManifestRelease &m : manifest.releases) {
        if (m.state == ManifestRelease::State::Staged || m.state == ManifestRelease::State::Approved)
            s.pending = m;
        if (m.state == ManifestRelease::State::Published && (!published || Version::compare(m.version, *published) > 0))
            published = m.version;
    }
    if (published)
        s.lastPublished = published->toString();

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
        if (!candidate || Version::compare(r.version, *candidate) > 0)
            candidate = r.version;
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

    if (s.pending) {
        const QString p = s.pending->version.toString();
        const QString state = ManifestRelease::stateName(s.pending->state);
        s.stage.why = tr("%1 is %2 and not yet published: publish it, or re-stage it.").arg(p, state);
        if (candidate) {
            s.restage = {true, {}, candidate->toString()};
        } else {
            s.restage.why = tr("OSS has tagged nothing newer than %1 yet.").arg(p);
        }
        if (s.pending->state == ManifestRelease::State::Staged) {
            s.approve = {true, {}, p};
            s.publish.why = tr("%1 is staged: another release manager approves it first.").arg(p);
        } else {
            s.approve.why = tr("%1 is approved already.").arg(p);
            s.publish = {true, {}, p};
        }
        s.fix.why = tr("%1 is pending: chart fixes wait until it is published.").arg(p);
        if (s.pending->due.isValid()) {
            const qint64 left = now.secsTo(s.pending->due);
            s.countdown = left > 0 ? tr("due in %1").arg(span(left)) : tr("due %1 ago").arg(span(left));
            s.early = left > 0;
        }
        if (s.pending->saasDate.isValid())
            s.saasDays = int(s.pending->saasDate.secsTo(now) / 86400);
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
