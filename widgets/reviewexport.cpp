#include "reviewexport.h"

#include "reviewcharts.h"
#include "review/reviewtext.h"

#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace ReleaseDeck {

namespace {

// On screen one chart a row; on an A4 landscape page (about 1,030 pixels
// wide at 96 dpi) two, drawn at the size they are printed so that their
// text keeps its size.
const QSize kChartSize(900, 420);
const QSize kPrintedChartSize(505, 300);
const QString kImageNames = QStringLiteral("chart-");

QList<ReviewText::ChartImage> chartImages(const Review &review, const QSize &size, QList<QImage> *images = nullptr)
{
    QList<ReviewText::ChartImage> out;
    for (QChart *chart : ReviewCharts::all(review)) {
        const QImage image = ReviewCharts::render(chart, size);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        out.append({chart->title(), png});
        if (images)
            images->append(image);
        delete chart;
    }
    return out;
}

} // namespace

std::optional<ReviewExport::Format> ReviewExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QTextDocument *ReviewExport::document(const Review &review)
{
    QList<QImage> images;
    const QList<ReviewText::ChartImage> charts = chartImages(review, kPrintedChartSize, &images);
    auto *doc = new QTextDocument;
    for (qsizetype i = 0; i < images.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(kImageNames + QString::number(i)), images.at(i));
    doc->setHtml(ReviewText::reviewHtml(review, charts, kImageNames, 2, kPrintedChartSize.width()));
    return doc;
}

void ReviewExport::print(QTextDocument *document, QPagedPaintDevice *device)
{
    document->setPageSize(QSizeF(device->width(), device->height()));
    document->print(device);
}

bool ReviewExport::write(const Review &review, const QString &path, Format format, QString *error)
{
    // A FIFO, a device or a folder of that name is not replaced by a file
    // (a link to a regular file is followed: its target is replaced whole).
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        *error = tr("%1 is not a regular file: choose another name").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    auto writeAll = [&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); };
    bool written = true;
    if (format == Format::Markdown) {
        written = writeAll(ReviewText::reviewMarkdown(review).toUtf8());
    } else if (format == Format::Html) {
        written = writeAll(ReviewText::reviewHtml(review, chartImages(review, kChartSize)).toUtf8());
    } else {
        // Drawn into memory and written as the other forms are, so that a
        // short write is seen (the PDF writer does not report one).
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setResolution(96);
        pdf.setTitle(ReviewText::heading(review));
        pdf.setCreator(QStringLiteral("ReleaseDeck"));
        std::unique_ptr<QTextDocument> doc(document(review));
        doc->setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
        doc->print(&pdf);
        written = writeAll(bytes);
    }
    // A short write (a full disk, a file size limit) leaves the old file as it was.
    if (!written || !file.flush() || file.error() != QFileDevice::NoError) {
        const QString why = file.error() == QFileDevice::NoError || file.errorString() == QLatin1String("Unknown error")
                                ? tr("it could not be written in full (a full disk or a file size limit); the old file is kept")
                                : file.errorString();
        *error = tr("%1: %2").arg(path, why);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ReleaseDeck
