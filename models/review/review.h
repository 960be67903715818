#pragma once

#include "agenda.h"
#include "releasenotes.h"
#include "reviewfigures.h"

#include <QDateTime>
#include <QList>
#include <QSharedPointer>

namespace ReleaseDeck {

// The weekly review pack: the agenda, the period's figures, the releases
// of the period with their verdicts, the notes of the releases published in
// the week under review, and the customers.
struct Review
{
    VerdictsPtr verdicts;       // the agenda points into them
    ReviewPeriod period;
    QDateTime now;              // the agenda and the verdicts are of this moment
    QDateTime supportAt;        // the customers' support: period.asOf, or the end of the period when sooner
    Agenda agenda;
    ReviewFigures figures;
    SupportReport support;
    QList<int> releases;        // train indices with a date in the period, newest first
    QList<ReleaseNotes> notes;  // the releases published in the week under review
    bool cancelled = false;

    // Reads git and the customers file: call it on a worker.
    // `registryAsked`: false when the registries were left out on purpose.
    // `asOf`, when valid and before `now`: nothing after it is counted and
    // support is judged at it; the agenda stays the workspace's as it is.
    static QSharedPointer<const Review> build(const VerdictsPtr &verdicts, const ReviewPeriod &period,
                                              const QDateTime &now, ScanControl *control = nullptr,
                                              bool registryAsked = true, const QDateTime &asOf = {});
};

using ReviewPtr = QSharedPointer<const Review>;

// Every OSS, SaaS and Enterprise date of the train, for ReviewPeriod::defaultWeek.
QList<QDateTime> trainDates(const ReleaseTrain &train);

} // namespace ReleaseDeck
