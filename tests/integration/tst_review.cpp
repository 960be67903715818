// The weekly review on the demo workspace: its figures against git and the
// release manifest (PyYAML), the report in its three forms read back with
// pdftotext and pdftoppm, the what-if against the OSS tags (release notes:
// tst_review_notes.cpp).
#include "reviewdemo.h"
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
using ReviewTest::Demo;

namespace {

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

QString report(const Demo &demo, const QString &name, const QStringList &more = {})
{
    const QString out = demo.tmp.path() + QLatin1Char('/') + name;
    const ProcessResult r = releasedeck(QStringList{QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("-o"), out,
                                                    QStringLiteral("--no-registry")}
                                        + more);
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
    auto patchFailures = [](const QString &text) {
        QStringList shown;
        for (const QStringList &row : mdTable(text, QStringLiteral("Change failure and time to restore"))) {
            if (row.value(2) == QLatin1String("OSS (patch)"))
                shown.append(row[0] + QLatin1Char('>') + row[1]);
        }
        return shown;
    };
    CHECK(patchFailures(md) == failed);
    // As of a moment between a failed release and its patch: the patch has
    // not happened, the failure is not counted, and nothing after is.
    const QString last = failed.last();
    const qint64 between = (ossTags.value(last.section(QLatin1Char('>'), 0, 0)) + ossTags.value(last.section(QLatin1Char('>'), 1))) / 2;
    const QString at = QDateTime::fromSecsSinceEpoch(between, Qt::UTC).toString(Qt::ISODate);
    const QString earlier = QString::fromUtf8(readAll(report(demo, QStringLiteral("at.md"), {QStringLiteral("--at"), at})));
    CHECK(earlier.contains(QStringLiteral("the figures as of %1").arg(QDateTime::fromSecsSinceEpoch(between, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))));
    CHECK_FALSE(patchFailures(earlier).contains(last));
    for (const QString &f : failed.mid(0, failed.size() - 1)) {
        if (ossTags.value(f.section(QLatin1Char('>'), 1)) <= between)
            CHECK(patchFailures(earlier).contains(f));
    }
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
        {{QStringLiteral("report"), QStringLiteral("-w"), demo.file, QStringLiteral("--week"), QStringLiteral("8999-W01"), QStringLiteral("-o"), out},
         2, "--week 8999-W01 has not begun yet"},
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

