#pragma once

#include "domain/releasemanifest.h"
#include "domain/releasetrain.h"
#include "domain/snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDeck {

// A key of a chart's values.yaml that an upgrade changes for the operator,
// as a dotted path ("ingress.tls.enabled"; a list is one value).
struct ValuesChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString key;
    QString from; // the old default; empty when added
    QString to;   // the new default; empty when removed

    static QString kindName(Kind kind); // added, removed, changed
};

// A chart dependency (Chart.yaml `dependencies`) an upgrade adds, removes
// or moves to another version.
struct DependencyChange
{
    QString name;
    QString from; // "" when added
    QString to;   // "" when removed
};

// What changes in one chart between two of its releases.
struct ChartChanges
{
    QString chart;
    QString from;
    QString to;
    QList<ValuesChange> values;
    QList<DependencyChange> dependencies;
    QString problem; // one line when a side could not be read; the lists are then empty
};

// Compares two values.yaml texts and two Chart.yaml texts. Pure; bounded
// (nesting, number of keys); a text that is not YAML is a problem.
ChartChanges compareCharts(const QByteArray &valuesFrom, const QByteArray &valuesTo, const QByteArray &chartFrom,
                           const QByteArray &chartTo);

// One release on the way from a customer's version to their target.
struct PathStep
{
    Version version;
    QString upgradeStop; // why every upgrade passes through it; empty: it may be skipped
};

// The upgrade from `from` to `to`: the Enterprise releases published in
// between (the target included, `from` not; chart fixes only as the
// target), the required stops the manifest marks `upgradeStop`, and, per
// chart, what changes for the operator, read from the charts repository
// at the two chart tags. Reads git: call it off the GUI thread.
struct UpgradePath
{
    QList<PathStep> steps;
    QList<ChartChanges> charts;

    QList<PathStep> stops() const;

    static UpgradePath build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train, const Version &from, const Version &to);
};

} // namespace ReleaseDeck
