#include "reviewtext.h"

#include "domain/countdown.h"
#include "domain/printable.h"

#include <QLocale>

#include <algorithm>

namespace ReleaseDeck {

namespace {

QString day(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QString days(double d)
{
    return QString::number(d, 'f', 1);
}

QString spread(const Spread &s)
{
    return s.count ? QStringLiteral("%1 / %2").arg(days(s.median), days(s.p90)) : QStringLiteral("—");
}

// Text from outside in Markdown, running or in a table cell: every
// character Markdown or inline HTML could act on is escaped, so a note or
// a name can make no link, tag or table column of its own.
QString mdText(const QString &text)
{
    QString out;
    for (const QChar c : printableName(text, 400)) {
        if (QStringLiteral("\\`*_{}[]<>|!&").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    // '#' opens a heading only at the start of a line.
    if (out.startsWith(QLatin1Char('#')))
        out.prepend(QLatin1Char('\\'));
    return out;
}

// Whether the subject as shown (cut at 400 characters) names its pull request.
bool prShown(const NoteCommit &c)
{
    return printableName(c.subject, 400).contains(c.prs.first());
}

QString html(const QString &text)
{
    return printableName(text, 400).toHtmlEscaped();
}

QString mdTable(const ReviewText::Table &t)
{
    QString out = QStringLiteral("## %1\n\n").arg(t.title);
    if (t.rows.isEmpty()) {
        out += t.empty + QStringLiteral("\n\n");
    } else {
        QStringList head, rule;
        for (const QString &h : t.header) {
            head.append(mdText(h));
            rule.append(QStringLiteral("---"));
        }
        out += QStringLiteral("| %1 |\n| %2 |\n").arg(head.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
        for (const QStringList &row : t.rows) {
            QStringList cells;
            for (const QString &c : row)
                cells.append(mdText(c));
            out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
        }
        out += QLatin1Char('\n');
    }
    if (!t.note.isEmpty())
        out += mdText(t.note) + QStringLiteral("\n\n");
    return out;
}

QString htmlTable(const ReviewText::Table &t)
{
    QString out = QStringLiteral("<h2>%1</h2>\n").arg(t.title.toHtmlEscaped());
    if (t.rows.isEmpty()) {
        out += QStringLiteral("<p>%1</p>\n").arg(t.empty.toHtmlEscaped());
    } else {
        // A header row that a printed table repeats on each page it spans.
        out += QStringLiteral("<table>\n<thead><tr>");
        for (const QString &h : t.header)
            out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        out += QStringLiteral("</tr></thead>\n");
        for (const QStringList &row : t.rows) {
            out += QStringLiteral("<tr>");
            for (const QString &c : row)
                out += QStringLiteral("<td>%1</td>").arg(html(c));
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    if (!t.note.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(html(t.note));
    return out;
}

} // namespace

QStringList ReviewText::agendaLines(const Review &review)
{
    QStringList lines;
    const Agenda &a = review.agenda;
    const ReleaseTrain &train = review.verdicts->overview()->train;
    if (a.state.pending) {
        const ManifestRelease &p = *a.state.pending;
        // Pending is staged or approved, in words a translation can give.
        const QString state = p.state == ManifestRelease::State::Approved ? ReviewText::tr("approved") : ReviewText::tr("staged");
        lines.append(ReviewText::tr("Pending: %1, %2, %3").arg(p.version.toString(), state, a.state.countdown));
        for (const QString &b : a.blockers)
            lines.append(ReviewText::tr("Blocked by %1").arg(b));
        if (a.blockers.isEmpty())
            lines.append(ReviewText::tr("Blocked by nothing: it can be published"));
        for (const QString &ap : a.approvals)
            lines.append(ReviewText::tr("Approval: %1").arg(ap));
    } else if (a.unrecorded >= 0) {
        lines.append(ReviewText::tr("Pending: %1 by the charts, with no readable manifest record")
                         .arg(train.releases().at(a.unrecorded).text()));
    } else {
        lines.append(ReviewText::tr("Pending: nothing for Enterprise"));
    }
    if (a.lastPublished >= 0) {
        const TrainRelease &r = train.releases().at(a.lastPublished);
        lines.append(ReviewText::tr("Last published: %1 on %2").arg(r.text(), day(r.enterpriseDate)));
    }
    const int shown = std::min<int>(10, int(a.troubled.size()));
    for (int k = 0; k < shown; ++k) {
        const int i = a.troubled.at(a.troubled.size() - 1 - k);
        lines.append(ReviewText::tr("Problem: %1: %2").arg(train.releases().at(i).text(), review.verdicts->at(i).summary()));
    }
    if (a.troubled.size() > shown)
        lines.append(ReviewText::tr("… and %1 more releases with problems").arg(a.troubled.size() - shown));
    return lines;
}


QString ReviewText::heading(const Review &review)
{
    const QString name = review.verdicts->overview()->snapshot.name;
    return tr("Release review %1 — %2").arg(ReviewPeriod::weekName(review.period.underReview()), name);
}

QList<ReviewText::Table> ReviewText::tables(const Review &review)
{
    const ReviewFigures &f = review.figures;
    const ReleaseTrain &train = review.verdicts->overview()->train;
    QList<Table> out;

    Table cadence{tr("Cadence"),
                  {tr("Week"), tr("OSS"), tr("SaaS"), tr("Enterprise"), tr("Patches"), tr("Chart fixes"),
                   tr("Re-stages"), tr("Superseded")}};
    for (const ReviewWeek &w : f.weeks)
        cadence.rows.append({ReviewPeriod::weekName(w.monday), QString::number(w.oss), QString::number(w.saas),
                             QString::number(w.enterprise), QString::number(w.patches), QString::number(w.fixes),
                             QString::number(w.restages), QString::number(w.superseded)});
    out.append(cadence);

    Table stagger{tr("Stagger and slip"),
                  {tr("Version"), tr("SaaS"), tr("Published"), tr("Stagger (days)"), tr("Due"), tr("Slip (days)"),
                   tr("Publish"), tr("Reasons")},
                  {},
                  tr("No Enterprise release was published in the period.")};
    for (const StaggerRow &s : f.stagger)
        stagger.rows.append({s.version, day(s.saas), day(s.published),
                             s.staggerDays < 0 ? QStringLiteral("—") : days(s.staggerDays), day(s.due),
                             s.slip == StaggerRow::Slip::NoDue ? QStringLiteral("—") : days(s.slipDays),
                             StaggerRow::slipName(s.slip), s.reasons.join(QStringLiteral("; "))});
    stagger.note = tr("The policy's stagger is %n day(s) from SaaS to Enterprise.", nullptr, f.staggerDays);
    out.append(stagger);

    Table lead{tr("Lead time for changes (days, median / 90th percentile)"),
               {tr("Week"), tr("to OSS"), tr("to SaaS"), tr("to Enterprise"), tr("Changes")}};
    for (const ReviewWeek &w : f.weeks)
        lead.rows.append({ReviewPeriod::weekName(w.monday), spread(w.lead[0]), spread(w.lead[1]), spread(w.lead[2]),
                          QString::number(w.lead[0].count)});
    lead.rows.append({tr("Period"), spread(f.lead[0]), spread(f.lead[1]), spread(f.lead[2]),
                      QString::number(f.lead[0].count)});
    lead.note = tr("From each change's commit date to the release that first shipped it, on each track.");
    out.append(lead);

    Table failures{tr("Change failure and time to restore"),
                   {tr("Release"), tr("Replaced by"), tr("Track"), tr("Released"), tr("Replaced"), tr("Days")},
                   {},
                   tr("No release was replaced within the stagger.")};
    for (const FailureRow &r : f.failures)
        failures.rows.append({r.version, r.replacedBy, r.chartFix ? tr("Enterprise (chart fix)") : tr("OSS (patch)"),
                              day(r.at), day(r.restored), days(r.restoreDays())});
    failures.note = tr("Change failure rate: %1 of %2 releases (%3 %); time to restore: %4 days (median / 90th percentile).")
                        .arg(f.failures.size())
                        .arg(f.releasesJudged)
                        .arg(QString::number(100.0 * f.failureRate(), 'f', 0))
                        .arg(spread(f.restore));
    out.append(failures);

    Table customers{tr("Customers"),
                    {tr("Customer"), tr("Version"), tr("Support"), tr("Supported until"), tr("Target"), tr("Next window"),
                     tr("Warning")},
                    {},
                    review.support.customersFile.isEmpty()
                        ? tr("The workspace names no customers file.")
                        : review.support.problems.isEmpty()
                              ? tr("The customers file lists no customer.")
                              : tr("No customer could be read: %1").arg(review.support.problems.first())};
    for (const SupportReport::CustomerRow &c : review.support.customers)
        customers.rows.append({c.customer.name, c.customer.version.toString(),
                               LineSupport::statusName(c.standing.line.status), day(c.standing.line.until),
                               c.standing.target.isNull() ? QStringLiteral("—") : c.standing.target.toString(),
                               c.standing.window.isValid()
                                   ? c.standing.window.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                   : QStringLiteral("—"),
                               c.standing.warning});
    if (f.customersKnown) {
        QStringList counts;
        for (auto it = f.customersByStatus.cbegin(); it != f.customersByStatus.cend(); ++it)
            counts.append(QStringLiteral("%1 %2").arg(it.value()).arg(LineSupport::statusName(it.key())));
        customers.note = tr("By support: %1; %n with a support warning.", nullptr, int(f.customersAtRisk.size()))
                             .arg(counts.isEmpty() ? tr("none") : counts.join(QStringLiteral(", ")));
    }
    out.append(customers);

    Table releases{tr("Releases of the period"),
                   {tr("Version"), tr("OSS"), tr("SaaS"), tr("Enterprise"), tr("Verdict")},
                   {},
                   tr("No release in the period.")};
    for (int i : review.releases) {
        const TrainRelease &r = train.releases().at(i);
        const bool asOfEarlier = review.period.asOf.isValid() && r.enterpriseDate > review.period.asOf;
        const QString enterprise = r.enterprise != TrainRelease::Enterprise::Published ? ReleaseTrain::enterpriseName(r.enterprise)
                                   : asOfEarlier ? tr("later (%1)").arg(day(r.enterpriseDate))
                                                 : day(r.enterpriseDate);
        releases.rows.append({r.text(), day(r.ossDate), day(r.saasDate), enterprise, review.verdicts->at(i).summary()});
    }
    out.append(releases);
    return out;
}

// "oss: 0.70.0..0.71.0"; a first release "oss: up to 0.62.0 (first release)".
QString repoTitle(const RepoNotes &repo)
{
    if (!repo.fromTag.isEmpty())
        return QStringLiteral("%1: %2..%3").arg(repo.repo, repo.fromTag, repo.toTag);
    if (repo.problem.isEmpty())
        return ReviewText::tr("%1: up to %2 (first release)").arg(repo.repo, repo.toTag);
    return repo.repo;
}

QString ReviewText::notesMarkdown(const ReleaseNotes &notes, int level)
{
    const QString h = QString(level, QLatin1Char('#'));
    QString out = notes.from.isEmpty() ? QStringLiteral("%1 %2\n\n").arg(h, tr("Release notes %1").arg(notes.version))
                                       : QStringLiteral("%1 %2\n\n").arg(h, tr("Release notes %1 (since %2)").arg(notes.version, notes.from));
    for (const RepoNotes &repo : notes.repos) {
        out += QStringLiteral("%1# %2\n\n").arg(h, mdText(repoTitle(repo)));
        if (!repo.problem.isEmpty())
            out += mdText(repo.problem) + QStringLiteral("\n\n");
        else if (repo.commits.isEmpty())
            out += tr("No commits.") + QStringLiteral("\n\n");
        for (const QString &type : ReleaseNotes::groupOrder()) {
            QStringList lines;
            for (const NoteCommit &c : repo.commits) {
                if (c.type != type)
                    continue;
                QString line = QStringLiteral("- ");
                if (c.breaking)
                    line += tr("**Breaking:** ");
                if (!c.scope.isEmpty())
                    line += QStringLiteral("**%1:** ").arg(mdText(c.scope));
                line += mdText(c.subject);
                if (!c.prs.isEmpty() && !prShown(c))
                    line += QStringLiteral(" (%1)").arg(c.prs.join(QStringLiteral(", ")));
                line += QStringLiteral(" `%1`").arg(c.id.left(7));
                lines.append(line);
            }
            if (!lines.isEmpty())
                out += QStringLiteral("%1## %2\n\n%3\n\n").arg(h, ReleaseNotes::groupTitle(type), lines.join(QLatin1Char('\n')));
        }
        if (repo.truncated)
            out += tr("Only the newest %n commits are listed.", nullptr, int(repo.commits.size())) + QStringLiteral("\n\n");
    }
    if (!notes.images.isEmpty()) {
        out += QStringLiteral("%1# %2\n\n").arg(h, tr("Images"));
        for (const ImageChange &i : notes.images)
            out += QStringLiteral("- %1: `%2` → `%3`\n").arg(mdText(i.image), i.from.isEmpty() ? tr("none") : mdText(i.from.left(19)),
                                                            i.to.isEmpty() ? tr("none") : mdText(i.to.left(19)));
        out += QLatin1Char('\n');
    }
    for (const ChartChanges &c : notes.charts) {
        out += QStringLiteral("%1# %2\n\n").arg(h, tr("Chart %1: %2 → %3").arg(mdText(c.chart), mdText(c.from), mdText(c.to)));
        if (!c.problem.isEmpty()) {
            out += mdText(c.problem) + QStringLiteral("\n\n");
            continue;
        }
        if (c.values.isEmpty() && c.dependencies.isEmpty())
            out += tr("No values key or dependency changes.") + QStringLiteral("\n\n");
        for (const ValuesChange &v : c.values)
            out += QStringLiteral("- %1 `%2`%3\n").arg(ValuesChange::kindName(v.kind), mdText(v.key),
                                                     v.kind == ValuesChange::Kind::Changed
                                                         ? QStringLiteral(": %1 → %2").arg(mdText(v.from), mdText(v.to))
                                                         : QString());
        for (const DependencyChange &d : c.dependencies)
            out += QStringLiteral("- %1 %2 → %3\n").arg(tr("dependency %1").arg(mdText(d.name)),
                                                     d.from.isEmpty() ? tr("none") : mdText(d.from),
                                                     d.to.isEmpty() ? tr("none") : mdText(d.to));
        out += QLatin1Char('\n');
    }
    for (const QString &p : notes.problems)
        out += QStringLiteral("> %1\n\n").arg(mdText(p));
    return out;
}

QString ReviewText::notesHtml(const ReleaseNotes &notes, int level)
{
    auto hx = [](int l, const QString &text) { return QStringLiteral("<h%1>%2</h%1>\n").arg(std::min(l, 6)).arg(text); };
    QString out = hx(level, (notes.from.isEmpty() ? tr("Release notes %1").arg(notes.version)
                                                  : tr("Release notes %1 (since %2)").arg(notes.version, notes.from)).toHtmlEscaped());
    for (const RepoNotes &repo : notes.repos) {
        out += hx(level + 1, html(repoTitle(repo)));
        if (!repo.problem.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(html(repo.problem));
        else if (repo.commits.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(tr("No commits."));
        for (const QString &type : ReleaseNotes::groupOrder()) {
            QString items;
            for (const NoteCommit &c : repo.commits) {
                if (c.type != type)
                    continue;
                QString line;
                if (c.breaking)
                    line += QStringLiteral("<b>%1</b> ").arg(tr("Breaking:"));
                if (!c.scope.isEmpty())
                    line += QStringLiteral("<b>%1:</b> ").arg(html(c.scope));
                line += html(c.subject);
                if (!c.prs.isEmpty() && !prShown(c))
                    line += QStringLiteral(" (%1)").arg(c.prs.join(QStringLiteral(", ")));
                line += QStringLiteral(" <code>%1</code>").arg(c.id.left(7).toHtmlEscaped());
                items += QStringLiteral("<li>%1</li>\n").arg(line);
            }
            if (!items.isEmpty())
                out += hx(level + 2, ReleaseNotes::groupTitle(type).toHtmlEscaped()) + QStringLiteral("<ul>\n%1</ul>\n").arg(items);
        }
        if (repo.truncated)
            out += QStringLiteral("<p>%1</p>\n").arg(tr("Only the newest %n commits are listed.", nullptr, int(repo.commits.size())));
    }
    if (!notes.images.isEmpty()) {
        out += hx(level + 1, tr("Images")) + QStringLiteral("<ul>\n");
        for (const ImageChange &i : notes.images)
            out += QStringLiteral("<li>%1: <code>%2</code> → <code>%3</code></li>\n")
                       .arg(html(i.image), i.from.isEmpty() ? tr("none") : html(i.from.left(19)),
                            i.to.isEmpty() ? tr("none") : html(i.to.left(19)));
        out += QStringLiteral("</ul>\n");
    }
    for (const ChartChanges &c : notes.charts) {
        out += hx(level + 1, html(tr("Chart %1: %2 → %3").arg(c.chart, c.from, c.to)));
        if (!c.problem.isEmpty()) {
            out += QStringLiteral("<p>%1</p>\n").arg(html(c.problem));
            continue;
        }
        if (c.values.isEmpty() && c.dependencies.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(tr("No values key or dependency changes."));
        QString items;
        for (const ValuesChange &v : c.values)
            items += QStringLiteral("<li>%1 <code>%2</code>%3</li>\n")
                         .arg(ValuesChange::kindName(v.kind), html(v.key),
                              v.kind == ValuesChange::Kind::Changed ? QStringLiteral(": %1 → %2").arg(html(v.from), html(v.to))
                                                                    : QString());
        for (const DependencyChange &d : c.dependencies)
            items += QStringLiteral("<li>%1 %2 → %3</li>\n")
                         .arg(html(tr("dependency %1").arg(d.name)), d.from.isEmpty() ? tr("none") : html(d.from),
                              d.to.isEmpty() ? tr("none") : html(d.to));
        if (!items.isEmpty())
            out += QStringLiteral("<ul>\n%1</ul>\n").arg(items);
    }
    for (const QString &p : notes.problems)
        out += QStringLiteral("<p class=\"problem\">%1</p>\n").arg(html(p));
    return out;
}

QString ReviewText::periodLine(const Review &review)
{
    // The agenda and the verdicts are of the moment the review is made, not
    // of the week under review: said, for a review of a past week.
    const QString weeks = tr("Weeks %1 to %2 (%3 to %4)")
                              .arg(ReviewPeriod::weekName(review.period.first), ReviewPeriod::weekName(review.period.underReview()),
                                   review.period.first.toString(Qt::ISODate),
                                   review.period.end().addDays(-1).date().toString(Qt::ISODate));
    auto moment = [](const QDateTime &at) { return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); };
    const QString now = moment(review.now);
    const bool earlierFigures = review.period.asOf.isValid() && review.period.asOf < review.now;
    const bool earlierSupport = review.supportAt.isValid() && review.supportAt < review.now;
    if (!earlierFigures && !earlierSupport)
        return tr("%1; the agenda, verdicts and support as of %2.").arg(weeks, now);
    QString line = weeks;
    if (earlierFigures)
        line += tr("; the figures as of %1, nothing after it counted").arg(moment(review.period.asOf));
    line += tr("; the customers' support as of %1").arg(moment(earlierSupport ? review.supportAt : review.now));
    if (earlierSupport && review.supportAt < review.period.asOf)
        line += tr(" (the end of the period)");
    return line + tr("; the agenda and verdicts as the workspace stands at %1.").arg(now);
}

QString ReviewText::reviewMarkdown(const Review &review)
{
    QString out = QStringLiteral("# %1\n\n").arg(mdText(heading(review)));
    out += periodLine(review) + QStringLiteral("\n\n");
    out += QStringLiteral("## %1\n\n").arg(tr("Agenda"));
    for (const QString &line : agendaLines(review))
        out += QStringLiteral("- %1\n").arg(mdText(line));
    out += QLatin1Char('\n');
    for (const Table &t : tables(review))
        out += mdTable(t);
    out += QStringLiteral("## %1\n\n").arg(tr("Notes of the week's releases"));
    if (review.notes.isEmpty())
        out += tr("No Enterprise release was published in the week under review.") + QStringLiteral("\n\n");
    for (const ReleaseNotes &n : review.notes)
        out += notesMarkdown(n, 3);
    for (const QString &p : review.figures.problems)
        out += QStringLiteral("> %1\n\n").arg(mdText(p));
    return out;
}

QString ReviewText::reviewHtml(const Review &review, const QList<ChartImage> &charts, const QString &imageNames, int columns,
                               int width)
{
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(html(heading(review)));
    body += QStringLiteral("<p>%1</p>\n").arg(periodLine(review).toHtmlEscaped());
    body += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(tr("Agenda"));
    for (const QString &line : agendaLines(review))
        body += QStringLiteral("<li>%1</li>\n").arg(html(line));
    body += QStringLiteral("</ul>\n");
    if (!charts.isEmpty()) {
        body += QStringLiteral("<h2>%1</h2>\n<table class=\"charts\">\n").arg(tr("Charts"));
        columns = std::max(1, columns);
        for (qsizetype i = 0; i < charts.size(); ++i) {
            const ChartImage &c = charts.at(i);
            const QString src = imageNames.isEmpty() ? QStringLiteral("data:image/png;base64,") + QString::fromLatin1(c.second.toBase64())
                                                     : imageNames + QString::number(i);
            if (i % columns == 0)
                body += QStringLiteral("<tr>");
            body += QStringLiteral("<td><img alt=\"%1\" src=\"%2\" width=\"%3\"></td>").arg(c.first.toHtmlEscaped(), src).arg(width);
            if (i % columns == columns - 1 || i == charts.size() - 1)
                body += QStringLiteral("</tr>\n");
        }
        body += QStringLiteral("</table>\n");
    }
    for (const Table &t : tables(review))
        body += htmlTable(t);
    body += QStringLiteral("<h2>%1</h2>\n").arg(tr("Notes of the week's releases"));
    if (review.notes.isEmpty())
        body += QStringLiteral("<p>%1</p>\n").arg(tr("No Enterprise release was published in the week under review."));
    for (const ReleaseNotes &n : review.notes)
        body += notesHtml(n, 3);
    for (const QString &p : review.figures.problems)
        body += QStringLiteral("<p class=\"problem\">%1</p>\n").arg(html(p));
    return page(heading(review), body);
}

QString ReviewText::page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>\n"
                          "body{font-family:sans-serif;margin:2em;color:#222}\n"
                          "table{border-collapse:collapse;margin:0.5em 0}\n"
                          "th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;font-size:90%}\n"
                          "th{background:#eee}\n"
                          "table.charts td{border:none;padding:4px 8px 4px 0}\n"
                          "figure{display:inline-block;margin:0.5em}\n"
                          ".problem{color:#a00}\n"
                          "</style></head>\n<body>\n%2</body></html>\n")
        .arg(html(title), body);
}

} // namespace ReleaseDeck
