#pragma once

#include "commitrange.h"
#include "domain/overview.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ReleaseDeck {

struct DiffSide
{
    QString tag;        // release tag, chart tag, or the image tag deployed
    QString commit;     // full commit id, empty when unknown
    QString version;    // Chart.yaml version (charts)
    QString appVersion; // Chart.yaml appVersion (charts)
    QString imageTag;   // image tag in the chart's values (charts)
    QString flag;       // one line when the side contradicts itself
};

// One component's mapping at two versions and what lies between.
struct DiffRow
{
    enum class Kind { Repository, Chart, Image };

    Kind kind = Kind::Repository;
    QString name;     // repository id, chart name or image component id
    QString repo;     // repository id the commits live in
    QString repoPath;
    DiffSide left;
    DiffSide right;
    CommitRange range; // filled by compute()
    bool computed = false;
};

// The mapping diff: what each repository, chart and image says for two
// versions. plan() only reads the snapshot; compute() reads the commits
// between the two sides with libgit2 and must run on a worker thread.
class MappingDiff
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::MappingDiff)

public:
    static QList<DiffRow> plan(const Overview &overview, const Version &left, const Version &right);
    static QList<DiffRow> compute(QList<DiffRow> rows, int limit = 500, ScanControl *control = nullptr);
};

} // namespace ReleaseDeck
