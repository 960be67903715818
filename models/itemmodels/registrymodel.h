#pragma once

#include "domain/artifactcheck.h"
#include "domain/overview.h"
#include "versionmatrixmodel.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace ReleaseDeck {

// What the registries hold for each release: one row per release in
// release order, a completeness column, then one column per image and
// chart component. Until a report arrives the cells say they are being
// checked.
class RegistryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StateRole = Qt::UserRole + 1, // ArtifactStatus::State as int, -1 when none
        RowHasProblemRole = VersionMatrixModel::RowHasProblemRole,
        ReleaseIndexRole = VersionMatrixModel::ReleaseIndexRole,
        ReferenceRole,                // image or chart reference, "" when none
    };
    enum Column { VersionColumn, VerdictColumn, CompletenessColumn, FirstArtifactColumn };

    explicit RegistryModel(QObject *parent = nullptr);

    // A new overview clears the report: it belongs to the overview before.
    void setOverview(const OverviewPtr &overview);
    void setReport(const RegistryReportPtr &report);
    // The releases' verdicts, the same the other views show.
    void setVerdicts(const VerdictsPtr &verdicts);
    OverviewPtr overview() const { return m_overview; }
    RegistryReportPtr report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The cell look shared with the version matrix.
    static MatrixCell::State cellState(ArtifactStatus::State state);
    static MatrixCell::State cellState(const Completeness &c);

private:
    QVariant artifactData(int release, int column, int role) const;
    QVariant completenessData(int release, int role) const;
    QVariant look(MatrixCell::State state, int role) const; // icon and colours
    const ExpectedArtifact *artifact(int release, int column, const ArtifactStatus **status) const;

    OverviewPtr m_overview;
    RegistryReportPtr m_report;
    VerdictsPtr m_verdicts;
    QStringList m_components; // columns after the fixed ones
    QIcon m_icons[3];
};

} // namespace ReleaseDeck
