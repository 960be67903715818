#pragma once

#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace ReleaseDeck {

// Which Enterprise release lines (major.minor) get fixes. docs/support.md
// gives the exact rules with worked tables.
struct SupportPolicy
{
    // Lines before the newest that keep security fixes (the default mode).
    int securityLines = 2;
    // When above zero, instead: a line keeps security fixes for this many
    // months after the next line's first publish ("at most N months behind").
    int securityMonths = 0;
    // Long-term support: when ltsEveryMonths is above zero, the first line
    // published in each period of that many months (from January) is an LTS
    // line, which keeps security fixes for ltsMonths after its first publish
    // when the rules above would end them sooner.
    int ltsEveryMonths = 0;
    int ltsMonths = 0;
    // Days between Enterprise releases, to project when a line will lose
    // support while the releases that end it are not published yet.
    int cadenceDays = 7;
};

// One line's support at a moment.
struct LineSupport
{
    enum class Status { Full, Security, Lts, Unsupported };

    quint64 major = 0;
    quint64 minor = 0;
    Status status = Status::Unsupported;
    QDateTime firstPublished; // the line's first Enterprise publish
    QDateTime since;          // when the status began
    QDateTime until;          // when it ends; invalid: not while a newer line is unknown
    bool projected = false;   // `until` comes from the cadence, not from a publish
    bool lts = false;         // an LTS line, whatever its status now

    QString line() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    static QString statusName(Status s); // full, security, lts, unsupported
};

// A publish of an Enterprise release: a release, a patch or a fix.
struct Publish
{
    Version version;
    QDateTime at;
};

// A weekly change window, in UTC: "Sat 02:00-06:00 UTC".
struct ChangeWindow
{
    int dayOfWeek = 6; // 1 Monday … 7 Sunday
    QTime from;
    QTime to;          // after `from`, or 24:00 as 00:00 of the next day
};

// Days on which a customer takes no upgrade: a date range, or the same
// month-day range every year (`from: "11-20", to: "01-05"` spans the new year).
struct Blackout
{
    QDate from;        // yearly: only month and day count
    QDate to;
    bool yearly = false;
    QString reason;

    bool contains(const QDate &day) const;
};

// A customer as the customers file names them (docs/support.md).
struct Customer
{
    enum class Delivery { CustomerManaged, VendorManaged };
    enum class Cadence { Weekly, Monthly, Quarterly, TwiceYearly };

    QString name;
    Version version;   // installed
    Delivery delivery = Delivery::CustomerManaged;
    Cadence cadence = Cadence::Quarterly;
    QList<ChangeWindow> windows;
    QList<Blackout> blackouts;
    QString contact;
    bool lts = false;  // takes long-term support lines
    int line = 0;      // where the entry starts in the file
};

// Where a customer stands at a moment: their line's support, what they
// should run, the next change window to run it in, and whether their
// support ends first.
struct CustomerStanding
{
    LineSupport line;
    Version target;     // null when nothing is published
    QDateTime at;       // the target's publish
    QDateTime window;   // invalid: up to date, or no window within a year
    QString warning;    // one line; empty when none
    bool behind = false; // the target is above their version
};

// A stretch of a line's support, for the timeline: from, to, and whether
// the end is projected from the cadence.
struct SupportSegment
{
    quint64 major = 0;
    quint64 minor = 0;
    LineSupport::Status status = LineSupport::Status::Full;
    QDateTime from;
    QDateTime to;
    bool projected = false;
    bool lts = false;
};

class SupportLines
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDeck::SupportLines)

public:
    // Every line published by `at`, newest first. Publishes after `at` are
    // not known then and play no part.
    static QList<LineSupport> at(const SupportPolicy &policy, const QList<Publish> &publishes, const QDateTime &at);

    // The status of the line a version belongs to; Unsupported when its
    // line was never published by `at`.
    static LineSupport of(const Version &version, const QList<LineSupport> &lines);

    // What a customer should run: the newest release published by `at`, or
    // for a customer who takes LTS lines the newest release of the newest
    // supported LTS line (when there is one). Null when nothing is published.
    static const Publish *target(const Customer &customer, const QList<Publish> &publishes, const QList<LineSupport> &lines,
                                 const QDateTime &at);

    // The first of the customer's change windows that starts at or after
    // `from` on a day outside their blackouts, within a year; invalid when
    // there is none (or they name no window).
    static QDateTime nextWindow(const Customer &customer, const QDateTime &from);

    // Each line's full, security and LTS stretches as known at `now`: what
    // at() said at each publish (and just before it) and at `now`, each
    // stretch ending where the line's next began.
    static QList<SupportSegment> history(const SupportPolicy &policy, const QList<Publish> &publishes, const QDateTime &now);

    // The customer's standing at `at`.
    static CustomerStanding standing(const Customer &customer, const QList<Publish> &publishes, const QList<LineSupport> &lines,
                                     const QDateTime &at);
};

} // namespace ReleaseDeck
