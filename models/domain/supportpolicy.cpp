#include "supportpolicy.h"

#include <QMap>

#include <algorithm>
#include <vector>

namespace ReleaseDeck {

QString LineSupport::statusName(Status s)
{
    switch (s) {
    case Status::Full:
        return QStringLiteral("full");
    case Status::Security:
        return QStringLiteral("security");
    case Status::Lts:
        return QStringLiteral("lts");
    case Status::Unsupported:
        break;
    }
    return QStringLiteral("unsupported");
}

namespace {

// The lines to come are projected on the cadence: the newest line's first
// publish moved on in whole steps to the last slot not after `at`.
QDateTime projectionSlot(const QDateTime &newest, int cadenceDays, const QDateTime &at)
{
    const qint64 step = qint64(cadenceDays) * 86400;
    const qint64 since = newest.secsTo(at);
    return since <= 0 ? newest : newest.addSecs(since / step * step);
}

} // namespace

QList<LineSupport> SupportLines::at(const SupportPolicy &policy, const QList<Publish> &publishes, const QDateTime &at)
{
    // Each line's first publish known at `at`.
    QMap<QPair<quint64, quint64>, QDateTime> first;
    for (const Publish &p : publishes) {
        if (p.version.isNull() || !p.at.isValid() || p.at > at)
            continue;
        const auto key = qMakePair(p.version.major(), p.version.minor());
        auto it = first.find(key);
        if (it == first.end() || p.at < *it)
            first.insert(key, p.at);
    }
    QList<LineSupport> lines;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        LineSupport l;
        l.major = it.key().first;
        l.minor = it.key().second;
        l.firstPublished = it.value();
        lines.prepend(l); // QMap is ascending: newest first
    }
    if (lines.isEmpty())
        return lines;

    const int cadence = std::max(1, policy.cadenceDays);
    const QDateTime slot = projectionSlot(lines.first().firstPublished, cadence, at);
    auto projected = [&](int m) { return slot.addDays(qint64(m) * cadence); };

    // The first line of each LTS period, by when it was first published.
    const auto periodOf = [&](const QDateTime &d) {
        return policy.ltsEveryMonths > 0 ? (d.date().year() * 12 + d.date().month() - 1) / policy.ltsEveryMonths : 0;
    };
    QMap<int, QDateTime> periodFirst;
    if (policy.ltsEveryMonths > 0) {
        for (const LineSupport &l : std::as_const(lines)) {
            auto it = periodFirst.find(periodOf(l.firstPublished));
            if (it == periodFirst.end() || l.firstPublished < *it)
                periodFirst.insert(periodOf(l.firstPublished), l.firstPublished);
        }
    }
    // Newest first: the lines above each are those already passed. Only the
    // earliest few of their first publishes count (D1 … D(k+1)).
    const size_t keep = policy.securityMonths > 0 ? 1 : size_t(std::max(0, policy.securityLines)) + 1;
    std::vector<QDateTime> newer; // ascending, at most `keep`
    for (LineSupport &l : lines) {
        QDateTime securityEnd;
        bool endProjected = false;
        if (policy.securityMonths > 0) {
            if (!newer.empty())
                securityEnd = newer.front().addMonths(policy.securityMonths);
        } else if (int(newer.size()) > policy.securityLines) {
            securityEnd = newer[size_t(policy.securityLines)];
        } else {
            securityEnd = projected(policy.securityLines + 1 - int(newer.size()));
            endProjected = true;
        }

        if (newer.empty()) {
            l.status = LineSupport::Status::Full;
            l.since = l.firstPublished;
            l.until = projected(1);
            l.projected = true;
        } else if (at < securityEnd) {
            l.status = LineSupport::Status::Security;
            l.since = newer.front();
            l.until = securityEnd;
            l.projected = endProjected;
        } else {
            l.status = LineSupport::Status::Unsupported;
            l.since = securityEnd;
        }

        // Long-term support: the first line of each period keeps security
        // fixes for ltsMonths after its first publish.
        if (policy.ltsEveryMonths > 0) {
            l.lts = periodFirst.value(periodOf(l.firstPublished)) == l.firstPublished;
            const QDateTime ltsEnd = l.firstPublished.addMonths(policy.ltsMonths);
            if (l.lts && l.status == LineSupport::Status::Unsupported && at < ltsEnd && l.since < ltsEnd) {
                l.status = LineSupport::Status::Lts;
                l.until = ltsEnd;
                l.projected = false;
            } else if (l.lts && l.status == LineSupport::Status::Unsupported && l.since < ltsEnd) {
                l.since = ltsEnd; // unsupported once its long-term support ran out
            }
        }
        newer.insert(std::upper_bound(newer.begin(), newer.end(), l.firstPublished), l.firstPublished);
        if (newer.size() > keep)
            newer.pop_back();
    }
    return lines;
}

bool Blackout::contains(const QDate &day) const
{
    if (!yearly)
        return from <= day && day <= to;
    // Month and day only; a range whose end comes before its start spans the new year.
    const int d = day.month() * 100 + day.day();
    const int a = from.month() * 100 + from.day();
    const int b = to.month() * 100 + to.day();
    return a <= b ? (a <= d && d <= b) : (d >= a || d <= b);
}

const Publish *SupportLines::target(const Customer &customer, const QList<Publish> &publishes, const QList<LineSupport> &lines,
                                    const QDateTime &at)
{
    auto newestOf = [&](auto accept) {
        const Publish *best = nullptr;
        for (const Publish &p : publishes) {
            if (p.at <= at && accept(p) && (!best || Version::compare(best->version, p.version) < 0))
                best = &p;
        }
        return best;
    };
    if (customer.lts) {
        for (const LineSupport &l : lines) { // newest first
            if (l.lts && l.status != LineSupport::Status::Unsupported)
                return newestOf([&](const Publish &p) { return p.version.major() == l.major && p.version.minor() == l.minor; });
        }
    }
    return newestOf([](const Publish &) { return true; });
}

QDateTime SupportLines::nextWindow(const Customer &customer, const QDateTime &from)
{
    const QDateTime start = from.toUTC();
    for (int d = 0; d <= 366; ++d) {
        const QDate day = start.date().addDays(d);
        if (std::any_of(customer.blackouts.cbegin(), customer.blackouts.cend(), [&](const Blackout &b) { return b.contains(day); }))
            continue;
        QDateTime best;
        for (const ChangeWindow &w : customer.windows) {
            const QDateTime opens(day, w.from, Qt::UTC);
            if (day.dayOfWeek() == w.dayOfWeek && opens >= start && (!best.isValid() || opens < best))
                best = opens;
        }
        if (best.isValid())
            return best;
    }
    return {};
}

QList<SupportSegment> SupportLines::history(const SupportPolicy &policy, const QList<Publish> &publishes, const QDateTime &now)
{
    // The rules of at(), applied once per line with all that is known at
    // `now`: full from its first publish to the first newer line's, then
    // security fixes to the end the policy gives, then LTS. Linear in the
    // lines (times securityLines), so a long history draws at once.
    const QList<LineSupport> lines = at(policy, publishes, now); // newest first, with LTS marks and projections
    QList<SupportSegment> out;
    if (lines.isEmpty())
        return out;
    const int cadence = std::max(1, policy.cadenceDays);
    const QDateTime slot = projectionSlot(lines.first().firstPublished, cadence, now);
    auto projected = [&](int m) { return slot.addDays(qint64(m) * cadence); };
    const size_t keep = policy.securityMonths > 0 ? 1 : size_t(std::max(0, policy.securityLines)) + 1;
    std::vector<QDateTime> earliest; // the newer lines' first publishes, the `keep` earliest, ascending
    for (const LineSupport &l : lines) {
        auto add = [&](LineSupport::Status status, const QDateTime &from, const QDateTime &to, bool isProjected) {
            const QDateTime start = std::max(from, l.firstPublished);
            if (start < to)
                out.append({l.major, l.minor, status, start, to, isProjected, l.lts});
        };
        QDateTime securityEnd;
        bool endProjected = false;
        if (earliest.empty()) {
            add(LineSupport::Status::Full, l.firstPublished, projected(1), true);
        } else {
            const QDateTime d1 = earliest.front();
            add(LineSupport::Status::Full, l.firstPublished, d1, false);
            if (policy.securityMonths > 0) {
                securityEnd = d1.addMonths(policy.securityMonths);
            } else if (int(earliest.size()) > policy.securityLines) {
                securityEnd = earliest[size_t(policy.securityLines)];
            } else {
                securityEnd = projected(policy.securityLines + 1 - int(earliest.size()));
                endProjected = true;
            }
            add(LineSupport::Status::Security, d1, securityEnd, endProjected);
            if (l.lts && policy.ltsEveryMonths > 0) {
                const QDateTime ltsEnd = l.firstPublished.addMonths(policy.ltsMonths);
                add(LineSupport::Status::Lts, securityEnd, ltsEnd, false);
            }
        }
        // This line is newer than every line after it.
        earliest.insert(std::upper_bound(earliest.begin(), earliest.end(), l.firstPublished), l.firstPublished);
        if (earliest.size() > keep)
            earliest.pop_back();
    }
    std::sort(out.begin(), out.end(), [](const SupportSegment &a, const SupportSegment &b) { return a.from < b.from; });
    return out;
}

CustomerStanding SupportLines::standing(const Customer &customer, const QList<Publish> &publishes, const QList<LineSupport> &lines,
                                        const QDateTime &at)
{
    CustomerStanding s;
    s.line = of(customer.version, lines);
    const Publish *target = SupportLines::target(customer, publishes, lines, at);
    // A version never published to Enterprise (a typo, or one only staged)
    // is not judged as if it were up to date.
    const bool published = std::any_of(publishes.cbegin(), publishes.cend(), [&](const Publish &p) {
        return p.at <= at && Version::compare(p.version, customer.version) == 0;
    });
    const QString unpublished = published ? QString()
                                          : tr("%1 is not a published Enterprise release: check what they run").arg(customer.version.toString());
    const auto day = [](const QDateTime &t) { return t.toUTC().date().toString(Qt::ISODate); };
    s.warning = unpublished;
    if (!target)
        return s;
    s.target = target->version;
    s.at = target->at;
    s.behind = Version::compare(target->version, customer.version) > 0;
    if (!s.behind)
        return s; // up to date, or on something never published
    s.window = nextWindow(customer, std::max(at, target->at));
    if (!unpublished.isEmpty())
        return s;
    if (s.line.status == LineSupport::Status::Unsupported)
        s.warning = tr("%1 is unsupported since %2").arg(s.line.line(), day(s.line.since));
    else if (s.line.until.isValid() && s.window.isValid() && s.line.until < s.window)
        s.warning = tr("support for %1 ends %2%3, before the next change window %4")
                        .arg(s.line.line(), day(s.line.until), s.line.projected ? tr(" (projected)") : QString(), day(s.window));
    return s;
}

LineSupport SupportLines::of(const Version &version, const QList<LineSupport> &lines)
{
    for (const LineSupport &l : lines) {
        if (l.major == version.major() && l.minor == version.minor())
            return l;
    }
    LineSupport none;
    none.major = version.major();
    none.minor = version.minor();
    return none;
}

} // namespace ReleaseDeck
