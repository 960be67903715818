// The registry gate of stage, approve and publish: nothing is published
// that deploys an image the registry does not hold, or one built from
// another commit than its version names.
#include "plancommon.h"

#include "domain/artifactcheck.h"
#include "registry/registrycheck.h"

namespace ReleaseDeck::Plans::Common {

namespace {

using State = ArtifactStatus::State;

// What one run of the check found: the lines of the plan's detail and the
// problems that stop a publish.
struct GateResult
{
    int images = 0;
    int imagesPresent = 0;
    int charts = 0;
    int chartsThere = 0;
    QStringList lines;
    QStringList problems;
};

// One line: what is wrong with an artifact, naming it once.
QString problemText(const ExpectedArtifact &a, const ArtifactStatus &s)
{
    switch (s.state) {
    case State::Missing:
        return s.detail; // "… is not in registry 'local'"
    case State::Unreachable:
        return QStringLiteral("%1 cannot be checked: %2").arg(a.reference(), s.detail);
    default:
        return QStringLiteral("%1: %2").arg(a.reference(), s.detail);
    }
}

GateResult check(const Workspace &workspace, const ArtifactPlan &gate, const QHash<QString, RegistryLogin> &logins)
{
    const RegistryReport report = RegistryCheck::run(workspace, gate, 1, nullptr, nullptr, logins);
    GateResult r;
    for (int i = 0; i < report.plan.artifacts.size(); ++i) {
        const ExpectedArtifact &a = report.plan.artifacts.at(i);
        const ArtifactStatus &s = report.status.at(i);
        const bool image = a.kind == Component::Kind::Image;
        QString line = QStringLiteral("%1 %2: %3").arg(image ? QStringLiteral("image") : QStringLiteral("chart"), a.reference(),
                                                       ArtifactStatus::stateName(s.state));
        if (!s.detail.isEmpty() && s.state != State::NotYet)
            line += QStringLiteral(", ") + s.detail;
        if (image)
            line += QStringLiteral(" (%1)").arg(a.why);
        r.lines.append(line);
        if (image) {
            ++r.images;
            if (s.state == State::Present)
                ++r.imagesPresent;
            else
                r.problems.append(QStringLiteral("%1 (%2)").arg(problemText(a, s), a.why));
        } else {
            ++r.charts;
            if (s.state == State::Present)
                ++r.chartsThere;
            // A chart version that exists with other contents is never replaced.
            if (s.state == State::Mismatch || s.state == State::Unreachable || s.state == State::NoRegistry)
                r.problems.append(QStringLiteral("chart ") + problemText(a, s));
        }
    }
    return r;
}

QString summary(const GateResult &r)
{
    QString text = QStringLiteral("Check the registry: %1 of %2 images the charts deploy are there and built from the commits their "
                                  "versions name")
                       .arg(r.imagesPresent)
                       .arg(r.images);
    if (r.charts > 0)
        text += r.chartsThere == 0 ? QStringLiteral("; %1 charts not published yet").arg(r.charts)
                                   : QStringLiteral("; %1 of %2 charts in the registry already").arg(r.chartsThere).arg(r.charts);
    return text;
}

} // namespace

QList<ImageRef> refsStagedAs(const Inputs &in, const Version &version)
{
    const Workspace &ws = in.snapshot->workspace;
    QList<ImageRef> out;
    for (ImageRef ref : in.snapshot->headImageRefs) {
        if (const Component *c = ws.imageComponentFor(ref.repository); c && !ref.value.isEmpty()) {
            ref.value = c->imageTag.format(version);
            ref.commit.clear();
            ref.sha.clear();
        }
        out.append(ref);
    }
    return out;
}

QList<ChartRelease> chartsStagedAs(const Inputs &in, const Version &version)
{
    QList<ChartRelease> out = in.snapshot->headCharts;
    for (ChartRelease &c : out) {
        c.version = version.toString();
        c.appVersion = version.toString();
    }
    return out;
}

bool addRegistryGate(Plan &plan, const Inputs &in, const QString &version, const QList<ImageRef> &refs,
                     const QList<ChartRelease> &charts, bool refuse, QString *error)
{
    const Workspace workspace = in.snapshot->workspace;
    QStringList unchecked;
    const ArtifactPlan gate = ArtifactPlan::gate(*in.snapshot, refs, charts, &unchecked);
    const QHash<QString, RegistryLogin> logins = in.logins;
    const GateResult now = check(workspace, gate, logins);
    if (refuse && !now.problems.isEmpty()) {
        *error = QStringLiteral("the registry does not hold what %1 deploys: %2").arg(version, now.problems.join(QLatin1String("; ")));
        return false;
    }
    if (!refuse) {
        for (const QString &p : now.problems)
            plan.warnings.append(QStringLiteral("registry: %1; publish refuses until it is there").arg(p));
    }
    QStringList detail = now.lines;
    if (!unchecked.isEmpty())
        detail.append(QStringLiteral("not checked, no component builds them: %1").arg(unchecked.join(QLatin1String(", "))));
    plan.steps.prepend({QStringLiteral("registry-check"), summary(now), detail.join(QLatin1Char('\n')), true,
                        [workspace, gate, logins, refuse](PlanOutputs &, QString *e) {
                            // Again as the plan runs: an image may have gone since.
                            const GateResult then = check(workspace, gate, logins);
                            if (refuse && !then.problems.isEmpty()) {
                                *e = then.problems.join(QLatin1String("; "));
                                return false;
                            }
                            return true;
                        }});
    return true;
}

} // namespace ReleaseDeck::Plans::Common
