#include "displaydates.h"

namespace ReleaseDeck {

QString DisplayDates::date(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString DisplayDates::longDate(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : QString();
}

QString DisplayDates::utc(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    const QDateTime u = at.toUTC();
    //: A date and a time of day in UTC
    return tr("%1 %2 UTC").arg(QLocale().toString(u.date(), QLocale::ShortFormat), QLocale().toString(u.time(), QLocale::ShortFormat));
}

QString DisplayDates::local(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString DisplayDates::dayMonth(const QDate &day)
{
    return QLocale().toString(day, dayMonthFormat());
}

QString DisplayDates::dayMonthFormat()
{
    //: A QDate format for a day and its month's short name, on axes with little room ("3 Feb"): d is the day, MMM the month
    return tr("d MMM");
}

QString DisplayDates::monthYear(const QDate &day, QLocale::FormatType form)
{
    //: A month and its year, as a heading on the timeline: %1 is the month's name, %2 the year
    return tr("%1 %2").arg(QLocale().standaloneMonthName(day.month(), form)).arg(day.year());
}

} // namespace ReleaseDeck
