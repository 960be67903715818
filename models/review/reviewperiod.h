#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ReleaseDeck {

// The weeks a review looks back over: whole ISO weeks, Monday to Sunday in
// UTC, the last one the week under review.
struct ReviewPeriod
{
    QDate first;    // Monday of the first week
    int weeks = 12;
    // When valid, later moments are outside the period: a review made at
    // a past moment counts nothing that happened after it.
    QDateTime asOf;

    QDate monday(int week) const { return first.addDays(7 * week); }
    QDate underReview() const { return monday(weeks - 1); }
    QDateTime start() const;  // Monday 00:00 UTC of the first week
    QDateTime end() const;    // Monday 00:00 UTC after the last week
    // The week a moment falls in, or -1 outside the period.
    int weekOf(const QDateTime &at) const;
    bool contains(const QDateTime &at) const { return weekOf(at) >= 0; }

    // `weeks` weeks ending with the week of `day`.
    static ReviewPeriod ending(const QDate &day, int weeks = 12);
    // "2026-W48": its Monday, or nothing with the reason.
    static std::optional<QDate> parseWeek(const QString &text, QString *error);
    static QString weekName(const QDate &day); // "2026-W48"
    // The week a review looks at by default: today's, or when nothing was
    // released in the `weeks` weeks up to it, the week of the newest date
    // in `dates` (a workspace whose history ends earlier).
    static QDate defaultWeek(const QDate &today, int weeks, const QList<QDateTime> &dates);
};

} // namespace ReleaseDeck
