#pragma once

#include "domain/artifactcheck.h"
#include "domain/overview.h"
#include "domain/verdict.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace ReleaseDeck {

class ReleaseDetailsModel;

// The selected release in full: dates, tags, commits, image tags, charts
// and problems.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void setRelease(const OverviewPtr &overview, int release, const QDateTime &now);
    void setVerdicts(const VerdictsPtr &verdicts);
    ReleaseDetailsModel *model() const { return m_model; }
    QLabel *titleLabel() const { return m_title; }

public slots:
    void copyAll();

private:
    QLabel *m_title;
    QTreeView *m_tree;
    ReleaseDetailsModel *m_model;
};

} // namespace ReleaseDeck
