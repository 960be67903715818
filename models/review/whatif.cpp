#include "whatif.h"

#include <algorithm>

namespace ReleaseDeck {

namespace {

int cadenceDays(Customer::Cadence cadence)
{
    switch (cadence) {
    case Customer::Cadence::Weekly: return 7;
    case Customer::Cadence::Monthly: return 30;
    case Customer::Cadence::Quarterly: return 91;
    case Customer::Cadence::TwiceYearly: return 182;
    }
    return 91;
}

QList<Publish> knownBy(const QList<Publish> &publishes, const QDateTime &at)
{
    QList<Publish> out;
    for (const Publish &p : publishes) {
        if (p.at <= at)
            out.append(p);
    }
    return out;
}

// Each Monday of the replay, at noon UTC.
QList<QDateTime> mondays(const QDate &from, const QDate &to)
{
    QList<QDateTime> out;
    for (QDate d = from; d <= to; d = d.addDays(7))
        out.append(QDateTime(d, QTime(12, 0), Qt::UTC));
    return out;
}

void replay(WhatIfOption &option, const QList<Customer> &customers, const QDate &from, const QDate &to)
{
    std::stable_sort(option.publishes.begin(), option.publishes.end(),
                     [](const Publish &a, const Publish &b) { return a.at < b.at; });
    const QList<QDateTime> days = mondays(from, to);
    for (const QDateTime &at : days) {
        const QList<LineSupport> lines = SupportLines::at(option.policy, knownBy(option.publishes, at), at);
        WhatIfOption::Sample s{at.date()};
        for (const LineSupport &l : lines)
            s.supported += l.status != LineSupport::Status::Unsupported;
        s.backports = std::max(0, s.supported - 1);
        option.samples.append(s);
    }
    // Each customer starts on what they should run at the start, then
    // upgrades at their cadence, in their next change window.
    const QDateTime start(from, QTime(0, 0), Qt::UTC);
    for (const Customer &c : customers) {
        Version installed;
        QDateTime nextUpgrade = start;
        for (const QDateTime &at : days) {
            while (nextUpgrade <= at) {
                const QDateTime window = c.windows.isEmpty() ? nextUpgrade : SupportLines::nextWindow(c, nextUpgrade);
                if (!window.isValid() || window > at)
                    break;
                const QList<Publish> known = knownBy(option.publishes, window);
                const QList<LineSupport> lines = SupportLines::at(option.policy, known, window);
                if (const Publish *target = SupportLines::target(c, known, lines, window))
                    installed = target->version;
                nextUpgrade = window.addDays(cadenceDays(c.cadence));
            }
            if (installed.isNull())
                continue;
            const QList<LineSupport> lines = SupportLines::at(option.policy, knownBy(option.publishes, at), at);
            if (SupportLines::of(installed, lines).status == LineSupport::Status::Unsupported) {
                option.dropped.append({c.name, at.date(), installed.toString()});
                break;
            }
        }
    }
}

} // namespace

int WhatIfOption::maxSupported() const
{
    int m = 0;
    for (const Sample &s : samples)
        m = std::max(m, s.supported);
    return m;
}

int WhatIfOption::maxBackports() const
{
    int m = 0;
    for (const Sample &s : samples)
        m = std::max(m, s.backports);
    return m;
}

WhatIf WhatIf::build(const Overview &overview, const QList<Customer> &customers, int weeks, const QDateTime &now)
{
    WhatIf w;
    w.weeks = std::clamp(weeks, 1, 520);
    w.to = now.toUTC().date();
    const QDate thisMonday = w.to.addDays(1 - w.to.dayOfWeek());
    w.from = thisMonday.addDays(-7 * qint64(w.weeks));
    const QDateTime start(w.from, QTime(0, 0), Qt::UTC);
    const QDateTime end = now.toUTC();

    // The OSS releases, in the order OSS made them.
    QList<const TrainRelease *> oss;
    const TrainRelease *seed = nullptr; // the newest before the replay: where every option starts
    for (const TrainRelease &r : overview.train.releases()) {
        if (r.isFix() || !r.ossDate.isValid() || r.ossDate > end)
            continue;
        if (r.ossDate < start) {
            if (!seed || Version::compare(r.version, seed->version) > 0)
                seed = &r;
        } else {
            oss.append(&r);
        }
    }
    std::stable_sort(oss.begin(), oss.end(), [](const TrainRelease *a, const TrainRelease *b) { return a->ossDate < b->ossDate; });
    w.ossReleases = int(oss.size());
    const SupportPolicy base = overview.snapshot.workspace.support;
    const int stagger = overview.train.staggerDays();

    WhatIfOption one;
    one.number = 1;
    one.name = tr("weekly, staggered");
    one.summary = tr("Each OSS release goes to Enterprise %n day(s) after SaaS ships it.", nullptr, stagger);
    one.policy = base;
    one.policy.cadenceDays = 7;
    WhatIfOption two;
    two.number = 2;
    two.name = tr("no stagger");
    two.summary = tr("Each OSS release goes to Enterprise the day SaaS ships it.");
    two.policy = one.policy;
    WhatIfOption three;
    three.number = 3;
    three.name = tr("monthly + LTS");
    three.policy = base;
    three.policy.cadenceDays = 30;
    if (three.policy.ltsEveryMonths <= 0) {
        three.policy.ltsEveryMonths = 3;
        three.policy.ltsMonths = 12;
    }
    three.summary = tr("On the first of each month the newest OSS release goes to Enterprise; the first line of each "
                       "quarter is an LTS line with security fixes for %n month(s).", nullptr, three.policy.ltsMonths);
    if (seed) {
        for (WhatIfOption *o : {&one, &two, &three}) {
            o->publishes.append({seed->version, start});
            o->seeded = true;
        }
    }
    for (const TrainRelease *r : std::as_const(oss)) {
        if (const QDateTime at = r->ossDate.addDays(stagger); at <= end)
            one.publishes.append({r->version, at});
        two.publishes.append({r->version, r->ossDate});
    }
    Version last = seed ? seed->version : Version();
    for (QDate month(w.from.year(), w.from.month(), 1); ; month = month.addMonths(1)) {
        const QDateTime at(month, QTime(12, 0), Qt::UTC);
        if (at > end)
            break;
        if (at <= start)
            continue;
        const TrainRelease *newest = nullptr;
        for (const TrainRelease *r : std::as_const(oss)) {
            if (r->ossDate < at && (!newest || Version::compare(r->version, newest->version) > 0))
                newest = r;
        }
        if (newest && (last.isNull() || Version::compare(newest->version, last) > 0)) {
            three.publishes.append({newest->version, at});
            last = newest->version;
        }
    }
    for (WhatIfOption *o : {&one, &two, &three}) {
        replay(*o, customers, w.from, w.to);
        w.options.append(*o);
    }
    return w;
}

} // namespace ReleaseDeck
