#include "reviewperiod.h"

#include <QRegularExpression>

namespace ReleaseDeck {

QDateTime ReviewPeriod::start() const
{
    return QDateTime(first, QTime(0, 0), Qt::UTC);
}

QDateTime ReviewPeriod::end() const
{
    return QDateTime(first.addDays(7 * weeks), QTime(0, 0), Qt::UTC);
}

int ReviewPeriod::weekOf(const QDateTime &at) const
{
    if (!at.isValid() || !first.isValid() || (asOf.isValid() && at > asOf))
        return -1;
    const qint64 days = first.daysTo(at.toUTC().date());
    if (days < 0 || days >= 7 * qint64(weeks))
        return -1;
    return int(days / 7);
}

ReviewPeriod ReviewPeriod::ending(const QDate &day, int weeks)
{
    ReviewPeriod p;
    p.weeks = std::max(1, weeks);
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    p.first = monday.addDays(-7 * (p.weeks - 1));
    return p;
}

std::optional<QDate> ReviewPeriod::parseWeek(const QString &text, QString *error)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch()) {
        *error = QStringLiteral("'%1' is not an ISO week such as 2026-W48").arg(text.left(40));
        return std::nullopt;
    }
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    if (year < 1970 || year > 9000) {
        *error = QStringLiteral("%1: the year must be between 1970 and 9000").arg(text);
        return std::nullopt;
    }
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    int isoYear = 0;
    if (week < 1 || monday.weekNumber(&isoYear) != week || isoYear != year) {
        *error = QStringLiteral("%1: %2 has no week %3").arg(text).arg(year).arg(week);
        return std::nullopt;
    }
    return monday;
}

QString ReviewPeriod::weekName(const QDate &day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QDate ReviewPeriod::defaultWeek(const QDate &today, int weeks, const QList<QDateTime> &dates)
{
    const ReviewPeriod period = ending(today, weeks);
    QDateTime newest;
    for (const QDateTime &d : dates) {
        if (period.contains(d))
            return today;
        if (d.isValid() && d <= period.end() && (!newest.isValid() || d > newest))
            newest = d;
    }
    return newest.isValid() ? newest.toUTC().date() : today;
}

} // namespace ReleaseDeck
