#include "versionmatrix.h"

#include <QHash>
#include <QSet>

namespace ReleaseDeck {

namespace {

using State = MatrixCell::State;

const QString kDash = QStringLiteral("—");

MatrixCell make(State state, const QString &text, const QString &reason)
{
    return MatrixCell{state, text, reason};
}

int severity(State s)
{
    switch (s) {
    case State::None:
        return 0;
    case State::Consistent:
        return 1;
    case State::Drift:
        return 2;
    case State::Missing:
        return 3;
    }
    return 0;
}

// The version a release's images carry: a chart-only fix ships the images
// of the release it fixes.
QString imageVersion(const TrainRelease &r)
{
    return r.version.isFix() ? r.version.withoutFix().toString() : r.version.toString();
}

} // namespace

VersionMatrix VersionMatrix::build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train,
                                   const ImageRefIndex &refIndex)
{
    VersionMatrix m;
    const Workspace &ws = snapshot.workspace;
    m.m_columns.append({MatrixColumn::Kind::Version, QString(), tr("Version")});
    m.m_columns.append({MatrixColumn::Kind::Enterprise, QString(), tr("Enterprise")});
    m.m_columns.append({MatrixColumn::Kind::OssCommit, QString(), tr("OSS commit")});
    for (const Component &c : ws.components) {
        if (c.kind == Component::Kind::Image)
            m.m_columns.append({MatrixColumn::Kind::Image, c.id, tr("%1 image").arg(c.id)});
    }
    for (const Component &c : ws.components) {
        if (c.kind != Component::Kind::Chart)
            continue;
        m.m_columns.append({MatrixColumn::Kind::ChartVersion, c.id, tr("%1 version").arg(c.chart)});
        m.m_columns.append({MatrixColumn::Kind::ChartAppVersion, c.id, tr("%1 appVersion").arg(c.chart)});
        m.m_columns.append({MatrixColumn::Kind::ChartImage, c.id, tr("%1 image tag").arg(c.chart)});
    }

    QSet<QString> repoTags; // "repo\nversion" of every release tag
    for (const ReleaseTag &t : snapshot.releases)
        repoTags.insert(t.repo + QLatin1Char('\n') + t.version.toString());

    auto judgeTag = [](const QString &value, const QString &expected, const QString &earliest) {
        if (ImageRef::carriesVersion(value, expected))
            return make(State::Consistent, value, tr("Carries the version %1.").arg(expected));
        if (!ImageRef::commitIdIn(value).isEmpty()) {
            const QString from = earliest.isEmpty() ? QString() : tr(" It is a commit of %1.").arg(earliest);
            return make(State::Drift, value, tr("A commit id where the version %1 belongs.").arg(expected) + from);
        }
        return make(State::Drift, value, tr("Says %1 where %2 belongs.").arg(value, expected));
    };

    // An independent image on a row: what its commit was first released in.
    auto judgeByContent = [&](const ImageRef &ref, const QString &version) {
        const QString shown = ref.imageVersion.isEmpty() ? ref.value : ref.imageVersion;
        if (ref.commit.isEmpty())
            return make(State::Drift, ref.value, tr("%1: no commit known for it, so it maps to no release.").arg(shown));
        const QString commit = ref.commit.left(7);
        QString first;
        for (const ReleaseTag &t : snapshot.releases) {
            if (t.repo == ref.resolvedRepo && t.tag == ref.earliestRelease)
                first = t.version.toString();
        }
        const RepoTrains trains = repoTrains(ws, ref.resolvedRepo);
        if (!first.isEmpty() && !trains.oss && !trains.saas)
            return make(State::Consistent, ref.value, tr("%1: built from commit %2, first released in %3 %4, numbers of its own.")
                                                          .arg(shown, commit, ref.resolvedRepo, first));
        if (first == version)
            return make(State::Consistent, ref.value, tr("%1: built from commit %2, first released in %3.").arg(shown, commit, first));
        if (first.isEmpty())
            return make(State::Drift, ref.value, tr("%1: built from commit %2, which no release contains.").arg(shown, commit));
        return make(State::Drift, ref.value, tr("%1: built from commit %2, first released in %3, not %4.").arg(shown, commit, first, version));
    };
    // The cells of an independent chart: its own numbers, shown with what
    // they deploy; several of its releases may deploy one train release.
    auto independentCell = [&](MatrixColumn::Kind kind, const QList<const ChartRelease *> &charts, const Component &comp) {
        QStringList texts, reasons;
        State state = State::Consistent;
        for (const ChartRelease *c : charts) {
            if (c->component != comp.id || !c->found)
                continue;
            const ContentLink link = linkByContent(*c, snapshot, refIndex);
            const QString imageTag = c->image ? c->image->tag : QString();
            QString text = c->version;
            if (kind == MatrixColumn::Kind::ChartAppVersion) {
                text = c->appVersion;
                if (c->appVersion.isEmpty())
                    state = State::Missing;
                else if (!imageTag.isEmpty() && c->appVersion != imageTag)
                    state = std::max(state, State::Drift, [](State a, State b) { return severity(a) < severity(b); });
                reasons.append(c->appVersion.isEmpty() ? tr("Chart.yaml of %1 has no appVersion.").arg(c->version)
                               : imageTag.isEmpty() || c->appVersion == imageTag
                                   ? tr("appVersion %1 of chart %2.").arg(c->appVersion, c->version)
                                   : tr("appVersion %1 of chart %2 is not its image tag %3.").arg(c->appVersion, c->version, imageTag));
            } else {
                if (kind == MatrixColumn::Kind::ChartImage)
                    text = imageTag.isEmpty() ? kDash : imageTag;
                reasons.append(link.describe(*c) + QLatin1Char('.'));
            }
            if (!texts.contains(text))
                texts.append(text);
        }
        if (texts.isEmpty())
            return make(State::None, kDash, QString());
        return make(state, texts.join(QLatin1String(", ")), reasons.join(u'\n'));
    };

    for (const TrainRelease &r : train.releases()) {
        const QString v = r.text();
        const QString expected = imageVersion(r);
        const bool pending = r.enterprise == TrainRelease::Enterprise::Pending;
        QList<const ChartRelease *> charts;
        if (pending) {
            for (int i : r.headCharts)
                charts.append(&snapshot.headCharts[i]);
        }
        for (int i : r.charts)
            charts.append(&snapshot.charts[i]);
        QList<const ImageRef *> refs;
        QSet<QString> read; // charts at HEAD share one list per repository
        for (const ChartRelease *c : charts) {
            if (!read.contains(c->repo + QLatin1Char('\n') + c->tag)) {
                read.insert(c->repo + QLatin1Char('\n') + c->tag);
                refs.append(refIndex.at(*c));
            }
        }

        QList<MatrixCell> row;
        for (const MatrixColumn &col : m.m_columns) {
            const Component *comp = col.component.isEmpty() ? nullptr : ws.component(col.component);
            switch (col.kind) {
            case MatrixColumn::Kind::Version:
                row.append(make(State::None, v, r.isFix() ? tr("A chart-only fix of %1.").arg(expected) : QString()));
                break;
            case MatrixColumn::Kind::Enterprise: {
                const QString name = ReleaseTrain::enterpriseName(r.enterprise);
                QString text = name;
                if (r.enterprise == TrainRelease::Enterprise::Published && r.enterpriseDate.isValid())
                    text = tr("published %1").arg(r.enterpriseDate.date().toString(Qt::ISODate));
                else if (pending && r.dueDate.isValid())
                    text = tr("pending, due %1").arg(r.dueDate.date().toString(Qt::ISODate));
                row.append(make(State::None, text, QString()));
                break;
            }
            case MatrixColumn::Kind::OssCommit:
                if (!r.ossCommit.isEmpty())
                    row.append(make(State::Consistent, r.ossCommit.left(8), tr("Tag %1 in %2.").arg(r.ossTag, r.ossRepo)));
                else if (r.isFix())
                    row.append(make(State::None, kDash, tr("A chart-only fix has no OSS tag of its own.")));
                else
                    row.append(make(State::Missing, tr("missing"), tr("No OSS release tag %1.").arg(v)));
                break;
            case MatrixColumn::Kind::Image: {
                MatrixCell cell;
                QStringList values;
                for (const ImageRef *ref : refs) {
                    if (!comp->buildsImage(ref->repository) || ref->value.isEmpty() || values.contains(ref->value))
                        continue;
                    values.append(ref->value);
                    const MatrixCell judged = comp->isIndependent() ? judgeByContent(*ref, v)
                                                                    : judgeTag(ref->value, expected, ref->earliestRelease);
                    if (severity(judged.state) > severity(cell.state))
                        cell = judged;
                }
                if (!values.isEmpty()) {
                    cell.text = values.join(QLatin1String(", "));
                } else if (comp->isIndependent()) {
                    cell = make(State::None, kDash, tr("Numbers of its own: shown where a chart of this release deploys it."));
                } else if (repoTags.contains(comp->repo + QLatin1Char('\n') + expected)) {
                    cell = make(State::Consistent, tr("tagged"),
                                tr("No chart deploys it; %1 has a release tag %2.").arg(comp->repo, expected));
                } else if (charts.isEmpty()) {
                    cell = make(State::None, kDash, QString());
                } else if (r.isFix()) {
                    // A fix re-tags the charts it changes; the others deploy
                    // what the fixed release does.
                    cell = make(State::None, kDash, tr("No chart of the fix deploys it: %1's image stays.").arg(expected));
                } else {
                    cell = make(State::Missing, tr("missing"),
                                tr("No chart of %1 deploys it and %2 has no release tag %1.").arg(v, comp->repo));
                }
                row.append(cell);
                break;
            }
            case MatrixColumn::Kind::ChartVersion:
            case MatrixColumn::Kind::ChartAppVersion:
            case MatrixColumn::Kind::ChartImage: {
                const ChartRelease *chart = nullptr;
                for (const ChartRelease *c : charts) {
                    if (c->component == comp->id)
                        chart = c;
                }
                if (!chart) {
                    if (comp->isIndependentAt(v))
                        row.append(make(State::None, kDash, QString())); // not every release gets a chart of its own numbers
                    else if (r.enterprise == TrainRelease::Enterprise::Published && !r.isFix())
                        row.append(make(State::Missing, tr("missing"), tr("No chart tag %1.").arg(comp->tags.format(r.version))));
                    else if (pending)
                        row.append(make(State::Missing, tr("missing"), tr("Chart %1 is not at HEAD.").arg(comp->chart)));
                    else
                        row.append(make(State::None, kDash, QString()));
                    break;
                }
                const QString where = chart->tag.isEmpty() ? tr("HEAD") : chart->tag;
                if (!chart->found) {
                    row.append(make(State::Missing, tr("missing"), tr("Chart %1 is not in the tree at %2.").arg(comp->chart, where)));
                    break;
                }
                if (comp->isIndependentAt(chart->version)) {
                    row.append(independentCell(col.kind, charts, *comp));
                    break;
                }
                if (col.kind == MatrixColumn::Kind::ChartVersion) {
                    if (chart->version == v)
                        row.append(make(State::Consistent, chart->version, tr("Chart.yaml at %1 says %2.").arg(where, v)));
                    else
                        row.append(make(State::Drift, chart->version.isEmpty() ? kDash : chart->version,
                                        tr("Chart.yaml at %1 says version %2; the release is %3.")
                                            .arg(where, chart->version, v)));
                } else if (col.kind == MatrixColumn::Kind::ChartAppVersion) {
                    const QString app = chart->appVersion;
                    const QString imageTag = chart->image ? chart->image->tag : QString();
                    if (app.isEmpty())
                        row.append(make(State::Missing, tr("missing"), tr("Chart.yaml at %1 has no appVersion.").arg(where)));
                    else if (!ImageRef::commitIdIn(app).isEmpty())
                        row.append(make(State::Drift, app, tr("A commit id where the version %1 belongs.").arg(expected)));
                    else if (!imageTag.isEmpty() && app != imageTag)
                        row.append(make(State::Drift, app, tr("appVersion %1 is not the image tag %2.").arg(app, imageTag)));
                    else if (app != expected)
                        row.append(make(State::Drift, app, tr("appVersion %1 where %2 belongs.").arg(app, expected)));
                    else
                        row.append(make(State::Consistent, app, tr("appVersion is %1.").arg(expected)));
                } else if (!chart->image || chart->image->tag.isEmpty()) {
                    row.append(make(State::None, kDash, tr("The chart's values set no tag for its image.")));
                } else {
                    QString earliest;
                    for (const ImageRef *ref : refs) {
                        if (ref->tag == chart->tag && ref->value == chart->image->tag)
                            earliest = ref->earliestRelease;
                    }
                    row.append(judgeTag(chart->image->tag, expected, earliest));
                }
                break;
            }
            }
        }
        m.m_rows.append(row);
    }
    return m;
}

bool VersionMatrix::rowHasProblem(int row) const
{
    for (const MatrixCell &c : m_rows[row]) {
        if (c.state == State::Drift || c.state == State::Missing)
            return true;
    }
    return false;
}

QString VersionMatrix::stateName(MatrixCell::State state)
{
    switch (state) {
    case State::Consistent:
        return tr("consistent");
    case State::Drift:
        return tr("drift");
    case State::Missing:
        return tr("missing");
    case State::None:
        return QString();
    }
    return QString();
}

} // namespace ReleaseDeck
