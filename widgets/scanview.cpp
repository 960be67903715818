#include "scanview.h"

#include "itemmodels/snapshottablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ReleaseDeck {

ScanView::ScanView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
{
    m_summary->setAccessibleName(tr("Scan summary"));
    m_summary->setWordWrap(true); // a long summary wraps instead of widening the window
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setPlaceholderText(tr("Filter rows (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs, 1);

    addTable(new SnapshotTableModel(SnapshotTableModel::Table::Releases, this), tr("Release tags"),
             tr("Release tags table"));
    addTable(new SnapshotTableModel(SnapshotTableModel::Table::Charts, this), tr("Chart releases"),
             tr("Chart releases table"));
    addTable(new SnapshotTableModel(SnapshotTableModel::Table::ImageRefs, this), tr("Image references"),
             tr("Image references table"));
    addTable(new SnapshotTableModel(SnapshotTableModel::Table::Problems, this), tr("Problems"),
             tr("Problems table"));

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (QSortFilterProxyModel *proxy : std::as_const(m_proxies))
            proxy->setFilterFixedString(text);
        updateTitles();
    });
    m_summary->setText(tr("No workspace scanned yet."));
}

QTableView *ScanView::addTable(SnapshotTableModel *model, const QString &title, const QString &accessibleName)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *view = new QTableView(m_tabs);
    view->setModel(proxy);
    view->setAccessibleName(accessibleName);
    view->setTabKeyNavigation(false); // Tab moves on to the next control
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Column widths from the first rows only: measuring thousands of rows
    // would hold the GUI thread when a large scan arrives.
    view->horizontalHeader()->setResizeContentsPrecision(64);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setTextElideMode(Qt::ElideMiddle);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tabs->addTab(view, title);
    m_models.append(model);
    m_proxies.append(proxy);
    m_titles.append(title);
    return view;
}

void ScanView::updateTitles()
{
    for (int i = 0; i < m_proxies.size(); ++i)
        m_tabs->setTabText(i, tr("%1 (%2)").arg(m_titles[i]).arg(m_proxies[i]->rowCount()));
}

void ScanView::setSnapshot(const WorkspaceSnapshot &snapshot)
{
    for (SnapshotTableModel *model : std::as_const(m_models))
        model->setSnapshot(snapshot);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<QTableView *>(m_tabs->widget(i));
        view->resizeColumnsToContents();
        // Room to breathe, but no column wider than a third of a laptop screen:
        // long commit ids and tags elide in the middle, tooltips show them whole.
        QHeaderView *header = view->horizontalHeader();
        for (int c = 0; c + 1 < header->count(); ++c)
            header->resizeSection(c, std::min(header->sectionSize(c) + 16, 420));
    }
    updateTitles();
    const QStringList counts{tr("%Ln repository(-ies)", nullptr, int(snapshot.repos.size())),
                             tr("%Ln release tag(s)", nullptr, int(snapshot.releases.size())),
                             tr("%Ln chart release(s)", nullptr, int(snapshot.charts.size())),
                             tr("%Ln image reference(s)", nullptr, int(snapshot.imageRefs.size())),
                             tr("%Ln problem(s)", nullptr, int(snapshot.problems.size()))};
    //: %1 is the workspace's name, %2 its counts ("3 repositories, 20 release tags, ..."), %3 when it was scanned
    m_summary->setText(tr("<b>%1</b> — %2. Scanned %3.")
                           .arg(snapshot.name.toHtmlEscaped(), counts.join(QLatin1String(", ")),
                                QLocale().toString(snapshot.scannedAt.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace ReleaseDeck
