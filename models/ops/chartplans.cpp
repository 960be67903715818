// The plans that change the charts repository's pending release: stage,
// restage, approve and fix.
#include "plans.h"

#include "domain/releaserules.h"
#include "domain/releasetrain.h"
#include "workspace/manifestfile.h"
#include "plancommon.h"
#include "stageedit.h"
#include "domain/printable.h"
#include "git/lineauthor.h"

#include <QMap>

namespace ReleaseDeck::Plans {

using namespace Common;

namespace {

// The version the charts at the tip are at, to report what still names it.
QString chartsVersion(const WorkspaceSnapshot &snap)
{
    for (const ChartRelease &c : snap.headCharts) {
        if (c.found && !c.version.isEmpty())
            return c.version;
    }
    return {};
}

// The chart edits of a stage, a re-stage or a fix, as files and diffs.
struct ChartChange
{
    QMap<QString, QByteArray> files;
    QStringList diffs;
    QStringList leftBehind;

    // The manifest's edit goes in the same commit.
    void addManifest(const Workspace &ws, const QByteArray &before, const QByteArray &after)
    {
        files.insert(ws.manifestPath, after);
        diffs.append(diffText({ws.manifestPath, before, after}));
    }
};

std::optional<ChartChange> chartChange(const Inputs &in, const QString &tip, const Version &version, bool versionOnly,
                                       QString *error)
{
    const WorkspaceSnapshot &snap = *in.snapshot;
    GitRemote *charts = in.charts;
    const auto edits = StageEdit::build(
        snap.workspace, snap.headCharts, snap.headImageRefs,
        [charts, tip](const QString &path, QString *e) { return charts->readFile(tip, path, e); }, version,
        versionOnly ? QString() : chartsVersion(snap), error, versionOnly);
    if (!edits)
        return std::nullopt;
    ChartChange out;
    for (const FileEdit &f : edits->files) {
        out.files.insert(f.path, f.after);
        out.diffs.append(diffText(f));
    }
    out.leftBehind = edits->leftBehind;
    return out;
}

// The manifest with `version` recorded as staged and an audit line: a new
// entry, or the one `release` recorded (state none) filled in.
std::optional<QByteArray> recordStaged(const Inputs &in, const QByteArray &text, const ReleaseManifest &manifest,
                                       const ManifestRelease &entry, const QString &action, QString *error)
{
    const Workspace &ws = in.snapshot->workspace;
    const QString name = manifestName(ws);
    const AuditEntry audit{in.who.when.toUTC(), identity(in.who), action, in.note};
    if (manifest.find(entry.version)) {
        auto after = ManifestFile::setState(text, entry.version, ManifestRelease::State::Staged, entry.due, name, error);
        if (after)
            after = ManifestFile::appendAudit(*after, entry.version, audit, name, error);
        return after;
    }
    ManifestRelease added = entry;
    added.state = ManifestRelease::State::Staged;
    added.audit = {audit};
    return ManifestFile::appendRelease(text.isEmpty() ? ManifestFile::empty() : text, added, name, error);
}

// What a stage or re-stage records for a version OSS released: its
// commit, SaaS date (as `release` recorded it, else the train's) and due
// date. Refused when the version is not released or not new.
std::optional<ManifestRelease> stagedEntry(const Inputs &in, const ReleaseManifest &manifest, QString *error)
{
    const WorkspaceSnapshot &snap = *in.snapshot;
    const QString v = in.version.toString();
    const ReleaseTrain train = ReleaseTrain::build(snap);
    const int index = train.indexOf(in.version);
    if (index < 0 || train.releases().at(index).ossTag.isEmpty()) {
        *error = QStringLiteral("%1 is not released: OSS has no tag for it").arg(v);
        return std::nullopt;
    }
    const TrainRelease &release = train.releases().at(index);
    ManifestRelease entry;
    if (const ManifestRelease *m = manifest.find(in.version)) {
        if (m->state != ManifestRelease::State::None) {
            *error = QStringLiteral("%1 is already in the release manifest as %2").arg(v, ManifestRelease::stateName(m->state));
            return std::nullopt;
        }
        entry = *m;
    } else {
        entry.version = in.version;
        entry.ossCommit = release.ossCommit;
        entry.saasDate = release.saasDate;
    }
    if (!in.lineBranch.isEmpty()) {
        // A patch of an older line: SaaS runs the newest and never this one,
        // so it is due once approved; only a supported line gets one.
        if (!lineSupported(in, in.version, error))
            return std::nullopt;
        if (const ManifestRelease *last = lastPublishedOf(manifest, in.version);
            last && Version::compare(last->version.withoutFix(), in.version) >= 0) {
            *error = QStringLiteral("%1 is not above %2, published on its line: a patch of the line comes after it")
                         .arg(v, last->version.toString());
            return std::nullopt;
        }
        entry.due = in.now.toUTC();
        entry.branch = in.lineBranch;
        return entry;
    }
    if (const ManifestRelease *published = lastPublished(manifest);
        published && Version::compare(published->version, in.version) > 0) {
        *error = QStringLiteral("%1 is lower than %2, which is published").arg(v, published->version.toString());
        return std::nullopt;
    }
    entry.due = entry.saasDate.isValid() ? entry.saasDate.addDays(snap.workspace.staggerDays) : QDateTime();
    return entry;
}

QString dueText(const QDateTime &due)
{
    return due.isValid() ? due.toString(Qt::ISODate) : QStringLiteral("when SaaS ships it");
}

} // namespace

std::optional<Plan> stage(const Inputs &in, QString *error)
{
    const QString v = in.version.toString();
    const auto at = planStart(in, error);
    if (!at)
        return std::nullopt;
    const QString &tip = at->tip;
    const ManifestAtTip &current = at->manifest;
    const auto entry = stagedEntry(in, current.manifest, error);
    if (!entry)
        return std::nullopt;
    const bool onLine = !in.lineBranch.isEmpty();
    if (const ManifestRelease *p = onLine ? pendingOn(current.manifest, in.lineBranch) : pending(current.manifest)) {
        *error = onLine ? QStringLiteral("%1 is %2 on %3 and not yet published: publish it first")
                              .arg(p->version.toString(), ManifestRelease::stateName(p->state), in.lineBranch)
                        : QStringLiteral("%1 is %2 and not yet published: publish it first, or re-stage it as %3")
                              .arg(p->version.toString(), ManifestRelease::stateName(p->state), v);
        return std::nullopt;
    }
    auto change = chartChange(in, onLine ? in.lineBase : tip, in.version, false, error);
    if (!change)
        return std::nullopt;
    const auto after = recordStaged(in, current.text, current.manifest, *entry, QStringLiteral("stage"), error);
    if (!after)
        return std::nullopt;
    const Workspace &ws = in.snapshot->workspace;

    Plan plan;
    plan.id = QStringLiteral("stage-%1-%2").arg(v, tip.left(12));
    plan.title = onLine ? QStringLiteral("Stage %1 for Enterprise on %2 %3 (from %4), recorded on %5 (at %6)")
                              .arg(v, ws.manifestRepo, in.lineBranch, in.lineBase.left(12), in.branch, tip.left(12))
                        : QStringLiteral("Stage %1 for Enterprise on %2 (%3 at %4)").arg(v, ws.manifestRepo, in.branch, tip.left(12));
    const QString previous = chartsVersion(*in.snapshot);
    for (const QString &line : std::as_const(change->leftBehind))
        plan.warnings.append(QStringLiteral("still names %1 after the edit: %2").arg(previous, line));
    const QString message = QStringLiteral("Stage Enterprise charts %1\n\nDue %2.%3\n")
                                .arg(v, dueText(entry->due), in.note.isEmpty() ? QString() : QStringLiteral("\n\n") + in.note);
    if (onLine) {
        // The charts on the line's branch, the record on main; the charts
        // first, so that the record never names charts that are not there.
        plan.warnings.append(QStringLiteral("a patch of the %1 line: its charts go on %2, main and its pending release stay as they are; "
                                            "SaaS runs the newest release, not this one, so it is due once approved")
                                 .arg(QStringLiteral("%1.%2").arg(in.version.major()).arg(in.version.minor()), in.lineBranch));
        if (!change->files.isEmpty())
            addCommitAndPush(plan, in, in.lineBase, change->files, message, change->diffs.join(QLatin1Char('\n')), in.lineBranch);
        addCommitAndPush(plan, in, tip, {{ws.manifestPath, *after}},
                         QStringLiteral("Record Enterprise %1 staged on %2\n\nDue %3.\n").arg(v, in.lineBranch, dueText(entry->due)),
                         diffText({ws.manifestPath, current.text, *after}));
    } else {
        change->addManifest(ws, current.text, *after);
        addCommitAndPush(plan, in, tip, change->files, message, change->diffs.join(QLatin1Char('\n')));
    }
    if (!addRegistryGate(plan, in, v, refsStagedAs(in, in.version), chartsStagedAs(in, in.version), false, error))
        return std::nullopt;
    return plan;
}

std::optional<Plan> restage(const Inputs &in, QString *error)
{
    const QString v = in.version.toString();
    const auto at = planStart(in, error);
    if (!at)
        return std::nullopt;
    const QString &tip = at->tip;
    const ManifestAtTip &current = at->manifest;
    const ManifestRelease *old = pending(current.manifest);
    if (!old) {
        *error = QStringLiteral("nothing is pending for Enterprise: stage %1 instead").arg(v);
        return std::nullopt;
    }
    const QString from = old->version.toString();
    if (Version::compare(in.version, old->version) <= 0) {
        *error = QStringLiteral("%1 is not above %2, the pending release: re-staging moves it forward").arg(v, from);
        return std::nullopt;
    }
    if (in.version.isFix()) {
        *error = QStringLiteral("%1 is a chart fix: use fix %2").arg(v, in.version.withoutFix().toString());
        return std::nullopt;
    }
    if (!chartsSay(in, from, ManifestRelease::stateName(old->state), error))
        return std::nullopt;
    auto entry = stagedEntry(in, current.manifest, error);
    if (!entry)
        return std::nullopt;
    const RestageDue due = ReleaseRules::restageDue(*old, in.version, entry->saasDate, in.snapshot->workspace);
    entry->due = due.due;
    auto change = chartChange(in, tip, in.version, false, error);
    if (!change)
        return std::nullopt;
    const Workspace &ws = in.snapshot->workspace;
    const QString name = manifestName(ws);
    auto after = ManifestFile::setState(current.text, old->version, ManifestRelease::State::Superseded, {}, name, error);
    if (after)
        after = ManifestFile::appendAudit(*after, old->version,
                                          {in.who.when.toUTC(), identity(in.who), QStringLiteral("supersede"),
                                           QStringLiteral("re-staged as %1").arg(v)},
                                          name, error);
    if (after)
        after = recordStaged(in, *after, current.manifest, *entry, QStringLiteral("restage"), error);
    if (!after)
        return std::nullopt;
    change->addManifest(ws, current.text, *after);

    Plan plan;
    plan.id = QStringLiteral("restage-%1-%2").arg(v, tip.left(12));
    plan.title = QStringLiteral("Re-stage Enterprise from %1 to %2 on %3 (%4 at %5); %1 will never be published")
                     .arg(from, v, ws.manifestRepo, in.branch, tip.left(12));
    for (const QString &line : std::as_const(change->leftBehind))
        plan.warnings.append(QStringLiteral("still names %1 after the edit: %2").arg(from, line));
    plan.warnings.append(QStringLiteral("due %1: %2").arg(dueText(entry->due), due.why));
    const QString message = QStringLiteral("Re-stage Enterprise charts %1 -> %2\n\n%1 is superseded. Due %3: %5.%4\n")
                                .arg(from, v, dueText(entry->due),
                                     in.note.isEmpty() ? QString() : QStringLiteral("\n\n") + in.note, due.why);
    addCommitAndPush(plan, in, tip, change->files, message, change->diffs.join(QLatin1Char('\n')));
    if (!addRegistryGate(plan, in, v, refsStagedAs(in, in.version), chartsStagedAs(in, in.version), false, error))
        return std::nullopt;
    return plan;
}

std::optional<Plan> approve(const Inputs &in, QString *error)
{
    const Workspace &ws = in.snapshot->workspace;
    const QString v = in.version.toString();
    const auto at = planStart(in, error);
    if (!at)
        return std::nullopt;
    const QString &tip = at->tip;
    const ManifestAtTip &current = at->manifest;
    const ManifestRelease *entry = current.manifest.find(in.version);
    if (!entry) {
        *error = QStringLiteral("%1 is not in the release manifest: stage it first").arg(v);
        return std::nullopt;
    }
    if (entry->state != ManifestRelease::State::Staged) {
        *error = QStringLiteral("%1 is %2, not staged: only a staged release is approved").arg(v, ManifestRelease::stateName(entry->state));
        return std::nullopt;
    }
    if (in.note.trimmed().isEmpty()) {
        *error = QStringLiteral("approving %1 needs a note: what was validated on SaaS").arg(v);
        return std::nullopt;
    }
    // Who staged it: the last stage, re-stage or fix in its audit trail.
    QString stager;
    for (const AuditEntry &a : entry->audit) {
        if (a.action == QLatin1String("stage") || a.action == QLatin1String("restage") || a.action == QLatin1String("fix"))
            stager = a.by;
    }
    if (!ws.selfApproval && auditEmail(stager) == in.who.email.trimmed().toLower()) {
        *error = QStringLiteral("%1 staged %2: another release manager approves it (policy.selfApproval allows it)").arg(stager, v);
        return std::nullopt;
    }
    // The trail as publish will read it, with this approve added: an
    // approve that publish would refuse is not made.
    if (entry->branch != in.lineBranch) {
        *error = QStringLiteral("%1 is staged on %2, not on %3").arg(v, entry->branch.isEmpty() ? in.branch : entry->branch, chartsBranch(in));
        return std::nullopt;
    }
    // On a line's branch the approval names the charts commit approved:
    // publish goes out from it, and refuses charts changed since.
    AuditEntry approval{in.who.when.toUTC(), identity(in.who), QStringLiteral("approve"), in.note};
    approval.charts = in.lineBranch.isEmpty() ? QString() : in.lineBase;
    ManifestRelease wouldBe = *entry;
    wouldBe.state = ManifestRelease::State::Approved;
    wouldBe.audit.append(approval);
    if (const QString problem = wouldBe.approvalProblem(ws.selfApproval); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (!chartsSay(in, v, QStringLiteral("staged"), error))
        return std::nullopt;
    const QString name = manifestName(ws);
    auto after = ManifestFile::setState(current.text, in.version, ManifestRelease::State::Approved, {}, name, error);
    if (after)
        after = ManifestFile::appendAudit(*after, in.version, approval, name, error);
    if (!after)
        return std::nullopt;
    Plan plan;
    plan.id = QStringLiteral("approve-%1-%2").arg(v, tip.left(12));
    plan.title = in.lineBranch.isEmpty()
                     ? QStringLiteral("Approve %1 for Enterprise, due %2 (%3 at %4)").arg(v, dueText(entry->due), in.branch, tip.left(12))
                     : QStringLiteral("Approve %1 for Enterprise, due %2: the charts on %3 at %4 (recorded on %5)")
                           .arg(v, dueText(entry->due), in.lineBranch, in.lineBase.left(12), in.branch);
    addCommitAndPush(plan, in, tip, {{ws.manifestPath, *after}}, QStringLiteral("Approve %1\n\n%2\n").arg(v, in.note),
                     diffText({ws.manifestPath, current.text, *after}));
    if (!addRegistryGate(plan, in, v, in.snapshot->headImageRefs, in.snapshot->headCharts, false, error))
        return std::nullopt;
    return plan;
}

std::optional<Plan> fix(const Inputs &in, QString *error)
{
    const Workspace &ws = in.snapshot->workspace;
    const Version base = in.version.withoutFix();
    const QString b = base.toString();
    const auto at = planStart(in, error);
    if (!at)
        return std::nullopt;
    const QString &tip = at->tip;
    const ManifestAtTip &current = at->manifest;
    const bool onLine = !in.lineBranch.isEmpty();
    const QString branch = chartsBranch(in);
    const QString planBase = onLine ? in.lineBase : tip;
    // Any published release of a supported line, the newest of its line:
    // the charts of its branch carry what it deploys.
    const ManifestRelease *m = current.manifest.find(base);
    if (m && m->state != ManifestRelease::State::Published) {
        *error = QStringLiteral("%1 is %2, not published: there is nothing to fix yet").arg(b, ManifestRelease::stateName(m->state));
        return std::nullopt;
    }
    const ManifestRelease *newest = lastPublishedOf(current.manifest, base);
    if (!m || !newest) {
        *error = QStringLiteral("%1 is not published: there is nothing to fix").arg(b);
        return std::nullopt;
    }
    if (!(newest->version.withoutFix() == base)) {
        *error = QStringLiteral("%1 is followed by %2 on its line: fix %3 instead").arg(b, newest->version.toString(),
                                                                                           newest->version.withoutFix().toString());
        return std::nullopt;
    }
    if (!lineSupported(in, base, error))
        return std::nullopt;
    if (const ManifestRelease *p = onLine ? pendingOn(current.manifest, in.lineBranch) : pending(current.manifest)) {
        *error = QStringLiteral("%1 is %2 on %3: publish it, or fix its charts before it is published, before a fix of %4")
                     .arg(p->version.toString(), ManifestRelease::stateName(p->state), branch, b);
        return std::nullopt;
    }
    if (!chartsSay(in, newest->version.toString(), QStringLiteral("published"), error))
        return std::nullopt;
    qint64 n = 0;
    for (const ManifestRelease &r : current.manifest.releases) {
        if (r.version.withoutFix() == base)
            n = std::max(n, r.version.fixNumber());
    }
    // A fix number asked for is taken as it is or refused: never renumbered.
    if (in.version.isFix() && in.version.fixNumber() != n + 1) {
        *error = in.version.fixNumber() <= n
                     ? QStringLiteral("%1 exists already: the next fix of %2 is %3").arg(in.version.toString(), b, base.withFix(int(n + 1)).toString())
                     : QStringLiteral("%1 would skip %2: the next fix of %3 is %2").arg(in.version.toString(), base.withFix(int(n + 1)).toString(), b);
        return std::nullopt;
    }
    const Version fixed = base.withFix(int(n + 1));
    const QString v = fixed.toString();

    // What the fix ships: the chart commits since the release's last tag.
    QStringList paths;
    QString lastTag, lastTagged;
    for (const ChartRelease &c : in.snapshot->headCharts) {
        const Component *component = ws.component(c.component);
        if (!c.found || !component)
            continue;
        paths.append(c.path);
        if (lastTagged.isEmpty()) {
            lastTag = component->tags.format(newest->version);
            lastTagged = in.charts->tagTarget(lastTag);
        }
    }
    if (lastTagged.isEmpty()) {
        *error = QStringLiteral("%1 has no chart tag %2: the fix cannot say what changed since it was published")
                     .arg(in.charts->url(), lastTag.isEmpty() ? newest->version.toString() : lastTag);
        return std::nullopt;
    }
    // A change to Chart.yaml alone is not a fix: the fix sets its version.
    const bool changed = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) {
        return folderWithout(in.charts->repository(), lastTagged, p, QStringLiteral("Chart.yaml"))
               != folderWithout(in.charts->repository(), planBase, p, QStringLiteral("Chart.yaml"));
    });
    if (!changed) {
        *error = onLine && in.charts->tip(in.lineBranch).isEmpty()
                     ? QStringLiteral("%1 has no branch %2 yet: branch it from %3, commit the chart change there, then fix %4")
                           .arg(in.charts->url(), in.lineBranch, lastTag, b)
                     : QStringLiteral("no chart changed on %1 since %2 (%3) but in Chart.yaml: a fix ships a change to a chart's "
                                      "templates or values, so commit it there first")
                           .arg(branch, lastTag, lastTagged.left(12));
        return std::nullopt;
    }
    const auto shipped = commitsTouching(in.charts->repository(), lastTagged, planBase, paths, 50, error);
    if (!shipped)
        return std::nullopt;

    auto change = chartChange(in, planBase, fixed, true, error);
    if (!change)
        return std::nullopt;
    ManifestRelease entry;
    entry.version = fixed;
    entry.due = in.now.toUTC();
    entry.branch = in.lineBranch;
    const auto after = recordStaged(in, current.text, current.manifest, entry, QStringLiteral("fix"), error);
    if (!after)
        return std::nullopt;

    Plan plan;
    plan.id = QStringLiteral("fix-%1-%2").arg(v, tip.left(12));
    plan.title = QStringLiteral("Stage the chart fix %1 of %2 on %3 (%4 at %5): the charts' version only, due now")
                     .arg(v, newest->version.toString(), ws.manifestRepo, branch, planBase.left(12));
    QStringList ships;
    for (const PathCommit &c : *shipped)
        ships.append(QStringLiteral("%1 \"%2\" (%3)").arg(c.id.left(12), printableName(c.subject, 200), printableName(c.author, 100)));
    plan.warnings.append(QStringLiteral("ships the chart commits since %1: %2").arg(lastTag, ships.join(QLatin1String("; "))));
    plan.warnings.append(QStringLiteral("%1 sorts before %2 in strict SemVer: Helm lists it only with --devel").arg(v, b));
    for (int k = 1; k <= n; ++k) {
        if (Version::strictOrderDiffers(base.withFix(k), fixed)) {
            plan.warnings.append(QStringLiteral("strict SemVer consumers order %1 before %2: name the version exactly where it is deployed")
                                     .arg(v, base.withFix(k).toString()));
            break;
        }
    }
    const QString message = QStringLiteral("Stage chart fix %1\n\nA chart-only fix of %2; its images stay at %2.%3\n")
                                .arg(v, b, in.note.isEmpty() ? QString() : QStringLiteral("\n\n") + in.note);
    if (onLine) {
        addCommitAndPush(plan, in, in.lineBase, change->files, message, change->diffs.join(QLatin1Char('\n')), in.lineBranch);
        addCommitAndPush(plan, in, tip, {{ws.manifestPath, *after}},
                         QStringLiteral("Record chart fix %1 staged on %2\n").arg(v, in.lineBranch),
                         diffText({ws.manifestPath, current.text, *after}));
    } else {
        change->addManifest(ws, current.text, *after);
        addCommitAndPush(plan, in, tip, change->files, message, change->diffs.join(QLatin1Char('\n')));
    }
    return plan;
}

} // namespace ReleaseDeck::Plans
