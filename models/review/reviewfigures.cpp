#include "reviewfigures.h"

#include <algorithm>
#include <cmath>

namespace ReleaseDeck {

namespace {

constexpr double kDay = 86400.0;

QDateTime trackDate(const TrainRelease &r, Track track)
{
    switch (track) {
    case Track::Oss: return r.ossDate;
    case Track::Saas: return r.saasDate;
    case Track::Enterprise: return r.enterprise == TrainRelease::Enterprise::Published ? r.enterpriseDate : QDateTime();
    }
    return {};
}

// The patch of the same line that came next after `r`, by version.
int nextPatch(const QList<TrainRelease> &releases, int index)
{
    const Version &v = releases.at(index).version;
    int best = -1;
    for (int i = 0; i < releases.size(); ++i) {
        const TrainRelease &p = releases.at(i);
        if (p.isFix() || p.version.major() != v.major() || p.version.minor() != v.minor()
            || p.version.patch() <= v.patch() || !p.ossDate.isValid())
            continue;
        if (best < 0 || p.version.patch() < releases.at(best).version.patch())
            best = i;
    }
    return best;
}

} // namespace

Spread Spread::of(QList<double> days)
{
    Spread s;
    s.count = int(days.size());
    if (days.isEmpty())
        return s;
    std::sort(days.begin(), days.end());
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    auto rank = [&](double p) { return days.at(std::max<qsizetype>(0, qsizetype(std::ceil(p * days.size())) - 1)); };
    s.median = rank(0.5);
    s.p90 = rank(0.9);
    return s;
}

QString StaggerRow::slipName(Slip slip)
{
    switch (slip) {
    case Slip::Early: return ReviewFigures::tr("early");
    case Slip::OnTime: return ReviewFigures::tr("on time");
    case Slip::Late: return ReviewFigures::tr("late");
    case Slip::NoDue: return ReviewFigures::tr("no due date");
    }
    return {};
}

ReviewFigures ReviewFigures::build(const Overview &overview, const ReviewPeriod &period, const LeadTimes &lead,
                                   const SupportReport *support)
{
    ReviewFigures f;
    f.period = period;
    f.staggerDays = overview.train.staggerDays();
    const QList<TrainRelease> &releases = overview.train.releases();
    const ReleaseManifest &manifest = overview.snapshot.manifest;
    for (int w = 0; w < period.weeks; ++w)
        f.weeks.append(ReviewWeek{period.monday(w)});

    QList<double> leadDays[3][64];
    QList<double> leadAll[3];
    const int weeks = std::min(period.weeks, 64);
    // A change reaches Enterprise with the first release published there
    // at or above the one that first shipped it: a superseded release's
    // changes arrive with the release that replaced it.
    QList<int> published; // by version
    for (int j = 0; j < releases.size(); ++j) {
        if (!releases.at(j).isFix() && releases.at(j).enterprise == TrainRelease::Enterprise::Published)
            published.append(j);
    }
    auto byVersion = [&](int a, int b) { return Version::compare(releases.at(a).version, releases.at(b).version) < 0; };
    std::sort(published.begin(), published.end(), byVersion);
    auto reachesEnterprise = [&](int i) {
        const auto it = std::lower_bound(published.cbegin(), published.cend(), i, byVersion);
        return it == published.cend() ? QDateTime() : releases.at(*it).enterpriseDate;
    };
    for (int i = 0; i < releases.size(); ++i) {
        const TrainRelease &r = releases.at(i);
        if (const int w = period.weekOf(r.ossDate); w >= 0 && !r.isFix()) {
            ++f.weeks[w].oss;
            if (r.version.patch() > 0)
                ++f.weeks[w].patches;
        }
        if (const int w = period.weekOf(r.saasDate); w >= 0)
            ++f.weeks[w].saas;
        if (const int w = period.weekOf(trackDate(r, Track::Enterprise)); w >= 0) {
            ++f.weeks[w].enterprise;
            if (r.isFix())
                ++f.weeks[w].fixes;
        }
        // Lead time: each change the release first shipped, to each track.
        const auto commits = lead.commitDates.constFind(i);
        if (commits != lead.commitDates.constEnd()) {
            for (int t = 0; t < 3; ++t) {
                const QDateTime at = t == int(Track::Enterprise) ? reachesEnterprise(i) : trackDate(r, Track(t));
                const int w = period.weekOf(at);
                if (w < 0 || w >= weeks)
                    continue;
                for (const QDateTime &c : commits.value()) {
                    const double d = std::max<qint64>(0, c.secsTo(at)) / kDay;
                    leadDays[t][w].append(d);
                    leadAll[t].append(d);
                }
            }
        }
    }
    for (int t = 0; t < 3; ++t) {
        f.lead[t] = Spread::of(leadAll[t]);
        for (int w = 0; w < weeks; ++w)
            f.weeks[w].lead[t] = Spread::of(leadDays[t][w]);
    }
    for (const ManifestRelease &m : manifest.releases) {
        for (const AuditEntry &a : m.audit) {
            const int w = period.weekOf(a.at);
            if (w < 0)
                continue;
            if (a.action == QLatin1String("restage"))
                ++f.weeks[w].restages;
            else if (a.action == QLatin1String("supersede"))
                ++f.weeks[w].superseded;
        }
    }

    // The stagger kept and the slip against the due date.
    for (int i = 0; i < releases.size(); ++i) {
        const TrainRelease &r = releases.at(i);
        if (!period.contains(trackDate(r, Track::Enterprise)))
            continue;
        StaggerRow row;
        row.release = i;
        row.version = r.text();
        row.saas = r.saasDate;
        row.published = r.enterpriseDate;
        const ManifestRelease *m = manifest.find(r.version);
        // The SaaS date the release plan recorded, when it did; else the
        // train's (the OSS tag's, SaaS shipping the day OSS tags).
        if (m && m->saasDate.isValid())
            row.saas = m->saasDate;
        if (row.saas.isValid())
            row.staggerDays = row.saas.secsTo(row.published) / kDay;
        if (m) {
            row.due = m->due;
            for (const AuditEntry &a : m->audit) {
                if (!a.note.isEmpty() && (a.action == QLatin1String("publish") || a.action == QLatin1String("approve")))
                    row.reasons.append(tr("%1 %2 by %3: %4")
                                           .arg(a.action, a.at.toUTC().toString(QStringLiteral("yyyy-MM-dd")), a.by, a.note));
            }
        }
        if (row.due.isValid()) {
            row.slipDays = row.due.secsTo(row.published) / kDay;
            row.slip = row.slipDays < 0 ? StaggerRow::Slip::Early
                     : row.slipDays <= 1 ? StaggerRow::Slip::OnTime
                                         : StaggerRow::Slip::Late;
        }
        f.stagger.append(row);
    }

    // Failures: replaced within the stagger, on OSS by a patch or on
    // Enterprise by a chart fix.
    QList<double> restoreDays;
    const qint64 window = qint64(f.staggerDays) * 86400;
    // A replacement after the review's moment has not happened yet.
    auto happened = [&](const QDateTime &at) { return !period.asOf.isValid() || at <= period.asOf; };
    for (int i = 0; i < releases.size(); ++i) {
        const TrainRelease &r = releases.at(i);
        if (r.isFix() || !period.contains(r.ossDate))
            continue;
        ++f.releasesJudged;
        FailureRow row;
        if (const int p = nextPatch(releases, i); p >= 0) {
            const qint64 secs = r.ossDate.secsTo(releases.at(p).ossDate);
            if (secs >= 0 && secs <= window && happened(releases.at(p).ossDate)) {
                row = {i, r.text(), releases.at(p).text(), false, r.ossDate, releases.at(p).ossDate};
            }
        }
        if (row.release < 0 && r.enterprise == TrainRelease::Enterprise::Published) {
            for (int fix : r.fixes) {
                const TrainRelease &x = releases.at(fix);
                if (x.enterprise != TrainRelease::Enterprise::Published)
                    continue;
                const qint64 secs = r.enterpriseDate.secsTo(x.enterpriseDate);
                if (secs >= 0 && secs <= window && happened(x.enterpriseDate) && (row.release < 0 || x.enterpriseDate < row.restored))
                    row = {i, r.text(), x.text(), true, r.enterpriseDate, x.enterpriseDate};
            }
        }
        if (row.release >= 0) {
            restoreDays.append(row.restoreDays());
            f.failures.append(row);
        }
    }
    f.restore = Spread::of(restoreDays);

    if (support) {
        f.customersKnown = !support->customersFile.isEmpty();
        for (const SupportReport::CustomerRow &c : support->customers) {
            ++f.customersByStatus[c.standing.line.status];
            if (!c.standing.warning.isEmpty())
                f.customersAtRisk.append(QStringLiteral("%1: %2").arg(c.customer.name, c.standing.warning));
        }
        f.problems += support->problems;
    }
    f.problems += lead.problems;
    return f;
}

} // namespace ReleaseDeck
