#pragma once

#include "charts/upgradepath.h"
#include "domain/overview.h"
#include "domain/supportpolicy.h"
#include "domain/workspace.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>

namespace ReleaseDeck {

// Support at a moment, for the Support view and `releasedeck support`:
// each line's status, each Enterprise publish, and each customer of the
// customers file with their standing and upgrade path.
struct SupportReport
{
    struct CustomerRow
    {
        Customer customer;
        CustomerStanding standing;
        UpgradePath path; // empty when up to date
    };

    QDateTime at;
    QList<Publish> publishes;   // every publish the chart tags record
    QList<LineSupport> lines;   // newest first
    QList<CustomerRow> customers;
    QStringList problems;       // the customers file's, each file:line:col: message
    QString customersFile;      // empty: the workspace names none

    // Reads the customers file and the charts repository: blocking, call
    // it on a worker. `only`: one customer by name, ignoring case (none
    // found leaves `customers` empty).
    static SupportReport build(const Overview &overview, const QDateTime &at, const QString &only = {});
};

using SupportReportPtr = std::shared_ptr<const SupportReport>;

} // namespace ReleaseDeck
