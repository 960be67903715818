// publish: the approved release's charts to their OCI repositories, the
// manifest's record, and the charts' release tags.
#include "plans.h"

#include "registry/chartoci.h"
#include "charts/chartpackage.h"
#include "workspace/manifestfile.h"
#include "plancommon.h"
#include "domain/printable.h"
#include "domain/releaserules.h"
#include "git/lineauthor.h"

namespace ReleaseDeck::Plans {

using namespace Common;

namespace {

// The chart as `helm package` would make it from the files at the tip.
std::optional<ChartPackage> packageAt(const Inputs &in, const QString &tip, const ChartRelease &chart, QString *error)
{
    const auto files = in.charts->readTree(tip, chart.path, error);
    if (!files)
        return std::nullopt;
    // Straight from the blobs: nothing from the commit touches the disk.
    ChartPackage package = ChartPackage::fromFiles(*files, chart.path);
    if (!package.ok()) {
        *error = QStringLiteral("%1 (at %2)").arg(package.error, tip.left(12));
        return std::nullopt;
    }
    return package;
}

// The pending release's trail against git history. Each of its stage,
// re-stage, fix and approve lines was committed by the person it names (a
// line in a colleague's name in one's own commit is not their word); an
// approve was committed after the stage it follows (one moved here from an
// older release was not); and the charts are as they were when the
// approval was committed (what was approved is what goes out).
bool trailHolds(const Inputs &in, const QString &tip, const QString &chartsAt, const ManifestRelease &entry, QString *error)
{
    const Workspace &ws = in.snapshot->workspace;
    git_repository *repo = in.charts->repository();
    static const QStringList staging{QStringLiteral("stage"), QStringLiteral("restage"), QStringLiteral("fix")};
    const AuditEntry *stage = nullptr;
    const AuditEntry *approve = nullptr;
    QString stageCommit, approveCommit;
    const auto checked = [&](const AuditEntry &a) {
        return !a.keyLines.isEmpty() && (staging.contains(a.action) || a.action == QLatin1String("approve"));
    };
    // One blame of the file for all the lines.
    QList<int> lines;
    for (const AuditEntry &a : entry.audit) {
        if (checked(a))
            lines += a.keyLines;
    }
    const auto blamed = lineAuthors(repo, tip, ws.manifestPath, lines, error);
    if (!blamed)
        return false;
    qsizetype next = 0;
    for (const AuditEntry &a : entry.audit) {
        if (!checked(a))
            continue;
        const bool isStage = staging.contains(a.action);
        const QList<LineAuthor> authors = blamed->mid(next, a.keyLines.size());
        next += a.keyLines.size();
        QString newest;
        for (const LineAuthor &who : authors) {
            if (who.email.trimmed().toLower() != auditEmail(a.by)) {
                *error = QStringLiteral("%1:%2: the %3 line by %4 was committed by %5 <%6> in %7: a line of the trail is committed "
                                        "by the person it names")
                             .arg(manifestName(ws))
                             .arg(a.line)
                             .arg(a.action, printableName(a.by), printableName(who.name), printableName(who.email), who.commit.left(12));
                return false;
            }
            if (newest.isEmpty() || comesAfter(repo, who.commit, newest))
                newest = who.commit;
        }
        if (isStage) {
            stage = &a;
            stageCommit = newest;
            approve = nullptr;
        } else if (stage) {
            if (!comesAfter(repo, newest, stageCommit) || a.at < stage->at) {
                *error = QStringLiteral("%1:%2: the approve line by %3 (%4, in %5) is not later than the %6 it follows (%7, in %8): "
                                        "an approval is of what was staged before it")
                             .arg(manifestName(ws))
                             .arg(a.line)
                             .arg(printableName(a.by), when(a.at), newest.left(12), stage->action, when(stage->at), stageCommit.left(12));
                return false;
            }
            approve = &a;
            approveCommit = newest;
        }
    }
    if (!approve)
        return true;
    // On a line's branch the approval names the charts commit it approved
    // (its line was blamed with the approve above).
    QString approvedCharts = approveCommit;
    if (!in.lineBranch.isEmpty()) {
        approvedCharts = approve->charts;
        if (approvedCharts.isEmpty() || (approvedCharts != chartsAt && !comesAfter(repo, chartsAt, approvedCharts))) {
            *error = approvedCharts.isEmpty()
                         ? QStringLiteral("%1:%2: the approve line by %3 names no charts commit of %4: approve it again")
                               .arg(manifestName(ws)).arg(approve->line).arg(printableName(approve->by), in.lineBranch)
                         : QStringLiteral("%1:%2: the approve line by %3 names charts commit %4, which is not on %5: approve it again")
                               .arg(manifestName(ws)).arg(approve->line).arg(printableName(approve->by), approvedCharts.left(12), in.lineBranch);
            return false;
        }
    }
    for (const ChartRelease &chart : in.snapshot->headCharts) {
        if (chart.found && pathId(repo, approvedCharts, chart.path) != pathId(repo, chartsAt, chart.path)) {
            *error = QStringLiteral("%1 changed after %2 was approved by %3 in %4: what is published is what was approved, "
                                    "so approve it again")
                         .arg(chart.path.isEmpty() ? QStringLiteral("the chart") : printableName(chart.path), entry.version.toString(),
                              printableName(approve->by), approvedCharts.left(12));
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<Plan> publish(const Inputs &in, QString *error)
{
    const WorkspaceSnapshot &snap = *in.snapshot;
    const Workspace &ws = snap.workspace;
    const auto at = planStart(in, error);
    if (!at)
        return std::nullopt;
    const QString &tip = at->tip;
    const ManifestAtTip &current = at->manifest;
    const bool onLine = !in.lineBranch.isEmpty();
    const ManifestRelease *entry = onLine ? pendingOn(current.manifest, in.lineBranch) : pending(current.manifest);
    if (!entry) {
        *error = onLine ? QStringLiteral("nothing is pending on %1: stage and approve a release of its line first").arg(in.lineBranch)
                        : QStringLiteral("nothing is pending for Enterprise: stage and approve a release first");
        return std::nullopt;
    }
    // Where the charts go out from: the line's branch, or main's tip.
    const QString chartsAt = onLine ? in.lineBase : tip;
    const QString v = entry->version.toString();
    if (!in.version.isNull() && !(in.version == entry->version)) {
        *error = QStringLiteral("%1 is not the pending release; %2 is").arg(in.version.toString(), v);
        return std::nullopt;
    }
    if (entry->state != ManifestRelease::State::Approved) {
        *error = QStringLiteral("%1 is staged, not approved: another release manager approves it first").arg(v);
        return std::nullopt;
    }
    // The state alone is a line anyone can commit: the audit trail decides.
    if (const QString forged = entry->approvalProblem(ws.selfApproval); !forged.isEmpty()) {
        *error = QStringLiteral("%1:%2: %3").arg(manifestName(ws)).arg(entry->line).arg(forged);
        return std::nullopt;
    }
    if (!trailHolds(in, tip, chartsAt, *entry, error))
        return std::nullopt;
    // The calendar: before the due date, or inside a freeze, only with a reason.
    QStringList reasons;
    // The recorded due date, but never before SaaS has run it for
    // policy.minSoakDays: a hand-moved date does not skip the stagger.
    const QDateTime due = ReleaseRules::effectiveDue(*entry, ws);
    if (!due.isValid()) {
        // SaaS has not shipped it (or nobody recorded when): it is not due.
        if (in.early.trimmed().isEmpty()) {
            *error = QStringLiteral("%1 has no due date, SaaS has not shipped it: publishing it needs a reason (--early REASON)").arg(v);
            return std::nullopt;
        }
        reasons.append(QStringLiteral("early (no SaaS date): %1").arg(in.early.trimmed()));
    } else if (in.now < due) {
        if (in.early.trimmed().isEmpty()) {
            *error = QStringLiteral("%1 is due %2: publishing it early needs a reason (--early REASON)").arg(v, when(due));
            return std::nullopt;
        }
        reasons.append(QStringLiteral("early (due %1): %2").arg(when(due), in.early.trimmed()));
    }
    if (const FreezeWindow *freeze = ws.freezeAt(in.now)) {
        const QString window = QStringLiteral("%1 to %2%3")
                                   .arg(freeze->from.toString(Qt::ISODate), freeze->to.toString(Qt::ISODate),
                                        freeze->reason.isEmpty() ? QString() : QStringLiteral(", ") + freeze->reason);
        if (in.overrideFreeze.trimmed().isEmpty()) {
            *error = QStringLiteral("publishing is frozen (%1): override it with a reason (--override-freeze REASON)").arg(window);
            return std::nullopt;
        }
        reasons.append(QStringLiteral("freeze overridden (%1): %2").arg(window, in.overrideFreeze.trimmed()));
    }
    if (!chartsSay(in, v, QStringLiteral("approved"), error))
        return std::nullopt;

    Plan plan;
    plan.id = QStringLiteral("publish-%1-%2").arg(v, tip.left(12));
    plan.title = QStringLiteral("Publish %1 to Enterprise from %2 (%3 at %4)").arg(v, ws.manifestRepo, chartsBranch(in), chartsAt.left(12));
    if (onLine)
        plan.warnings.append(QStringLiteral("a patch of an older line, published from %1: the current release stays as it is").arg(in.lineBranch));
    // The charts, packaged now so that the plan shows what will be pushed.
    struct Tagged
    {
        QString component;
        QString tag;
    };
    QList<Tagged> tags;
    RegistryOpener *registries = in.registries;
    for (const ChartRelease &chart : snap.headCharts) {
        const Component *component = ws.component(chart.component);
        if (!component)
            continue;
        // A chart the scan could not read is never left out quietly: the
        // release would be recorded published without it.
        if (!chart.found) {
            *error = QStringLiteral("chart '%1' of component '%2' is not readable on %3 at %4%5: publishing stops")
                         .arg(printableName(chart.chart), component->id, chartsBranch(in), chartsAt.left(12),
                              chart.problems.isEmpty() ? QString() : QStringLiteral(" (") + printableName(chart.problems.join(QLatin1String("; ")), 400) + QLatin1Char(')'));
            return std::nullopt;
        }
        if (component->oci.isEmpty()) {
            *error = QStringLiteral("%1: chart component '%2' has no 'oci' repository to publish to").arg(ws.file, component->id);
            return std::nullopt;
        }
        const auto package = packageAt(in, chartsAt, chart, error);
        if (!package)
            return std::nullopt;
        // What is pushed is what the release names, read again from the package.
        if (package->name != chart.chart || package->version != v) {
            *error = QStringLiteral("%1 at %2 packages as %3 %4, not %5 %6: publishing stops")
                         .arg(chart.path.isEmpty() ? QStringLiteral("the chart") : printableName(chart.path), chartsAt.left(12),
                              printableName(package->name), printableName(package->version), chart.chart, v);
            return std::nullopt;
        }
        const QString target = component->oci;
        const QString digest = OciLayout::digestOf(package->archive);
        plan.steps.append(
            {QStringLiteral("chart-") + component->id,
             QStringLiteral("Push chart %1 %2 to %3:%4").arg(package->name, package->version, target, HelmOci::tagFor(package->version)),
             QStringLiteral("%1, %2 bytes, %3 (%4 files)")
                 .arg(package->fileName())
                 .arg(package->archive.size())
                 .arg(digest)
                 .arg(package->files.size()),
             false,
             [registries, target, package = *package, step = QStringLiteral("chart-") + component->id](PlanOutputs &out, QString *e) {
                 RegistryRepository *repo = registries->open(target, e);
                 if (!repo)
                     return false;
                 const HelmOci::PushResult pushed = HelmOci::push(*repo, package);
                 switch (pushed.result) {
                 case OciLayout::TagResult::Created:
                 case OciLayout::TagResult::Unchanged:
                     recordMade(out, step, QStringLiteral("chart %1:%2").arg(target, pushed.tag));
                     return true;
                 case OciLayout::TagResult::Conflict:
                     *e = QStringLiteral("%1:%2 exists with other content: a published chart is never overwritten")
                              .arg(target, pushed.tag);
                     return false;
                 case OciLayout::TagResult::Failed:
                     *e = pushed.error;
                     return false;
                 }
                 return false;
             }});
        tags.append({component->id, component->tags.format(entry->version)});
    }
    if (tags.isEmpty()) {
        *error = QStringLiteral("no chart of the workspace is on %1 at %2").arg(chartsBranch(in), chartsAt.left(12));
        return std::nullopt;
    }

    const QString name = manifestName(ws);
    QString note = in.note;
    for (const QString &r : std::as_const(reasons))
        note = note.isEmpty() ? r : note + QStringLiteral("; ") + r;
    auto after = ManifestFile::setState(current.text, entry->version, ManifestRelease::State::Published, {}, name, error);
    if (after)
        after = ManifestFile::appendAudit(*after, entry->version,
                                          {in.who.when.toUTC(), identity(in.who), QStringLiteral("publish"), note}, name, error);
    if (!after)
        return std::nullopt;
    addCommitAndPush(plan, in, tip, {{ws.manifestPath, *after}},
                     QStringLiteral("Publish %1 to Enterprise\n%2").arg(v, note.isEmpty() ? QString() : QStringLiteral("\n") + note + QLatin1Char('\n')),
                     diffText({ws.manifestPath, current.text, *after}));
    GitRemote *charts = in.charts;
    const GitIdentity who = in.who;
    for (const Tagged &t : std::as_const(tags)) {
        const QString tag = t.tag;
        const QString step = QStringLiteral("tag-") + t.component;
        plan.steps.append({step,
                           QStringLiteral("Tag the published commit %1 and push the tag").arg(tag), QString(), false,
                           [charts, tag, who, v, step, lineCommit = onLine ? chartsAt : QString()](PlanOutputs &out, QString *e) {
                               // The commit the charts were packaged from.
                               const QString commit = lineCommit.isEmpty() ? out.value(QStringLiteral("commit")) : lineCommit;
                               switch (charts->pushTag(tag, commit, who, QStringLiteral("Enterprise %1").arg(v), e)) {
                               case GitRemote::Push::Pushed:
                               case GitRemote::Push::UpToDate:
                                   recordMade(out, step, QStringLiteral("tag %1 at %2 on %3").arg(tag, commit.left(12), charts->url()));
                                   return true;
                               case GitRemote::Push::Rejected:
                               case GitRemote::Push::Failed:
                                   return false;
                               }
                               return false;
                           }});
    }
    for (const QString &r : std::as_const(reasons))
        plan.warnings.append(QStringLiteral("audited: %1").arg(r));
    // First of all: nothing is published that deploys an image the registry lacks.
    if (!addRegistryGate(plan, in, v, snap.headImageRefs, snap.headCharts, true, error))
        return std::nullopt;
    return plan;
}

} // namespace ReleaseDeck::Plans
