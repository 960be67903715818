#pragma once

#include "leadtime.h"
#include "reviewperiod.h"
#include "session/supportreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ReleaseDeck {

// The three tracks a release goes along.
enum class Track { Oss, Saas, Enterprise };

// A spread of durations in days: nearest-rank median and 90th percentile.
struct Spread
{
    int count = 0;
    double median = 0;
    double p90 = 0;

    static Spread of(QList<double> days);
};

// One week of the period.
struct ReviewWeek
{
    QDate monday;
    int oss = 0;         // OSS release tags (patches included)
    int saas = 0;        // versions SaaS shipped
    int enterprise = 0;  // Enterprise publishes (fixes and backports included)
    int restages = 0;    // re-stage lines of the manifest's trail
    int superseded = 0;  // supersede lines of the trail
    int patches = 0;     // OSS releases X.Y.Z with Z above 0
    int fixes = 0;       // chart-only fixes published
    Spread lead[3];      // by Track: commit → the release's date on that track
};

// A published Enterprise release of the period: the stagger it kept and how
// it went out against its due date.
struct StaggerRow
{
    enum class Slip { Early, OnTime, Late, NoDue };

    int release = -1;      // train index
    QString version;
    QDateTime saas;        // invalid: SaaS never shipped it (a backport, a fix)
    QDateTime published;
    QDateTime due;         // the manifest's; invalid when it records none
    double staggerDays = -1; // SaaS → Enterprise; -1 without a SaaS date
    double slipDays = 0;     // published − due
    Slip slip = Slip::NoDue;
    QStringList reasons;   // the audited notes: "publish 2026-11-30 by …: why"

    static QString slipName(Slip slip); // early, on time, late, no due date
};

// A release that the train replaced soon: a patch within the stagger of
// its OSS release, or a chart fix within the stagger of its publish.
struct FailureRow
{
    int release = -1;     // train index
    QString version;
    QString replacedBy;   // the patch or fix
    bool chartFix = false;
    QDateTime at;         // the failed release's date on the track it failed on
    QDateTime restored;   // the replacement's date there
    double restoreDays() const { return at.secsTo(restored) / 86400.0; }
};

struct ReviewFigures
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::ReviewFigures)

public:
    ReviewPeriod period;
    int staggerDays = 7;
    QList<ReviewWeek> weeks;
    QList<StaggerRow> stagger;
    QList<FailureRow> failures;
    int releasesJudged = 0;      // OSS releases of the period (not patches of a failed one alone)
    Spread restore;              // days from a failed release to what replaced it
    Spread lead[3];              // over the whole period, by Track
    // Customers: how many stand on a line of each status, and who loses
    // support before their next change window.
    bool customersKnown = false; // the workspace names a customers file that was read
    QMap<LineSupport::Status, int> customersByStatus;
    QStringList customersAtRisk; // "Name: warning"
    QStringList problems;

    double failureRate() const { return releasesJudged ? double(failures.size()) / releasesJudged : 0; }

    // Pure: from the train, the manifest's trail, the changes' commit dates
    // and support at the end of the period (null: not known).
    static ReviewFigures build(const Overview &overview, const ReviewPeriod &period, const LeadTimes &lead,
                               const SupportReport *support);
};

} // namespace ReleaseDeck
