#pragma once

#include "snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDeck {

// One version of the train and where it stands on each of the three tracks.
struct TrainRelease
{
    enum class Enterprise {
        None,       // not staged (yet)
        Pending,    // staged at the charts repository's HEAD, not published
        Published,  // chart release tags exist
        Superseded, // shipped to SaaS, a later version went to Enterprise instead
    };

    Version version;
    int fixOf = -1;     // for a chart-only fix: index of the release it fixes
    QList<int> fixes;   // indices of this release's chart-only fixes

    // OSS: the release tag in a repository that builds OSS images.
    QString ossRepo;
    QString ossTag;
    QString ossCommit;
    QDateTime ossDate;

    // SaaS: the earliest release tag in a repository that builds SaaS images.
    QDateTime saasDate;
    // A patch or fix of an older line, which the manifest records on the
    // line's charts branch ("release/0.73"); SaaS never ships it.
    QString branch;

    Enterprise enterprise = Enterprise::None;
    QDateTime enterpriseDate; // published: the earliest chart tag; else invalid
    QDateTime dueDate;        // SaaS date + stagger, when SaaS has shipped
    QDateTime stagedDate;     // pending only: when the charts at HEAD were committed

    // Independent charts' own numbers on this release: "chart 0.12.0/0.12.1";
    // empty when the charts carry the release's version.
    QString chartNumbers;

    QList<int> charts;     // indices in WorkspaceSnapshot::charts tagged with this version
    QList<int> headCharts; // pending only: indices in WorkspaceSnapshot::headCharts

    QString text() const { return version.toString(); }
    bool isFix() const { return fixOf >= 0; }
};

// The releases of a snapshot on the OSS → SaaS → Enterprise train, in
// release order (a fix right after the release it fixes). Derived from git
// alone: tags give the OSS, SaaS and published Enterprise releases, the
// charts at HEAD the pending one.
class ReleaseTrain
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::ReleaseTrain)

public:
    static ReleaseTrain build(const WorkspaceSnapshot &snapshot);
    // The same with the snapshot's image references already indexed.
    static ReleaseTrain build(const WorkspaceSnapshot &snapshot, const ImageRefIndex &refs);

    const QList<TrainRelease> &releases() const { return m_releases; }
    int pendingIndex() const { return m_pending; }
    int indexOf(const Version &version) const;
    // Where the train disagrees with itself: charts at HEAD naming different versions.
    const QStringList &problems() const { return m_problems; }
    // Chart releases of independent components that map to no release of
    // the train by what they deploy: indices in WorkspaceSnapshot::charts.
    const QList<int> &unmappedCharts() const { return m_unmapped; }
    int staggerDays() const { return m_staggerDays; }

    static QString enterpriseName(TrainRelease::Enterprise state);

private:
    QList<TrainRelease> m_releases;
    int m_pending = -1;
    int m_staggerDays = 7;
    QStringList m_problems;
    QList<int> m_unmapped;
};

} // namespace ReleaseDeck
