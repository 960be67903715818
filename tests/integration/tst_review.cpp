// The weekly review on the demo workspace: its figures against git and the
// release manifest (PyYAML), the report in its three forms read back with
// pdftotext and pdftoppm, release notes against git log, the what-if
// against the OSS tags.
#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVersionNumber>

#include <algorithm>
#include <cmath>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

struct Demo
{
    QTemporaryDir tmp;
    QString dir, file;
    QDate first, end; // the 12 weeks ending this week: [first, end)

    Demo()
    {
        dir = tmp.path() + QLatin1String("/demo");
        const ProcessResult init = releasedeck({QStringLiteral("demo"), QStringLiteral("init"), dir});
        REQUIRE(init.exitCode == 0);
        file = dir + QLatin1String("/releasedeck.yaml");
        const QDate today = QDateTime::currentDateTimeUtc().date();
        end = today.addDays(8 - today.dayOfWeek());
        first = end.addDays(-7 * 12);
    }
    QString repo(const char *name) const { return dir + QLatin1String("/repos/") + QLatin1String(name) + QLatin1String(".git"); }
    int weekOf(qint64 secs) const
    {
        const qint64 d = first.daysTo(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date());
        return d >= 0 && d < 84 ? int(d / 7) : -1;
    }
};

// Tag name → its date as git says (tagger date, else the commit's).
QMap<QString, qint64> tagDates(const QString &repo)
{
    QMap<QString, qint64> out;
    for (const QString &line : git(repo, {QStringLiteral("for-each-ref"), QStringLiteral("refs/tags"),
                                          QStringLiteral("--format=%(refname:strip=2) %(creatordate:unix)")})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out.insert(line.section(QLatin1Char(' '), 0, 0), line.section(QLatin1Char(' '), 1, 1).toLongLong());
    return out;
}

// The rows of a Markdown table under `## title`: its cells.
QList<QStringList> mdTable(const QString &text, const QString &title)
{
    QList<QStringList> rows;
    const qsizetype at = text.indexOf(QStringLiteral("## ") + title + QLatin1Char('\n'));
    REQUIRE(at >= 0);
    const QStringList lines = text.mid(at).split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].startsWith(QLatin1String("## ")))
            break;
        if (!lines[i].startsWith(QLatin1String("| ")) || lines[i].startsWith(QLatin1String("| ---")))
            continue;
        QStringList cells = lines[i].mid(2, lines[i].size() - 4).split(QStringLiteral(" | "));
        rows.append(cells);
    }
    return rows.mid(1); // without the header
}

double nearestRank(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::max<qsizetype>(0, qsizetype(std::ceil(p * v.size())) - 1));
}

bool isVersion(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    return re.match(s).hasMatch();
}

QString report(const Demo &demo, const QString &name)
{
    const QString out = demo.tmp.path() + QLatin1Char('/') + name;
    const ProcessResult r = releasedeck({QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("-o"), out,
                                         QStringLiteral("--no-registry")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("The review's cadence, re-stages, lead time and failures are what git and the manifest say", "[review]")
{
    Demo demo;
    const QString md = QString::fromUtf8(readAll(report(demo, QStringLiteral("review.md"))));
    // The week under review, as GNU date names it.
    const QString week = run(QStringLiteral("date"), {QStringLiteral("-u"), QStringLiteral("+%G-W%V")}).out.trimmed();
    CHECK(md.startsWith(QStringLiteral("# Release review %1").arg(week)));

    // Cadence: OSS tags and the Enterprise chart tags (the earliest per version) per week.
    QList<int> oss(12, 0), enterprise(12, 0), restages(12, 0);
    const QMap<QString, qint64> ossTags = tagDates(demo.repo("oss"));
    for (auto it = ossTags.cbegin(); it != ossTags.cend(); ++it) {
        if (isVersion(it.key()) && demo.weekOf(it.value()) >= 0)
            ++oss[demo.weekOf(it.value())];
    }
    QMap<QString, qint64> published;
    const QMap<QString, qint64> chartTags = tagDates(demo.repo("charts"));
    for (auto it = chartTags.cbegin(); it != chartTags.cend(); ++it) {
        const QString version = it.key().section(QLatin1Char('/'), -1);
        if (!published.contains(version) || it.value() < published.value(version))
            published.insert(version, it.value());
    }
    for (qint64 at : published)
        if (demo.weekOf(at) >= 0)
            ++enterprise[demo.weekOf(at)];
    // Re-stages from the manifest's audit trail, read with PyYAML.
    const QJsonValue manifest = readWithPyYaml(git(demo.repo("charts"), {QStringLiteral("show"), QStringLiteral("main:releases.yaml")}).toUtf8(), false);
    for (const QJsonValue &r : manifest.toObject().value(QLatin1String("releases")).toArray()) {
        for (const QJsonValue &a : r.toObject().value(QLatin1String("audit")).toArray()) {
            if (a.toObject().value(QLatin1String("action")).toString() != QLatin1String("restage"))
                continue;
            const QDateTime at = QDateTime::fromString(a.toObject().value(QLatin1String("at")).toString(), Qt::ISODate);
            if (demo.weekOf(at.toSecsSinceEpoch()) >= 0)
                ++restages[demo.weekOf(at.toSecsSinceEpoch())];
        }
    }
    const QList<QStringList> cadence = mdTable(md, QStringLiteral("Cadence"));
    REQUIRE(cadence.size() == 12);
    int restaged = 0;
    for (int w = 0; w < 12; ++w) {
        INFO(cadence[w].join(QLatin1Char('|')).toStdString());
        CHECK(cadence[w][0] == run(QStringLiteral("date"), {QStringLiteral("-u"), QStringLiteral("-d"),
                                                            demo.first.addDays(7 * w).toString(Qt::ISODate), QStringLiteral("+%G-W%V")})
                                   .out.trimmed());
        CHECK(cadence[w][1].toInt() == oss[w]);
        CHECK(cadence[w][3].toInt() == enterprise[w]);
        CHECK(cadence[w][6].toInt() == restages[w]);
        restaged += restages[w];
    }
    CHECK(restaged >= 1); // the demo re-stages 0.70.0 to 0.70.1

    // Lead time to OSS over the period: each commit first released in an OSS
    // release of the period (git rev-list TAG --not every lower release),
    // from its committer date to the tag's date.
    QStringList versions;
    for (auto it = ossTags.cbegin(); it != ossTags.cend(); ++it) {
        if (isVersion(it.key()))
            versions.append(it.key());
    }
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
    });
    // To Enterprise: to the first openhands chart tag (no fix) at or above
    // the release, so a superseded release's changes count with the one
    // that replaced it.
    QList<std::pair<QVersionNumber, qint64>> charts;
    for (auto it = chartTags.cbegin(); it != chartTags.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("openhands/")) && isVersion(it.key().mid(10)))
            charts.append({QVersionNumber::fromString(it.key().mid(10)), it.value()});
    }
    std::sort(charts.begin(), charts.end());
    QList<double> lead, leadEnterprise;
    for (int i = 0; i < versions.size(); ++i) {
        QStringList args{QStringLiteral("log"), QStringLiteral("--format=%ct"), versions[i]};
        if (i > 0)
            args << QStringLiteral("--not") << versions.mid(0, i);
        const QStringList commits = git(demo.repo("oss"), args).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto reach = std::find_if(charts.cbegin(), charts.cend(),
                                        [&](const auto &c) { return c.first >= QVersionNumber::fromString(versions[i]); });
        for (const QString &ct : commits) {
            if (demo.weekOf(ossTags.value(versions[i])) >= 0)
                lead.append(std::max<qint64>(0, ossTags.value(versions[i]) - ct.toLongLong()) / 86400.0);
            if (reach != charts.cend() && demo.weekOf(reach->second) >= 0)
                leadEnterprise.append(std::max<qint64>(0, reach->second - ct.toLongLong()) / 86400.0);
        }
    }
    REQUIRE(!lead.isEmpty());
    REQUIRE(!leadEnterprise.isEmpty());
    const QList<QStringList> leadRows = mdTable(md, QStringLiteral("Lead time for changes (days, median / 90th percentile)"));
    REQUIRE(leadRows.size() == 13);
    CHECK(leadRows.last()[0] == QLatin1String("Period"));
    CHECK(leadRows.last()[1] == QStringLiteral("%1 / %2").arg(QString::number(nearestRank(lead, 0.5), 'f', 1),
                                                               QString::number(nearestRank(lead, 0.9), 'f', 1)));
    CHECK(leadRows.last()[4].toInt() == lead.size());
    CHECK(leadRows.last()[3] == QStringLiteral("%1 / %2").arg(QString::number(nearestRank(leadEnterprise, 0.5), 'f', 1),
                                                               QString::number(nearestRank(leadEnterprise, 0.9), 'f', 1)));

    // Failures: a release whose next patch came within the 7-day stagger.
    QStringList failed;
    for (const QString &v : versions) {
        const QVersionNumber n = QVersionNumber::fromString(v);
        const QString patch = QStringLiteral("%1.%2.%3").arg(n.majorVersion()).arg(n.minorVersion()).arg(n.microVersion() + 1);
        if (demo.weekOf(ossTags.value(v)) >= 0 && ossTags.contains(patch)
            && ossTags.value(patch) - ossTags.value(v) <= 7 * 86400)
            failed.append(v + QLatin1Char('>') + patch);
    }
    REQUIRE(!failed.isEmpty());
    QStringList shown;
    for (const QStringList &row : mdTable(md, QStringLiteral("Change failure and time to restore"))) {
        if (row.value(2) == QLatin1String("OSS (patch)"))
            shown.append(row[0] + QLatin1Char('>') + row[1]);
    }
    CHECK(shown == failed);
}

TEST_CASE("The report as PDF reads back with pdftotext and pdftoppm, and as HTML needs nothing outside itself", "[review]")
{
    Demo demo;
    const QString pdf = report(demo, QStringLiteral("review.pdf"));
    const ProcessResult text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString week = run(QStringLiteral("date"), {QStringLiteral("-u"), QStringLiteral("+%G-W%V")}).out.trimmed();
    CHECK(text.out.contains(QStringLiteral("Release review %1").arg(week).toUtf8()));
    // The cadence row of the week under review holds the OSS tags git has for it.
    int ossThisWeek = 0;
    const QMap<QString, qint64> ossTags = tagDates(demo.repo("oss"));
    for (auto it = ossTags.cbegin(); it != ossTags.cend(); ++it)
        ossThisWeek += isVersion(it.key()) && demo.weekOf(it.value()) == 11;
    const QRegularExpression row(QStringLiteral("^\\s*%1\\s+(\\d+)\\s+").arg(week), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = row.match(QString::fromUtf8(text.out));
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toInt() == ossThisWeek);
    for (const char *section : {"Agenda", "Cadence", "Stagger and slip", "Customers", "Releases of the period"})
        CHECK(text.out.contains(section));
    // The charts are drawn, two to a row: the first of them share the first
    // page with the agenda, the rest fill the second.
    const QString prefix = demo.tmp.path() + QLatin1String("/page");
    REQUIRE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                                             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), pdf, prefix})
                .exitCode
            == 0);
    const QStringList pages = QDir(demo.tmp.path()).entryList({QStringLiteral("page*.png")});
    REQUIRE(pages.size() == 2);
    for (const QString &name : pages) {
        const QImage page(demo.tmp.path() + QLatin1Char('/') + name);
        REQUIRE(!page.isNull());
        int coloured = 0;
        for (int y = 0; y < page.height(); y += 2) {
            for (int x = 0; x < page.width(); x += 2) {
                const QColor c = page.pixelColor(x, y);
                coloured += std::abs(c.red() - c.blue()) > 40 || std::abs(c.green() - c.blue()) > 40;
            }
        }
        INFO(name.toStdString());
        CHECK(coloured > 200); // bars in the trains' colours
    }

    const QString html = QString::fromUtf8(readAll(report(demo, QStringLiteral("review.html"))));
    CHECK(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    CHECK(html.count(QLatin1String("<img ")) == 6);
    CHECK(html.count(QLatin1String("src=\"data:image/png;base64,")) == 6);
    for (const char *external : {"http://", "https://", "<link", "<script", "url(", "@import", "src=\"/", "src=\"file:"})
        CHECK_FALSE(html.contains(QLatin1String(external)));
    const QString mdFile = report(demo, QStringLiteral("review.md"));
    CHECK(readAll(mdFile).startsWith("# Release review"));
}

namespace {

// The short commit ids a notes text lists, `abc1234` each.
QStringList commitIds(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("`([0-9a-f]{7})`"));
    QStringList out;
    for (auto it = id.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

} // namespace

TEST_CASE("Release notes list the commits git log lists, grouped by type with their pull requests", "[review]")
{
    Demo demo;
    const ProcessResult notes = releasedeck({QStringLiteral("notes"), QStringLiteral("0.74.0"), QStringLiteral("-w"), demo.file});
    INFO(notes.err.toStdString());
    REQUIRE(notes.exitCode == 0);
    const QString text = QString::fromUtf8(notes.out);
    CHECK(text.startsWith(QLatin1String("# Release notes 0.74.0 (since 0.73.0)")));
    const QStringList expected = git(demo.repo("oss"), {QStringLiteral("log"), QStringLiteral("--format=%h %s"),
                                                        QStringLiteral("--abbrev=7"), QStringLiteral("0.73.0..0.74.0")})
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(expected.size() >= 5);
    const QString oss = text.section(QStringLiteral("## oss: 0.73.0..0.74.0"), 1).section(QStringLiteral("\n## "), 0, 0);
    QStringList listed = commitIds(oss);
    QStringList ids;
    for (const QString &e : expected) {
        ids.append(e.left(7));
        // Each pull request's number is there, and a feat commit sits under Features.
        const QRegularExpressionMatch pr = QRegularExpression(QStringLiteral("\\(#(\\d+)\\)")).match(e);
        if (pr.hasMatch())
            CHECK(oss.contains(QLatin1Char('#') + pr.captured(1)));
    }
    listed.sort();
    ids.sort();
    CHECK(listed == ids);
    const QString features = oss.section(QStringLiteral("### Features"), 1).section(QStringLiteral("\n### "), 0, 0);
    for (const QString &e : expected) {
        if (e.mid(8).startsWith(QLatin1String("feat")))
            CHECK(features.contains(e.left(7)));
    }
    // Chart values that changed, as git diff of the two chart tags shows them.
    const QString diff = git(demo.repo("charts"), {QStringLiteral("diff"), QStringLiteral("openhands/0.73.0"),
                                                   QStringLiteral("openhands/0.74.0"), QStringLiteral("--"), QStringLiteral("*values.yaml")});
    CHECK(diff.contains(QLatin1String("tag: 0.74.0")));
    CHECK(text.contains(QStringLiteral("changed `image.tag`: 0.73.0 → 0.74.0")));

    const ProcessResult html = releasedeck({QStringLiteral("notes"), QStringLiteral("0.74.0"), QStringLiteral("-w"), demo.file,
                                            QStringLiteral("--format"), QStringLiteral("html")});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.startsWith("<!DOCTYPE html>"));
    CHECK_FALSE(html.out.contains("http"));
    // Between two releases: every commit git has between them.
    const ProcessResult span = releasedeck({QStringLiteral("notes"), QStringLiteral("0.74.0"), QStringLiteral("--from"),
                                            QStringLiteral("0.72.0"), QStringLiteral("-w"), demo.file});
    REQUIRE(span.exitCode == 0);
    CHECK(commitIds(QString::fromUtf8(span.out)).size() >= git(demo.repo("oss"), {QStringLiteral("rev-list"), QStringLiteral("--count"),
                                                                          QStringLiteral("0.72.0..0.74.0")})
                                                   .toInt());
}

TEST_CASE("notes, report and whatif refuse bad input in one line naming it", "[review][badinput]")
{
    Demo demo;
    struct Case
    {
        QStringList args;
        int code;
        const char *says;
    };
    const QString out = demo.tmp.path() + QLatin1String("/r.pdf");
    const QList<Case> cases{
        {{QStringLiteral("notes"), QStringLiteral("9.9.9"), QStringLiteral("-w"), demo.file}, 1, "9.9.9 is no release of the workspace"},
        {{QStringLiteral("notes"), QStringLiteral("latest"), QStringLiteral("-w"), demo.file}, 2, "'latest' is not a release version"},
        {{QStringLiteral("notes"), QStringLiteral("0.74.0"), QStringLiteral("--from"), QStringLiteral("0.75.0"), QStringLiteral("-w"), demo.file},
         2, "--from 0.75.0 is not before 0.74.0"},
        {{QStringLiteral("notes"), QStringLiteral("0.74.0"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-w"), demo.file},
         2, "--format must be md or html"},
        {{QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("--week"), QStringLiteral("2026-W60"), QStringLiteral("-o"), out},
         2, "2026 has no week 60"},
        {{QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("--week"), QStringLiteral("48"), QStringLiteral("-o"), out},
         2, "is not an ISO week such as 2026-W48"},
        {{QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("-o"), demo.tmp.path() + QLatin1String("/r.txt")},
         2, "must end in .pdf, .html or .md"},
        {{QStringLiteral("report"), QStringLiteral("-w"), demo.file}, 2, "-o FILE.pdf|.html|.md is required"},
        {{QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("--no-registry"), QStringLiteral("-o"),
          demo.tmp.path() + QLatin1String("/no/such/folder/r.md")},
         1, "no/such/folder/r.md"},
        {{QStringLiteral("whatif"), QStringLiteral("-w"), demo.file, QStringLiteral("--weeks"), QStringLiteral("0")}, 2, "--weeks must be a whole number from 1 to 520"},
        {{QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("--weeks"), QStringLiteral("53"), QStringLiteral("-o"), out},
         2, "--weeks must be a whole number from 1 to 52"},
        {{QStringLiteral("whatif"), QStringLiteral("-w"), demo.file, QStringLiteral("--weeks"), QStringLiteral("x")}, 2, "not 'x'"},
        {{QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("--at"), QStringLiteral("2026-02-30"), QStringLiteral("-o"), out},
         2, "--at '2026-02-30' is not a date"},
        {{QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("--week"), QStringLiteral("2026-W46"), QStringLiteral("--at"),
          QStringLiteral("2026-11-01"), QStringLiteral("-o"), out},
         2, "--week 2026-W46 begins after --at 2026-11-01T00:00:00Z"},
    };
    for (const Case &c : cases) {
        const ProcessResult r = releasedeck(c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << " → " << r.err.toStdString());
        CHECK(r.exitCode == c.code);
        CHECK(r.err.contains(c.says));
        CHECK(r.err.trimmed().count('\n') == 0);
    }
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("whatif replays the OSS tags: every release under no stagger, a week later under option 1, monthly under option 3",
          "[review]")
{
    Demo demo;
    const ProcessResult r = releasedeck({QStringLiteral("whatif"), QStringLiteral("-w"), demo.file, QStringLiteral("--weeks"),
                                         QStringLiteral("26"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QDate from = QDate::fromString(root.value(QLatin1String("from")).toString(), Qt::ISODate);
    REQUIRE(from.isValid());
    const qint64 start = QDateTime(from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int inWindow = 0, before = 0;
    const QMap<QString, qint64> ossTags = tagDates(demo.repo("oss"));
    for (auto it = ossTags.cbegin(); it != ossTags.cend(); ++it) {
        if (!isVersion(it.key()))
            continue;
        inWindow += it.value() >= start && it.value() <= now;
        before += it.value() < start;
    }
    CHECK(root.value(QLatin1String("ossReleases")).toInt() == inWindow);
    const QJsonArray options = root.value(QLatin1String("options")).toArray();
    REQUIRE(options.size() == 3);
    // The starting point (the newest release before the replay) is no release it made.
    const int seed = before > 0 ? 1 : 0;
    CHECK(options[1].toObject().value(QLatin1String("enterpriseReleases")).toInt() == inWindow);
    CHECK(options[1].toObject().value(QLatin1String("publishes")).toArray().size() == inWindow + seed);
    for (const QJsonValue &p : options[0].toObject().value(QLatin1String("publishes")).toArray()) {
        const QString version = p.toObject().value(QLatin1String("version")).toString();
        const qint64 at = QDateTime::fromString(p.toObject().value(QLatin1String("at")).toString(), Qt::ISODate).toSecsSinceEpoch();
        if (at != start)
            CHECK(at == ossTags.value(version) + 7 * 86400);
    }
    for (const QJsonValue &p : options[2].toObject().value(QLatin1String("publishes")).toArray()) {
        const QDateTime at = QDateTime::fromString(p.toObject().value(QLatin1String("at")).toString(), Qt::ISODate);
        if (at.toSecsSinceEpoch() != start)
            CHECK(at.date().day() == 1);
    }
    // The workspace's policy keeps the newest line and two more.
    for (const QJsonValue &o : options) {
        for (const QJsonValue &s : o.toObject().value(QLatin1String("samples")).toArray()) {
            CHECK(s.toObject().value(QLatin1String("supportedLines")).toInt() <= 3);
            CHECK(s.toObject().value(QLatin1String("backports")).toInt()
                  == std::max(0, s.toObject().value(QLatin1String("supportedLines")).toInt() - 1));
        }
    }
}

TEST_CASE("report writes only regular files, whole or not at all, and escapes what others wrote in its Markdown",
          "[review][badinput]")
{
    Demo demo;
    // A FIFO and a folder of the name: refused, left as they were.
    const QString fifo = demo.tmp.path() + QLatin1String("/pipe.md");
    REQUIRE(run(QStringLiteral("mkfifo"), {fifo}).exitCode == 0);
    const QString folder = demo.tmp.path() + QLatin1String("/folder.html");
    QDir().mkpath(folder);
    for (const QString &target : {fifo, folder}) {
        const ProcessResult r = releasedeck({QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("--no-registry"),
                                             QStringLiteral("-o"), target});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("is not a regular file"));
    }
    CHECK(run(QStringLiteral("test"), {QStringLiteral("-p"), fifo}).exitCode == 0);
    CHECK(QFileInfo(folder).isDir());
    // A file size limit cuts the write short: an error naming the file, not
    // the limit's signal, and the old report stays, in every form.
    for (const QString name : {QStringLiteral("kept.md"), QStringLiteral("kept.pdf"), QStringLiteral("kept.html")}) {
        const QString kept = demo.tmp.path() + QLatin1Char('/') + name;
        writeFile(kept, "the old report\n");
        const ProcessResult limited = run(QStringLiteral("bash"),
                                          {QStringLiteral("-c"), QStringLiteral("ulimit -f 4; exec \"$0\" \"$@\""),
                                           QStringLiteral(RELEASEDECK_BINARY), QStringLiteral("report"), QStringLiteral("-w"), demo.file,
                                           QStringLiteral("--no-registry"), QStringLiteral("-o"), kept});
        INFO(name.toStdString() << ": " << limited.err.toStdString());
        CHECK(limited.exitCode == 1);
        CHECK(limited.err.contains(name.toUtf8()));
        CHECK(limited.err.contains("could not be written in full"));
        CHECK(readAll(kept) == "the old report\n");
    }

    // A note in the manifest's trail with Markdown and HTML in it: shown as text.
    const QString charts = demo.repo("charts");
    const QString work = demo.tmp.path() + QLatin1String("/work");
    git(demo.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), charts, work});
    QByteArray manifest = readAll(work + QLatin1String("/releases.yaml"));
    REQUIRE(manifest.contains("note: \"validated on SaaS for a week\""));
    manifest.replace("note: \"validated on SaaS for a week\"", "note: \"<script>alert(1)</script> [x](javascript:alert(2)) | y &lt;b&gt;\"");
    writeFile(work + QLatin1String("/releases.yaml"), manifest);
    git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Mallory"), QStringLiteral("-c"), QStringLiteral("user.email=m@example.com"),
               QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("notes")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    const QString md = QString::fromUtf8(readAll(report(demo, QStringLiteral("hostile.md"))));
    CHECK(md.contains(QLatin1String("\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(2)) \\| y \\&lt;b\\&gt;")));
    CHECK_FALSE(md.contains(QLatin1String("<script>")));
    CHECK_FALSE(md.contains(QLatin1String("[x](javascript")));
    // Each row of the stagger table still has its eight cells.
    for (const QStringList &row : mdTable(md, QStringLiteral("Stagger and slip")))
        CHECK(row.size() == 8);
    const QString html = QString::fromUtf8(readAll(report(demo, QStringLiteral("hostile.html"))));
    CHECK_FALSE(html.contains(QLatin1String("<script>")));
    CHECK(html.contains(QLatin1String("&lt;script&gt;alert(1)")));
}

TEST_CASE("An approval by the one who staged it is on the agenda as a blocker, as publish refuses it", "[review]")
{
    Demo demo;
    const QString work = demo.tmp.path() + QLatin1String("/work");
    git(demo.tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), demo.repo("charts"), work});
    QByteArray manifest = readAll(work + QLatin1String("/releases.yaml"));
    REQUIRE(manifest.count("state: staged") == 1);
    manifest.replace("state: staged", "state: approved");
    const QByteArray at = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate).toUtf8();
    manifest += "    - at: \"" + at + "\"\n      by: \"Riley Release <riley@example.com>\"\n      action: approve\n      note: \"looks fine\"\n";
    writeFile(work + QLatin1String("/releases.yaml"), manifest);
    git(work, {QStringLiteral("-c"), QStringLiteral("user.name=Riley Release"), QStringLiteral("-c"), QStringLiteral("user.email=riley@example.com"),
               QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Approve")});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    const ProcessResult status = releasedeck({QStringLiteral("status"), QStringLiteral("-w"), demo.file, QStringLiteral("--json"),
                                              QStringLiteral("--no-registry")});
    REQUIRE(status.exitCode == 0);
    const QJsonObject pending = QJsonDocument::fromJson(status.out).object().value(QLatin1String("pending")).toObject();
    CHECK(pending.value(QLatin1String("state")).toString() == QLatin1String("approved"));
    const QStringList blockers = pending.value(QLatin1String("blockers")).toVariant().toStringList();
    INFO(blockers.join(QLatin1Char('\n')).toStdString());
    CHECK(blockers.filter(QStringLiteral("approval: ")).size() == 1);
    // publish says the same.
    const ProcessResult publish = releasedeck({QStringLiteral("publish"), QStringLiteral("-w"), demo.file, QStringLiteral("--dry-run"),
                                               QStringLiteral("--early"), QStringLiteral("nothing to wait for")});
    CHECK(publish.exitCode != 0);
    const QString md = QString::fromUtf8(readAll(report(demo, QStringLiteral("agenda.md"))));
    CHECK(md.contains(QLatin1String("- Blocked by approval: ")));
}

TEST_CASE("A first release's notes list every commit up to it, and after a release never published the charts compare with the one "
          "published before",
          "[review]")
{
    Demo demo;
    // The oldest OSS tag, as git sorts them: every commit git log lists up to it.
    const QString first = git(demo.repo("oss"), {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("0.*"),
                                                 QStringLiteral("--sort=v:refname")})
                              .section(QLatin1Char('\n'), 0, 0);
    REQUIRE_FALSE(first.isEmpty());
    const ProcessResult notes = releasedeck({QStringLiteral("notes"), first, QStringLiteral("-w"), demo.file});
    INFO(notes.err.toStdString());
    REQUIRE(notes.exitCode == 0);
    const QString text = QString::fromUtf8(notes.out);
    const QString oss = text.section(QStringLiteral("## oss: up to %1 (first release)").arg(first), 1).section(QStringLiteral("\n## "), 0, 0);
    QStringList listed = commitIds(oss);
    QStringList expected = git(demo.repo("oss"), {QStringLiteral("log"), QStringLiteral("--format=%h"), QStringLiteral("--abbrev=7"), first})
                               .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(expected.isEmpty());
    listed.sort();
    expected.sort();
    CHECK(listed == expected);

    // 0.70.0 was superseded before its charts were published: 0.70.1's
    // notes are since the newest chart tag below it, as git sorts them, the
    // release Enterprise customers upgrade from; its commits are git's.
    const QString below = git(demo.repo("charts"), {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("openhands/0.*"),
                                                    QStringLiteral("--sort=-v:refname")})
                              .split(QLatin1Char('\n'))
                              .filter(QRegularExpression(QStringLiteral("^openhands/0\\.(69|70\\.0)")))
                              .value(0);
    CHECK(below == QLatin1String("openhands/0.69.0"));
    const ProcessResult patch = releasedeck({QStringLiteral("notes"), QStringLiteral("0.70.1"), QStringLiteral("-w"), demo.file});
    REQUIRE(patch.exitCode == 0);
    const QString patchText = QString::fromUtf8(patch.out);
    CHECK(patchText.startsWith(QStringLiteral("# Release notes 0.70.1 (since 0.69.0)")));
    CHECK(patchText.contains(QStringLiteral("0.70.0 was not published for Enterprise: these notes are since 0.69.0")));
    CHECK(patchText.contains(QStringLiteral("## Chart openhands: %1 → openhands/0.70.1").arg(below)));
    CHECK_FALSE(patchText.contains(QStringLiteral("no chart tag")));
    QStringList patchIds = commitIds(patchText.section(QStringLiteral("## oss: 0.69.0..0.70.1"), 1).section(QStringLiteral("\n## "), 0, 0));
    QStringList patchExpected = git(demo.repo("oss"), {QStringLiteral("log"), QStringLiteral("--format=%h"), QStringLiteral("--abbrev=7"),
                                                       QStringLiteral("0.69.0..0.70.1")})
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(patchExpected.size() >= 2);
    patchIds.sort();
    patchExpected.sort();
    CHECK(patchIds == patchExpected);
    // The values git shows at the two tags.
    const QString diff = git(demo.repo("charts"), {QStringLiteral("diff"), below, QStringLiteral("openhands/0.70.1"), QStringLiteral("--"),
                                                   QStringLiteral("charts/openhands/values.yaml")});
    CHECK(diff.contains(QLatin1String("-  tag: 0.69.0")));
    CHECK(patchText.contains(QStringLiteral("changed `image.tag`: 0.69.0 → 0.70.1")));

    // A chart-only fix: its commits are those git has between the chart
    // tags; the release after it compares the charts the fix left alone
    // with their X.Y.Z tags.
    const QString fix = git(demo.repo("charts"), {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("openhands/*-fix*")})
                            .section(QLatin1Char('\n'), 0, 0)
                            .section(QLatin1Char('/'), 1);
    REQUIRE_FALSE(fix.isEmpty());
    const QString fixed = fix.section(QStringLiteral("-fix"), 0, 0);
    const ProcessResult fixNotes = releasedeck({QStringLiteral("notes"), fix, QStringLiteral("-w"), demo.file});
    REQUIRE(fixNotes.exitCode == 0);
    const QString fixText = QString::fromUtf8(fixNotes.out);
    QStringList fixIds = commitIds(fixText);
    QStringList fixExpected = git(demo.repo("charts"), {QStringLiteral("log"), QStringLiteral("--format=%h"), QStringLiteral("--abbrev=7"),
                                                        QStringLiteral("openhands/%1..openhands/%2").arg(fixed, fix)})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(fixExpected.isEmpty());
    fixIds.sort();
    fixExpected.sort();
    CHECK(fixIds == fixExpected);
    CHECK_FALSE(fixText.contains(QStringLiteral("no repository has a release tag")));
    const QString next = QStringLiteral("%1.%2.0").arg(fixed.section(QLatin1Char('.'), 0, 0)).arg(fixed.section(QLatin1Char('.'), 1, 1).toInt() + 1);
    const ProcessResult after = releasedeck({QStringLiteral("notes"), next, QStringLiteral("-w"), demo.file});
    REQUIRE(after.exitCode == 0);
    CHECK(QString::fromUtf8(after.out).contains(QStringLiteral("## Chart runtime-api: runtime-api/%1 → runtime-api/%2").arg(fixed, next)));
    CHECK_FALSE(QString::fromUtf8(after.out).contains(QStringLiteral("no chart tag")));
}
