#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace ReleaseDeck {

// Dates and times in the window, as the user's locale writes them (the
// default QLocale). The command line, the JSON and the files keep their ISO
// dates; these are for people only.
struct DisplayDates
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::DisplayDates)

public:
    // The locale's short date: "03.02.25" in German, "3 Feb 2025" in C.
    static QString date(const QDate &day);
    // The locale's long date: "Montag, 3. Februar 2025".
    static QString longDate(const QDate &day);
    // Short date and time in UTC, said so: "03.02.25 14:05 UTC".
    static QString utc(const QDateTime &at);
    // Short date and time in the local time zone.
    static QString local(const QDateTime &at);
    // A day and the month's short name, for labels with little room:
    // "3 Feb", "3. Feb."
    static QString dayMonth(const QDate &day);
    // The QDate format of dayMonth, for axes that format their own labels.
    static QString dayMonthFormat();
    // A month standing alone, with its year: "February 2026", or with the
    // short name, "Feb 2026".
    static QString monthYear(const QDate &day, QLocale::FormatType form = QLocale::LongFormat);
};

} // namespace ReleaseDeck
