#pragma once

// The demo workspace the review's tests read, made fresh for each test,
// with the twelve weeks ending this week that a default review covers.
#include "testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QTemporaryDir>

namespace ReviewTest {

struct Demo
{
    QTemporaryDir tmp;
    QString dir, file;
    QDate first, end; // the 12 weeks ending this week: [first, end)

    Demo()
    {
        dir = tmp.path() + QLatin1String("/demo");
        const TestSupport::ProcessResult init = TestSupport::releasedeck({QStringLiteral("demo"), QStringLiteral("init"), dir});
        REQUIRE(init.exitCode == 0);
        file = dir + QLatin1String("/releasedeck.yaml");
        const QDate today = QDateTime::currentDateTimeUtc().date();
        end = today.addDays(8 - today.dayOfWeek());
        first = end.addDays(-7 * 12);
    }
    QString repo(const char *name) const { return dir + QLatin1String("/repos/") + QLatin1String(name) + QLatin1String(".git"); }
    int weekOf(qint64 secs) const
    {
        const qint64 d = first.daysTo(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date());
        return d >= 0 && d < 84 ? int(d / 7) : -1;
    }
};

} // namespace ReviewTest
