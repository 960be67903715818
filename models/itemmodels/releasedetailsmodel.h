#pragma once

#include "domain/artifactcheck.h"
#include "domain/overview.h"
#include "domain/verdict.h"

#include <QIcon>
#include <QAbstractItemModel>
#include <QDateTime>

namespace ReleaseDeck {

// What one release is made of, as a two-column tree: its dates and
// Enterprise state, tags, commits, image tags, charts and problems.
class ReleaseDetailsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit ReleaseDetailsModel(QObject *parent = nullptr);

    // release: index in the overview's train; -1 shows nothing.
    void setRelease(const OverviewPtr &overview, int release, const QDateTime &now);
    // The releases' verdicts, with the registry report they were judged
    // on; shown from then on. Verdicts of another overview are ignored.
    void setVerdicts(const VerdictsPtr &verdicts);
    int release() const { return m_release; }
    QString title() const { return m_title; }
    // The tree as indented "key: value" lines, for copying and for tests.
    QString toPlainText() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QString value;
        QString toolTip;
        int parent = -1;
        int row = 0;
        QList<int> children;
        bool problem = false;
    };
    int add(int parent, const QString &key, const QString &value = {}, const QString &toolTip = {});

    // The Registry section; returns the problems it found.
    QList<QPair<QString, QString>> addRegistry();

    OverviewPtr m_overview;
    QDateTime m_now;
    RegistryReportPtr m_report;
    VerdictsPtr m_verdicts;
    QList<Node> m_nodes; // 0 is the invisible root
    QList<int> m_roots;
    int m_release = -1;
    QString m_title;
    QIcon m_driftIcon;
};

} // namespace ReleaseDeck
