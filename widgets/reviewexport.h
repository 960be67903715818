#pragma once

#include "review/review.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace ReleaseDeck {

// The review pack written as Markdown, self-contained HTML or PDF, and the
// document printing uses. Charts are rendered without a window.
class ReviewExport
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::ReviewExport)

public:
    enum class Format { Markdown, Html, Pdf };

    // By the file name's ending: .md, .html (or .htm), .pdf.
    static std::optional<Format> formatOf(const QString &path);
    // Written whole or not at all (a temporary file renamed into place).
    static bool write(const Review &review, const QString &path, Format format, QString *error);
    // The review as a document with its charts, ready to print or to
    // write as PDF; the caller owns it.
    static QTextDocument *document(const Review &review);
    static void print(QTextDocument *document, QPagedPaintDevice *device);
};

} // namespace ReleaseDeck
