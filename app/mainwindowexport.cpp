// The window's exports: the mapping, the review (and its printing) and the
// timeline, each written where the user chose.
#include "mainwindow.h"

#include "mapping/contentmapping.h"
#include "mapping/mappingexport.h"
#include "pipelineview.h"
#include "platform/fileutil.h"
#include "platform/workers.h"
#include "reviewexport.h"
#include "reviewview.h"
#include "domain/printable.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTextDocument>
#include <QtConcurrent>

#include <memory>

namespace ReleaseDeck {

void MainWindow::exportMapping()
{
    if (!m_overview)
        return;
    QString filter;
    const QString csv = tr("CSV (*.csv)");
    const QString md = tr("Markdown (*.md)");
    const QString suggested = QFileInfo(workspaceFile()).absoluteDir().filePath(QStringLiteral("mapping.csv"));
    QString file = QFileDialog::getSaveFileName(this, tr("Export Mapping"), suggested, csv + QLatin1String(";;") + md, &filter);
    if (file.isEmpty())
        return;
    const bool markdown = file.endsWith(QLatin1String(".md")) || (filter == md && !file.endsWith(QLatin1String(".csv")));
    if (QFileInfo(file).suffix().isEmpty())
        file += markdown ? QLatin1String(".md") : QLatin1String(".csv");
    // Built and written on a worker: a large workspace has thousands of rows.
    statusBar()->showMessage(tr("Exporting the mapping to %1…").arg(printablePath(file)));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            statusBar()->showMessage(tr("Mapping exported to %1").arg(printablePath(file)), 8000);
        else
            QMessageBox::warning(this, tr("Export Mapping"), tr("The mapping was not written: %1").arg(error));
    });
    watcher->setFuture(QtConcurrent::run(workers(), [overview = m_overview, file, markdown] {
        ContentMapping mapping = ContentMapping::build(overview->snapshot);
        mapping.problems = overview->snapshot.problems;
        const QByteArray bytes = markdown ? MappingExport::markdown(mapping, QObject::tr("%1: chart releases by content").arg(overview->snapshot.name))
                                          : MappingExport::csv(mapping);
        QString error;
        return writeFileAtomically(file, bytes, &error) ? QString() : error;
    }));
}

void MainWindow::exportReview()
{
    const ReviewPtr review = m_review->review();
    if (!review) {
        showView(View::Review);
        statusBar()->showMessage(tr("The review is being read; export it once it is shown."), 8000);
        return;
    }
    const QString pdf = tr("PDF (*.pdf)"), html = tr("HTML (*.html)"), md = tr("Markdown (*.md)");
    const QString suggested = QFileInfo(workspaceFile()).absoluteDir().filePath(
        QStringLiteral("review-%1.pdf").arg(ReviewPeriod::weekName(review->period.underReview())));
    QString filter;
    QString file = QFileDialog::getSaveFileName(this, tr("Export Review"), suggested, QStringList{pdf, html, md}.join(QLatin1String(";;")),
                                                &filter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += filter == html ? QLatin1String(".html") : filter == md ? QLatin1String(".md") : QLatin1String(".pdf");
    const auto format = ReviewExport::formatOf(file);
    QString error;
    // Charts are drawn with widgets, so on this thread; the review itself was read on a worker.
    if (!format)
        error = tr("the file name must end in .pdf, .html or .md");
    else if (ReviewExport::write(*review, file, *format, &error))
        statusBar()->showMessage(tr("Review exported to %1").arg(printablePath(file)), 8000);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Review"), tr("The review was not written: %1").arg(error));
}

void MainWindow::printReview()
{
    const ReviewPtr review = m_review->review();
    if (!review) {
        showView(View::Review);
        return;
    }
    QPrinter printer;
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<QTextDocument> document(ReviewExport::document(*review));
    ReviewExport::print(document.get(), &printer);
}

void MainWindow::exportTimeline()
{
    if (!m_overview)
        return;
    const QString png = tr("PNG image (*.png)"), svg = tr("SVG image (*.svg)");
    QString filter;
    QString file = QFileDialog::getSaveFileName(this, tr("Export Timeline"),
                                                QFileInfo(workspaceFile()).absoluteDir().filePath(QStringLiteral("timeline.png")),
                                                png + QLatin1String(";;") + svg, &filter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += filter == svg ? QLatin1String(".svg") : QLatin1String(".png");
    QString error;
    if (m_pipeline->exportImage(file, &error))
        statusBar()->showMessage(tr("Timeline exported to %1").arg(printablePath(file)), 8000);
    else
        QMessageBox::warning(this, tr("Export Timeline"), tr("The timeline was not written: %1").arg(error));
}

} // namespace ReleaseDeck
