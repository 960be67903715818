#pragma once

#include "releasetrain.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ReleaseDeck {

struct MatrixCell
{
    enum class State {
        Consistent, // says the version it should
        Drift,      // says something else: another version, a commit id, a mismatch
        Missing,    // should be there and is not
        None,       // nothing expected here
    };

    State state = State::None;
    QString text;   // the value as found, or a dash
    QString reason; // one line: why the cell is in its state
};

struct MatrixColumn
{
    enum class Kind { Version, Enterprise, OssCommit, Image, ChartVersion, ChartAppVersion, ChartImage };

    Kind kind = Kind::Version;
    QString component; // component id for Image and Chart* columns
    QString title;
};

// Versions × components: for each release of the train, what each
// repository, image and chart says about it, and whether that agrees.
class VersionMatrix
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::VersionMatrix)

public:
    static VersionMatrix build(const WorkspaceSnapshot &snapshot, const ReleaseTrain &train, const ImageRefIndex &refs);

    const QList<MatrixColumn> &columns() const { return m_columns; }
    int rowCount() const { return int(m_rows.size()); }
    const MatrixCell &cell(int row, int column) const { return m_rows[row][column]; }
    int releaseIndex(int row) const { return row; } // rows follow the train's order
    bool rowHasProblem(int row) const;

    static QString stateName(MatrixCell::State state);

private:
    QList<MatrixColumn> m_columns;
    QList<QList<MatrixCell>> m_rows;
};

} // namespace ReleaseDeck
