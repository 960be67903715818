#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <algorithm>
#include <cstdlib>

namespace ReleaseDeck {

// Due dates and the time left until them, worded once for every view, the
// command line and the reports: "due Sun 6 Dec 14:00 UTC, in 4 days 20 h".
struct Countdown
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::Countdown)

public:
    // "Sun 6 Dec 14:00 UTC"; the year is added when it is not `now`'s.
    static QString when(const QDateTime &at, const QDateTime &now);
    // "4 days 20 h", "1 day", "3 h", "12 min": a span, coarse, unsigned.
    static QString span(qint64 seconds);
    // "in 4 days 20 h", "2 days 3 h ago", "now".
    static QString relative(const QDateTime &at, const QDateTime &now);
    // "due Sun 6 Dec 14:00 UTC, in 4 days 20 h", "due Sun 6 Dec 14:00 UTC,
    // 2 h ago", or "not due: SaaS has not shipped it" without a date.
    static QString due(const QDateTime &due, const QDateTime &now);
};

// Header-only: every view includes it and it is small.
inline QString Countdown::when(const QDateTime &at, const QDateTime &now)
{
    const QDateTime utc = at.toUTC();
    const bool sameYear = utc.date().year() == now.toUTC().date().year();
    // The default locale's names and the translation's order: the command
    // line keeps the C locale and no translation, "Sun 6 Dec 14:00 UTC".
    //: QDateTime formats: ddd the weekday's short name, d the day, MMM the month's short name, yyyy the year, HH:mm the time
    return QLocale().toString(utc, sameYear ? tr("ddd d MMM HH:mm 'UTC'") : tr("ddd d MMM yyyy HH:mm 'UTC'"));
}

inline QString Countdown::span(qint64 seconds)
{
    seconds = std::llabs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const QString d = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    if (days > 0)
        return hours > 0 ? tr("%1 %2 h").arg(d).arg(hours) : d;
    if (hours > 0)
        return tr("%1 h").arg(hours);
    return tr("%1 min").arg(std::max<qint64>(1, seconds / 60));
}

inline QString Countdown::relative(const QDateTime &at, const QDateTime &now)
{
    const qint64 left = now.secsTo(at);
    if (std::llabs(left) < 60)
        return tr("now");
    return left > 0 ? tr("in %1").arg(span(left)) : tr("%1 ago").arg(span(left));
}

inline QString Countdown::due(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return tr("not due: SaaS has not shipped it");
    return tr("due %1, %2").arg(when(due, now), relative(due, now));
}

} // namespace ReleaseDeck
