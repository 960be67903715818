#include "review.h"

#include <algorithm>

namespace ReleaseDeck {

QSharedPointer<const Review> Review::build(const VerdictsPtr &verdicts, const ReviewPeriod &period, const QDateTime &now,
                                           ScanControl *control, bool registryAsked, const QDateTime &asOf)
{
    auto review = QSharedPointer<Review>::create();
    review->verdicts = verdicts;
    review->period = period;
    review->now = now;
    review->period.asOf = asOf.isValid() ? std::min(asOf, now) : now;
    const Overview &overview = *verdicts->overview();
    review->agenda = Agenda::build(*verdicts, now, registryAsked);
    // Support as it stands at the end of the period, or at its moment when that is sooner.
    review->supportAt = std::min(review->period.asOf, period.end().addSecs(-1));
    review->support = SupportReport::build(overview, review->supportAt);
    const LeadTimes lead = LeadTimes::read(overview, review->period, control);
    if (lead.cancelled) {
        review->cancelled = true;
        return review;
    }
    review->figures = ReviewFigures::build(overview, review->period, lead, &review->support);

    const QList<TrainRelease> &releases = overview.train.releases();
    for (int i = int(releases.size()) - 1; i >= 0; --i) {
        const TrainRelease &r = releases.at(i);
        if (review->period.contains(r.ossDate) || review->period.contains(r.saasDate)
            || review->period.contains(r.enterpriseDate) || (i == overview.train.pendingIndex() && review->period.contains(now)))
            review->releases.append(i);
    }
    const int lastWeek = period.weeks - 1;
    for (int i = 0; i < releases.size(); ++i) {
        const TrainRelease &r = releases.at(i);
        if (r.enterprise != TrainRelease::Enterprise::Published || review->period.weekOf(r.enterpriseDate) != lastWeek)
            continue;
        review->notes.append(ReleaseNotes::build(overview, r.version, std::nullopt, control));
        if (control && control->isCancelled()) {
            review->cancelled = true;
            return review;
        }
    }
    return review;
}

QList<QDateTime> trainDates(const ReleaseTrain &train)
{
    QList<QDateTime> out;
    for (const TrainRelease &r : train.releases())
        out << r.ossDate << r.saasDate << r.enterpriseDate;
    return out;
}

} // namespace ReleaseDeck
