#pragma once

#include "domain/overview.h"
#include "platform/scancontrol.h"
#include "reviewperiod.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDeck {

// The changes each release first shipped: the committer dates of the
// commits its OSS release tag is the earliest release of (the labelling the
// scan uses: the lowest release whose history contains a commit), for the
// releases with an OSS, SaaS or Enterprise date in the period.
struct LeadTimes
{
    QHash<int, QList<QDateTime>> commitDates; // train index → committer dates, UTC
    QStringList problems;                     // a repository that could not be read, one line each
    bool cancelled = false;

    // Reads git: call it on a worker. At most `perRelease` commits are
    // taken for one release (a first release holding all history).
    static LeadTimes read(const Overview &overview, const ReviewPeriod &period, ScanControl *control = nullptr,
                          int perRelease = 20000);
};

} // namespace ReleaseDeck
