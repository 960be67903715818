#include "stageplan.h"

#include "domain/releasetrain.h"
#include "manifestfile.h"
#include "stageedit.h"

#include <QMap>

namespace ReleaseDeck::StagePlan {

namespace {

// A unified-style listing of the lines a file edit changes.
QString diffText(const FileEdit &f)
{
    QStringList out{QStringLiteral("%1:").arg(f.path)};
    const QList<QByteArray> before = f.before.split('\n');
    const QList<QByteArray> after = f.after.split('\n');
    if (before.size() != after.size()) {
        out.append(QStringLiteral("  (%1 lines added)").arg(after.size() - before.size()));
        return out.join(QLatin1Char('\n'));
    }
    for (int i = 0; i < before.size(); ++i) {
        if (before[i] == after[i])
            continue;
        out.append(QStringLiteral("  %1  - %2").arg(i + 1, 4).arg(QString::fromUtf8(before[i])));
        out.append(QStringLiteral("  %1  + %2").arg(QString(), 4).arg(QString::fromUtf8(after[i])));
    }
    return out.join(QLatin1Char('\n'));
}

// A commit of the files on the tip, made locally, then its push: the two
// steps every change to the charts repository ends with.
void addCommitAndPush(Plan &plan, const Inputs &in, const QString &tip, const QMap<QString, QByteArray> &files,
                      const QString &message, const QString &diff)
{
    GitRemote *charts = in.charts;
    const GitIdentity who = in.who;
    const QString branch = in.branch;
    plan.steps.append({QStringLiteral("commit"),
                       QStringLiteral("Commit \"%1\" on %2 (%3 %4)")
                           .arg(message.section(QLatin1Char('\n'), 0, 0), tip.left(12))
                           .arg(files.size())
                           .arg(files.size() == 1 ? QStringLiteral("file") : QStringLiteral("files")),
                       diff, true,
                       [charts, tip, files, who, message](PlanOutputs &out, QString *e) {
                           const auto id = charts->commit(tip, files, who, message, e);
                           if (!id)
                               return false;
                           out.insert(QStringLiteral("commit"), *id);
                           return true;
                       }});
    plan.steps.append({QStringLiteral("push"), QStringLiteral("Push it to %1 %2").arg(charts->url(), branch), QString(), false,
                       [charts, branch](PlanOutputs &out, QString *e) {
                           const QString commit = out.value(QStringLiteral("commit"));
                           switch (charts->pushBranch(commit, branch, e)) {
                           case GitRemote::Push::Pushed:
                           case GitRemote::Push::UpToDate:
                               return true;
                           case GitRemote::Push::Rejected:
                               *e = QStringLiteral("%1 (if someone pushed first, run the command again to plan on their tip)").arg(*e);
                               return false;
                           case GitRemote::Push::Failed:
                               return false;
                           }
                           return false;
                       }});
}

QString identity(const GitIdentity &who)
{
    return QStringLiteral("%1 <%2>").arg(who.name, who.email);
}

} // namespace

std::optional<Plan> build(const Inputs &in, QString *error)
{
    const WorkspaceSnapshot &snap = *in.snapshot;
    const Workspace &ws = snap.workspace;
    const QString v = in.version.toString();
    if (ws.manifestRepo.isEmpty()) {
        *error = QStringLiteral("%1: the workspace names no release manifest ('manifest: {repo, path}')").arg(ws.file);
        return std::nullopt;
    }
    const ReleaseTrain train = ReleaseTrain::build(snap);
    const int index = train.indexOf(in.version);
    if (index < 0 || train.releases().at(index).ossTag.isEmpty()) {
        *error = QStringLiteral("%1 is not released: OSS has no tag for it").arg(v);
        return std::nullopt;
    }
    const TrainRelease &release = train.releases().at(index);
    // The manifest's view: what is published, what waits.
    const ReleaseManifest &manifest = snap.manifest;
    if (const ManifestRelease *m = manifest.find(in.version)) {
        *error = QStringLiteral("%1 is already in the release manifest as %2").arg(v, ManifestRelease::stateName(m->state));
        return std::nullopt;
    }
    for (const ManifestRelease &m : manifest.releases) {
        if (m.state == ManifestRelease::State::Published && Version::compare(m.version, in.version) > 0) {
            *error = QStringLiteral("%1 is lower than %2, which is published").arg(v, m.version.toString());
            return std::nullopt;
        }
        if (m.state == ManifestRelease::State::Staged || m.state == ManifestRelease::State::Approved) {
            *error = QStringLiteral("%1 is %2 and not yet published: publish it first, or re-stage it as %3")
                         .arg(m.version.toString(), ManifestRelease::stateName(m.state), v);
            return std::nullopt;
        }
    }

    const QString tip = in.charts->tip(in.branch);
    if (tip.isEmpty()) {
        *error = QStringLiteral("%1: no branch '%2'").arg(in.charts->url(), in.branch);
        return std::nullopt;
    }
    // The version the charts are at now, to report what still names it.
    QString previous;
    for (const ChartRelease &c : snap.headCharts) {
        if (c.found && !c.version.isEmpty()) {
            previous = c.version;
            break;
        }
    }
    GitRemote *charts = in.charts;
    const auto edits = StageEdit::build(
        ws, snap.headCharts, snap.headImageRefs,
        [charts, tip](const QString &path, QString *e) { return charts->readFile(tip, path, e); }, in.version, previous,
        error);
    if (!edits)
        return std::nullopt;

    // The manifest: read at the tip (it may not exist yet), the release added.
    QString ignored;
    const QByteArray manifestBefore = charts->readFile(tip, ws.manifestPath, &ignored).value_or(ManifestFile::empty());
    ManifestRelease entry;
    entry.version = in.version;
    entry.ossCommit = release.ossCommit;
    entry.saasDate = release.saasDate;
    entry.state = ManifestRelease::State::Staged;
    entry.due = release.saasDate.isValid() ? release.saasDate.addDays(ws.staggerDays) : QDateTime();
    entry.audit.append({in.who.when.toUTC(), QStringLiteral("%1 <%2>").arg(in.who.name, in.who.email), QStringLiteral("stage"),
                        in.note});
    const QString manifestName = QStringLiteral("%1:%2").arg(ws.manifestRepo, ws.manifestPath);
    const auto manifestAfter = ManifestFile::appendRelease(manifestBefore, entry, manifestName, error);
    if (!manifestAfter)
        return std::nullopt;

    QMap<QString, QByteArray> files;
    QStringList diffs;
    for (const FileEdit &f : edits->files) {
        files.insert(f.path, f.after);
        diffs.append(diffText(f));
    }
    files.insert(ws.manifestPath, *manifestAfter);
    diffs.append(diffText({ws.manifestPath, manifestBefore, *manifestAfter}));

    Plan plan;
    plan.id = QStringLiteral("stage-%1-%2").arg(v, tip.left(12));
    plan.title = QStringLiteral("Stage %1 for Enterprise on %2 (%3 at %4)").arg(v, ws.manifestRepo, in.branch, tip.left(12));
    for (const QString &line : edits->leftBehind)
        plan.warnings.append(QStringLiteral("still names %1 after the edit: %2").arg(previous, line));
    const QString message = QStringLiteral("Stage Enterprise charts %1\n\nDue %2.%3\n")
                                .arg(v, entry.due.isValid() ? entry.due.toString(Qt::ISODate) : QStringLiteral("when SaaS ships it"),
                                     in.note.isEmpty() ? QString() : QStringLiteral("\n\n") + in.note);
    addCommitAndPush(plan, in, tip, files, message, diffs.join(QLatin1Char('\n')));
    return plan;
}

std::optional<Plan> approve(const Inputs &in, QString *error)
{
    const WorkspaceSnapshot &snap = *in.snapshot;
    const Workspace &ws = snap.workspace;
    const QString v = in.version.toString();
    const ManifestRelease *entry = snap.manifest.find(in.version);
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
    // Who staged it: the last stage or re-stage in its audit trail.
    QString stager;
    for (const AuditEntry &a : entry->audit) {
        if (a.action == QLatin1String("stage") || a.action == QLatin1String("restage"))
            stager = a.by;
    }
    const QString email = QStringLiteral("<%1>").arg(in.who.email);
    if (!ws.selfApproval && stager.endsWith(email, Qt::CaseInsensitive)) {
        *error = QStringLiteral("%1 staged %2: another release manager approves it (policy.selfApproval allows it)").arg(stager, v);
        return std::nullopt;
    }
    const QString tip = in.charts->tip(in.branch);
    const auto before = in.charts->readFile(tip, ws.manifestPath, error);
    if (!before)
        return std::nullopt;
    const QString name = QStringLiteral("%1:%2").arg(ws.manifestRepo, ws.manifestPath);
    auto after = ManifestFile::setState(*before, in.version, ManifestRelease::State::Approved, {}, name, error);
    if (after)
        after = ManifestFile::appendAudit(*after, in.version,
                                          {in.who.when.toUTC(), identity(in.who), QStringLiteral("approve"), in.note}, name, error);
    if (!after)
        return std::nullopt;
    Plan plan;
    plan.id = QStringLiteral("approve-%1-%2").arg(v, tip.left(12));
    plan.title = QStringLiteral("Approve %1 for Enterprise, due %2 (%3 at %4)")
                     .arg(v, entry->due.isValid() ? entry->due.toString(Qt::ISODate) : QStringLiteral("when SaaS ships it"),
                          in.branch, tip.left(12));
    addCommitAndPush(plan, in, tip, {{ws.manifestPath, *after}}, QStringLiteral("Approve %1\n\n%2\n").arg(v, in.note),
                     diffText({ws.manifestPath, *before, *after}));
    return plan;
}

} // namespace ReleaseDeck::StagePlan
