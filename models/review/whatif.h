#pragma once

#include "domain/overview.h"
#include "domain/supportpolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDeck {

// The last weeks of OSS releases replayed under each cadence option of the
// process; the assumptions are in docs/review.md.
struct WhatIfOption
{
    struct Sample
    {
        QDate day;          // each Monday of the replay
        int supported = 0;  // lines with full, security or LTS support
        int backports = 0;  // lines a security fix found that day goes back to: the supported ones but the newest
    };
    struct Dropped
    {
        QString customer;
        QDate from;         // the first Monday they run an unsupported line
        QString version;    // what they run then
    };

    int number = 1;         // 1, 2, 3 as the process numbers them
    QString name;
    QString summary;        // the option's rule in one line
    SupportPolicy policy;
    QList<Publish> publishes; // the Enterprise releases it would have made in the replay
    QList<Sample> samples;
    QList<Dropped> dropped;   // customers who would fall out of support
    bool seeded = false;      // publishes[0] is the starting point, not a release it made
    int made() const { return int(publishes.size()) - (seeded ? 1 : 0); }
    int maxSupported() const;
    int maxBackports() const;
};

struct WhatIf
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::WhatIf)

public:
    QDate from;   // Monday of the first week replayed
    QDate to;     // the day the replay ends (today)
    int weeks = 52;
    int ossReleases = 0; // OSS releases in the replay
    QList<WhatIfOption> options;

    // Pure: the train's OSS releases, the workspace's support policy and
    // the customers (their cadence, windows and blackouts).
    static WhatIf build(const Overview &overview, const QList<Customer> &customers, int weeks, const QDateTime &now);
};

} // namespace ReleaseDeck
