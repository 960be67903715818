// publish: the approved release's charts to their OCI repositories, the
// manifest's record, and the charts' release tags.
#include "plans.h"

#include "registry/chartoci.h"
#include "charts/chartpackage.h"
#include "workspace/manifestfile.h"
#include "plancommon.h"
#include "domain/printable.h"
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
    const ManifestRelease *entry = pending(current.manifest);
    if (!entry) {
        *error = QStringLiteral("nothing is pending for Enterprise: stage and approve a release first");
        return std::nullopt;
    }
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
    // Each line of its trail was committed by the person it names: a line
    // written in a colleague's name in one's own commit is not their word.
    for (const AuditEntry &a : entry->audit) {
        static const QStringList checked{QStringLiteral("stage"), QStringLiteral("restage"), QStringLiteral("fix"), QStringLiteral("approve")};
        if (a.line <= 0 || !checked.contains(a.action))
            continue;
        const auto author = lineAuthor(in.charts->repository(), tip, ws.manifestPath, a.line, error);
        if (!author)
            return std::nullopt;
        if (author->email.trimmed().toLower() != auditEmail(a.by)) {
            *error = QStringLiteral("%1:%2: the %3 line by %4 was committed by %5 <%6> in %7: a line of the trail is committed by "
                                    "the person it names")
                         .arg(manifestName(ws))
                         .arg(a.line)
                         .arg(a.action, printableName(a.by), printableName(author->name), printableName(author->email), author->commit.left(12));
            return std::nullopt;
        }
    }
    // The calendar: before the due date, or inside a freeze, only with a reason.
    QStringList reasons;
    if (entry->due.isValid() && in.now < entry->due) {
        if (in.early.trimmed().isEmpty()) {
            *error = QStringLiteral("%1 is due %2: publishing it early needs a reason (--early REASON)").arg(v, when(entry->due));
            return std::nullopt;
        }
        reasons.append(QStringLiteral("early (due %1): %2").arg(when(entry->due), in.early.trimmed()));
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
    plan.title = QStringLiteral("Publish %1 to Enterprise from %2 (%3 at %4)").arg(v, ws.manifestRepo, in.branch, tip.left(12));
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
                         .arg(printableName(chart.chart), component->id, in.branch, tip.left(12),
                              chart.problems.isEmpty() ? QString() : QStringLiteral(" (") + printableName(chart.problems.join(QLatin1String("; ")), 400) + QLatin1Char(')'));
            return std::nullopt;
        }
        if (component->oci.isEmpty()) {
            *error = QStringLiteral("%1: chart component '%2' has no 'oci' repository to publish to").arg(ws.file, component->id);
            return std::nullopt;
        }
        const auto package = packageAt(in, tip, chart, error);
        if (!package)
            return std::nullopt;
        // What is pushed is what the release names, read again from the package.
        if (package->name != chart.chart || package->version != v) {
            *error = QStringLiteral("%1 at %2 packages as %3 %4, not %5 %6: publishing stops")
                         .arg(chart.path.isEmpty() ? QStringLiteral("the chart") : printableName(chart.path), tip.left(12),
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
             [registries, target, package = *package](PlanOutputs &, QString *e) {
                 RegistryRepository *repo = registries->open(target, e);
                 if (!repo)
                     return false;
                 const HelmOci::PushResult pushed = HelmOci::push(*repo, package);
                 switch (pushed.result) {
                 case OciLayout::TagResult::Created:
                 case OciLayout::TagResult::Unchanged:
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
        *error = QStringLiteral("no chart of the workspace is on %1 at %2").arg(in.branch, tip.left(12));
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
        plan.steps.append({QStringLiteral("tag-") + t.component,
                           QStringLiteral("Tag the published commit %1 and push the tag").arg(tag), QString(), false,
                           [charts, tag, who, v](PlanOutputs &out, QString *e) {
                               const QString commit = out.value(QStringLiteral("commit"));
                               switch (charts->pushTag(tag, commit, who, QStringLiteral("Enterprise %1").arg(v), e)) {
                               case GitRemote::Push::Pushed:
                               case GitRemote::Push::UpToDate:
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
    return plan;
}

} // namespace ReleaseDeck::Plans
