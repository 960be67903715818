#include "supportpolicy.h"

#include <QMap>

#include <algorithm>

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

    // The lines to come, projected on the cadence: the newest line's first
    // publish moved on in whole steps to the last slot not after `at`.
    const int cadence = std::max(1, policy.cadenceDays);
    QDateTime slot = lines.first().firstPublished;
    while (slot.addDays(cadence) <= at)
        slot = slot.addDays(cadence);
    auto projected = [&](int m) { return slot.addDays(qint64(m) * cadence); };

    for (int i = 0; i < lines.size(); ++i) {
        LineSupport &l = lines[i];
        // When newer lines appeared, in the order they did.
        QList<QDateTime> newer;
        for (int j = 0; j < i; ++j)
            newer.append(lines[j].firstPublished);
        std::sort(newer.begin(), newer.end());

        QDateTime securityEnd;
        bool endProjected = false;
        if (policy.securityMonths > 0) {
            if (!newer.isEmpty())
                securityEnd = newer.first().addMonths(policy.securityMonths);
        } else if (newer.size() > policy.securityLines) {
            securityEnd = newer.at(policy.securityLines);
        } else {
            securityEnd = projected(policy.securityLines + 1 - int(newer.size()));
            endProjected = true;
        }

        if (newer.isEmpty()) {
            l.status = LineSupport::Status::Full;
            l.since = l.firstPublished;
            l.until = projected(1);
            l.projected = true;
        } else if (at < securityEnd) {
            l.status = LineSupport::Status::Security;
            l.since = newer.first();
            l.until = securityEnd;
            l.projected = endProjected;
        } else {
            l.status = LineSupport::Status::Unsupported;
            l.since = securityEnd;
        }

        // Long-term support: the first line of each period keeps security
        // fixes for ltsMonths after its first publish.
        if (policy.ltsEveryMonths > 0) {
            const int period = (l.firstPublished.date().year() * 12 + l.firstPublished.date().month() - 1) / policy.ltsEveryMonths;
            l.lts = std::none_of(lines.cbegin(), lines.cend(), [&](const LineSupport &o) {
                const int p = (o.firstPublished.date().year() * 12 + o.firstPublished.date().month() - 1) / policy.ltsEveryMonths;
                return p == period && o.firstPublished < l.firstPublished;
            });
            const QDateTime ltsEnd = l.firstPublished.addMonths(policy.ltsMonths);
            if (l.lts && l.status == LineSupport::Status::Unsupported && at < ltsEnd && l.since < ltsEnd) {
                l.status = LineSupport::Status::Lts;
                l.until = ltsEnd;
                l.projected = false;
            } else if (l.lts && l.status == LineSupport::Status::Unsupported && l.since < ltsEnd) {
                l.since = ltsEnd; // unsupported once its long-term support ran out
            }
        }
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
    QList<QDateTime> moments{now};
    for (const Publish &p : publishes) {
        if (p.at.isValid() && p.at <= now)
            moments << p.at << p.at.addSecs(-1);
    }
    std::sort(moments.begin(), moments.end());
    moments.erase(std::unique(moments.begin(), moments.end()), moments.end());
    // Per line, its statuses by when they began; a later look at the same
    // stretch knows more about its end.
    QMap<QPair<quint64, quint64>, QMap<QDateTime, SupportSegment>> byLine;
    for (const QDateTime &m : std::as_const(moments)) {
        for (const LineSupport &l : at(policy, publishes, m)) {
            SupportSegment s{l.major, l.minor, l.status, l.since, l.until, l.projected, l.lts};
            byLine[qMakePair(l.major, l.minor)][l.since] = s;
        }
    }
    QList<SupportSegment> out;
    for (const auto &stretches : std::as_const(byLine)) {
        const QList<SupportSegment> list = stretches.values(); // by start
        for (int i = 0; i < list.size(); ++i) {
            SupportSegment s = list[i];
            if (s.status == LineSupport::Status::Unsupported)
                continue;
            if (i + 1 < list.size() && (!s.to.isValid() || list[i + 1].from < s.to || s.projected)) {
                s.to = list[i + 1].from;
                s.projected = false;
            }
            if (!s.to.isValid())
                s.to = now;
            if (s.from < s.to)
                out.append(s);
        }
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
    const auto day = [](const QDateTime &t) { return t.toUTC().date().toString(Qt::ISODate); };
    if (!target)
        return s;
    s.target = target->version;
    s.at = target->at;
    s.behind = Version::compare(target->version, customer.version) > 0;
    if (!s.behind)
        return s; // up to date
    s.window = nextWindow(customer, std::max(at, target->at));
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
