#pragma once

#include "review.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace ReleaseDeck {

// The review and release notes as Markdown and as self-contained HTML
// (styles inline, charts as data: URIs, no reference outside the file).
// Text from repositories is shown escaped: it is someone else's.
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::ReviewText)

public:
    // A chart of the review: its title and the PNG it was rendered to.
    using ChartImage = QPair<QString, QByteArray>;

    static QString notesMarkdown(const ReleaseNotes &notes, int headingLevel = 1);
    static QString notesHtml(const ReleaseNotes &notes, int headingLevel = 1); // a fragment
    static QString reviewMarkdown(const Review &review);
    // `imageNames` empty: the charts are data: URIs; else each chart's image
    // is named imageNames + its index (for a QTextDocument's resources).
    // The charts are laid out `columns` to a row, each `width` wide.
    static QString reviewHtml(const Review &review, const QList<ChartImage> &charts = {}, const QString &imageNames = {},
                              int columns = 1, int width = 900);
    // A whole HTML page around a fragment.
    static QString page(const QString &title, const QString &body);

    // The tables of the review, each as a header and rows of cells, shared
    // by both forms.
    struct Table
    {
        QString title;
        QStringList header;
        QList<QStringList> rows;
        QString empty; // said when there are no rows
        QString note;  // a line under the table
    };
    static QList<Table> tables(const Review &review);
    static QString heading(const Review &review);
    // "Weeks 2026-W38 to 2026-W49 (2026-09-14 to 2026-12-06), made …".
    static QString periodLine(const Review &review);
    // The agenda, one line each: pending, blockers, approvals, problems.
    static QStringList agendaLines(const Review &review);
};

} // namespace ReleaseDeck
