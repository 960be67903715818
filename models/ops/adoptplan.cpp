// adopt: the way from independent version streams to one version.
#include "plans.h"

#include "domain/printable.h"

#include "domain/releasetrain.h"
#include "platform/fileutil.h"
#include "plancommon.h"
#include "workspace/manifestfile.h"

#include <QFile>

#include <algorithm>

namespace ReleaseDeck::Plans {

using namespace Common;

namespace {

constexpr qint64 kMaxWorkspaceBytes = 4 * 1024 * 1024;

// The workspace file with each independent chart component switched to
// `versioning: unified` from `from`: the value rewritten where the loader
// read it, `unifiedFrom` added below it at the same indent.
std::optional<QByteArray> switchedWorkspace(const Workspace &ws, const QByteArray &text, const Version &from, QString *error)
{
    QList<QByteArray> lines = text.split('\n');
    QList<const Component *> charts;
    for (const Component &c : ws.components) {
        if (c.kind == Component::Kind::Chart && c.isIndependent())
            charts.append(&c);
    }
    // Bottom up, so that an inserted line leaves the others' numbers alone.
    std::sort(charts.begin(), charts.end(), [](const Component *a, const Component *b) { return a->versioningAt.line > b->versioningAt.line; });
    for (const Component *c : std::as_const(charts)) {
        const int index = c->versioningAt.line - 1;
        const int column = c->versioningAt.column - 1;
        const QByteArray text = index >= 0 && index < lines.size() && column >= 0 ? lines[index].mid(column) : QByteArray();
        // Plain, or in single or double quotes.
        QByteArray word;
        for (const QByteArray &form : {QByteArray("independent"), QByteArray("\"independent\""), QByteArray("'independent'")}) {
            if (text.startsWith(form))
                word = form;
        }
        const QByteArray key = !word.isEmpty() ? lines[index].left(column).trimmed() : QByteArray();
        const QByteArray rest = !word.isEmpty() ? lines[index].mid(column + word.size()).trimmed() : QByteArray();
        // Block style only: the key opens its line, the value ends it (a comment may follow).
        if (word.isEmpty() || (key != "versioning:" && key != "- versioning:") || !(rest.isEmpty() || rest.startsWith('#'))) {
            *error = QStringLiteral("%1:%2: component '%3': adopt rewrites 'versioning: independent' only where it is written "
                                    "on a line of its own, as a plain or quoted value; write it so and run adopt again")
                         .arg(ws.file)
                         .arg(c->versioningAt.line)
                         .arg(c->id);
            return std::nullopt;
        }
        QByteArray &line = lines[index];
        line = line.left(column) + "unified" + line.mid(column + word.size());
        const qsizetype indent = line.indexOf("versioning:");
        lines.insert(index + 1, QByteArray(indent, ' ') + "unifiedFrom: \"" + from.toString().toUtf8() + "\"");
    }
    return lines.join('\n');
}

QString releasesText(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 Enterprise release") : QStringLiteral("%1 Enterprise releases").arg(n);
}

} // namespace

std::optional<Plan> adopt(const Inputs &in, QString *error)
{
    const auto at = planStart(in, error);
    if (!at)
        return std::nullopt;
    const QString &tip = at->tip;
    const ManifestAtTip &current = at->manifest;
    const WorkspaceSnapshot &snap = *in.snapshot;
    const Workspace &ws = snap.workspace;
    // A manifest adopt wrote (every release recorded from history) leaves
    // only this machine's workspace file to switch.
    bool written = !current.manifest.releases.isEmpty();
    for (const ManifestRelease &m : current.manifest.releases) {
        written = written && std::any_of(m.audit.cbegin(), m.audit.cend(),
                                         [](const AuditEntry &a) { return a.action == QLatin1String("history"); });
    }
    if (!current.manifest.releases.isEmpty() && !written) {
        *error = QStringLiteral("%1 records %2 already: adopt writes the first release manifest")
                     .arg(manifestName(ws), releasesText(current.manifest.releases.size()));
        return std::nullopt;
    }
    bool anyIndependent = false;
    for (const Component &c : ws.components)
        anyIndependent = anyIndependent || (c.kind == Component::Kind::Chart && c.isIndependent());
    if (!anyIndependent) {
        *error = QStringLiteral("no chart component has 'versioning: independent': the charts carry one version already");
        return std::nullopt;
    }

    // Each Enterprise release found by content, recorded as published at its tags' date.
    const ReleaseTrain train = ReleaseTrain::build(snap);
    QString highestChart; // the highest number an independent chart gave itself
    std::optional<Version> highest;
    for (const ChartRelease &c : snap.charts) {
        const Component *component = ws.component(c.component);
        if (component && component->isIndependent() && c.tagVersion && (!highest || Version::compare(*highest, *c.tagVersion) < 0)) {
            highest = c.tagVersion;
            highestChart = c.tag;
        }
    }
    const QString name = manifestName(ws);
    std::optional<QByteArray> manifest = current.text.isEmpty() ? ManifestFile::empty() : current.text;
    std::optional<Version> newestOss;
    QStringList recorded;
    for (const TrainRelease &r : train.releases()) {
        if (!r.ossTag.isEmpty() && r.version.isRelease() && (!newestOss || Version::compare(*newestOss, r.version) < 0))
            newestOss = r.version;
        if (r.enterprise != TrainRelease::Enterprise::Published || r.isFix() || written)
            continue;
        QStringList tags;
        for (int i : r.charts)
            tags.append(snap.charts.at(i).tag);
        ManifestRelease m;
        m.version = r.version;
        m.ossCommit = r.ossCommit;
        m.saasDate = r.saasDate;
        m.state = ManifestRelease::State::Published;
        m.audit = {AuditEntry{r.enterpriseDate.toUTC(), identity(in.who), QStringLiteral("history"),
                              QStringLiteral("recorded from history: published as %1").arg(tags.join(QLatin1String(", ")))}};
        manifest = ManifestFile::appendRelease(*manifest, m, name, error);
        if (!manifest)
            return std::nullopt;
        recorded.append(QStringLiteral("%1 (%2)").arg(r.text(), tags.join(QLatin1String(", "))));
    }
    if (!newestOss) {
        *error = QStringLiteral("OSS has no release tag yet: the first unified version follows the newest OSS release");
        return std::nullopt;
    }
    const auto first = Version::parse(QStringLiteral("%1.%2.0").arg(newestOss->major()).arg(newestOss->minor() + 1));
    // From the first unified version on, charts are joined by their number:
    // an old chart number at or above it would be taken for that release.
    if (highest && Version::compare(*highest, *first) >= 0) {
        *error = QStringLiteral("chart tag %1 is numbered %2, at or above %3, the first unified version: joined by number it "
                                "would be taken for OSS %2; the charts cannot switch to one version until OSS passes it")
                     .arg(highestChart, highest->toString(), first->toString());
        return std::nullopt;
    }

    const auto before = readRegularFile(ws.file, kMaxWorkspaceBytes, error);
    if (!before)
        return std::nullopt;
    const auto after = switchedWorkspace(ws, *before, *first, error);
    if (!after)
        return std::nullopt;

    Plan plan;
    plan.id = QStringLiteral("adopt-%1").arg(tip.left(12));
    plan.title = written ? QStringLiteral("Adopt one version: %1 records the history already; switch this workspace's charts to one "
                                          "version from %2")
                               .arg(manifestName(ws), first->toString())
                         : QStringLiteral("Adopt one version: record %1 from history on %2 (%3 at %4); %5 is the first "
                                          "unified release")
                               .arg(releasesText(recorded.size()), ws.manifestRepo, in.branch, tip.left(12), first->toString());
    if (recorded.isEmpty() && !written)
        plan.warnings.append(QStringLiteral("no chart release maps to an OSS release by content: the manifest starts empty"));
    for (const int i : written ? QList<int>() : train.unmappedCharts())
        plan.warnings.append(QStringLiteral("not recorded, as it maps to no OSS release: %1").arg(snap.charts.at(i).tag));
    for (const ChartRelease &c : snap.charts) {
        if (!c.tagVersion)
            plan.warnings.append(QStringLiteral("not recorded, as its tag holds no version: %1").arg(printableName(c.tag, 120)));
    }
    plan.warnings.append(QStringLiteral("next: `releasedeck stage %1` once OSS tags it; its charts then carry %1 like every component")
                             .arg(first->toString()));
    const QString message = QStringLiteral("Record Enterprise releases from history\n\n%1\n\nThe next OSS release, %2, is the first "
                                           "staged with one version.\n")
                                .arg(recorded.isEmpty() ? QStringLiteral("None maps to an OSS release.") : recorded.join(u'\n'), first->toString());
    if (!written)
        addCommitAndPush(plan, in, tip, {{ws.manifestPath, *manifest}}, QString(message),
                         diffText({ws.manifestPath, current.text, *manifest}));

    // Last, on this machine: the workspace switches the charts to one version.
    PlanStep edit;
    edit.id = QStringLiteral("workspace");
    edit.title = QStringLiteral("Switch the charts in %1 to 'versioning: unified' from %2").arg(ws.file, first->toString());
    edit.detail = diffText({ws.file, *before, *after});
    edit.localOnly = true;
    const QString file = ws.file;
    const QByteArray was = *before;
    const QByteArray becomes = *after;
    edit.run = [file, was, becomes](PlanOutputs &out, QString *e) {
        const auto now = readRegularFile(file, kMaxWorkspaceBytes, e);
        if (!now)
            return false;
        if (*now == becomes)
            return true; // a resumed run: done already
        if (*now != was) {
            *e = QStringLiteral("%1 changed since the plan was made; run adopt again").arg(file);
            return false;
        }
        if (!writeFileAtomically(file, becomes, e))
            return false;
        recordMade(out, QStringLiteral("workspace"), QStringLiteral("the charts switched to one version in %1").arg(file));
        return true;
    };
    edit.undo = [file, was, becomes](const PlanOutputs &, QString *e) {
        const auto now = readRegularFile(file, kMaxWorkspaceBytes, e);
        if (!now)
            return false;
        return *now != becomes || writeFileAtomically(file, was, e);
    };
    plan.steps.append(edit);
    return plan;
}

} // namespace ReleaseDeck::Plans
