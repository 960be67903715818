// `releasedeck support` on chart tags made with the git CLI at the
// publish dates of docs/support.md, against its worked tables.
#include "testsupport.h"

#include "workspace/customersfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVersionNumber>

#include <algorithm>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

struct Lines
{
    QTemporaryDir tmp;
    QString charts, file;

    explicit Lines(const QByteArray &policy)
    {
        charts = tmp.path() + QLatin1String("/charts");
        QDir().mkpath(charts);
        git(charts, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        for (const auto &[version, at] : {std::pair{"0.70.0", 1791208800LL}, std::pair{"0.71.0", 1791813600LL},
                                          std::pair{"0.72.0", 1792418400LL}, std::pair{"0.72.1", 1792677600LL},
                                          std::pair{"0.73.0", 1793023200LL}, std::pair{"0.71.1", 1793196000LL}}) {
            writeFile(charts + QLatin1String("/app/Chart.yaml"),
                      QStringLiteral("apiVersion: v2\nname: app\nversion: %1\n").arg(QLatin1String(version)).toUtf8());
            git(charts, {QStringLiteral("add"), QStringLiteral("-A")});
            git(charts, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QLatin1String(version)}, gitDateEnv(at));
            git(charts, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("-m"), QLatin1String(version),
                         QStringLiteral("app/") + QLatin1String(version)},
                gitDateEnv(at));
        }
        file = tmp.path() + QLatin1String("/releasedeck.yaml");
        writeFile(file, "repos:\n  - id: charts\n    path: charts\n    releaseTags: []\n"
                        "components:\n  - id: app\n    kind: chart\n    chart: app\n    repo: charts\n"
                        + policy);
    }

    QJsonObject run(const QString &at) const
    {
        const ProcessResult r = releasedeck({QStringLiteral("support"), QStringLiteral("-w"), file, QStringLiteral("--at"), at,
                                             QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out).object();
    }
};

QStringList rows(const QJsonObject &root)
{
    QStringList out;
    for (const QJsonValue &v : root.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        out.append(QStringLiteral("%1 %2 %3 %4%5")
                       .arg(l.value(QLatin1String("line")).toString(), l.value(QLatin1String("status")).toString(),
                            l.value(QLatin1String("since")).toString().left(10),
                            l.value(QLatin1String("until")).toString(QStringLiteral("-")).left(10),
                            l.value(QLatin1String("projected")).toBool() ? QStringLiteral(" projected") : QString()));
    }
    return out;
}

// Four customers, one on each line of the default table on 2026-10-27.
const QByteArray kFourCustomers =
    "customers:\n"
    "  - name: Acme Insurance\n    version: 0.70.0\n    delivery: customer-managed\n    cadence: quarterly\n"
    "    blackouts:\n      - {every: November, reason: open enrolment}\n"
    "  - name: Globex Retail\n    version: 0.72.1\n    delivery: vendor-managed\n    cadence: monthly\n"
    "    windows: [\"Sat 02:00-06:00 UTC\"]\n    blackouts:\n      - {from: \"11-20\", to: \"01-05\", reason: holiday season}\n"
    "  - name: Initech\n    version: 0.73.0\n    cadence: weekly\n    contact: ops@initech.example\n    lts: true\n"
    "  - name: Hooli\n    version: 0.71.0\n    windows: [\"Sun 02:00-06:00 UTC\"]\n    blackouts: [{every: November}]\n";

// The rows of the Markdown table under "## title", cells joined by '|'.
QStringList markdownTable(const QString &text, const QString &title)
{
    QStringList rows;
    const qsizetype at = text.indexOf(QStringLiteral("\n## ") + title + QLatin1Char('\n'));
    if (at < 0)
        return rows;
    const QStringList lines = text.mid(at + 1).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size() && !lines.at(i).startsWith(QLatin1String("## ")); ++i) {
        const QString line = lines.at(i).trimmed();
        if (!line.startsWith(QLatin1Char('|')) || line.startsWith(QLatin1String("| ---")))
            continue;
        QStringList cells = line.mid(1, line.size() - 2).split(QLatin1Char('|'));
        for (QString &c : cells)
            c = c.trimmed();
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows.mid(1); // without the header
}

} // namespace

TEST_CASE("support gives each line's status as docs/support.md's tables do, from the chart tags git dates", "[support][cli]")
{
    // The publish dates are those of the tables, 14:00 UTC each (2026-10-05 …).
    const Lines byDefault("");
    CHECK(rows(byDefault.run(QStringLiteral("2026-10-27T12:00:00Z")))
          == QStringList({QStringLiteral("0.73 full 2026-10-26 2026-11-02 projected"),
                          QStringLiteral("0.72 security 2026-10-26 2026-11-09 projected"),
                          QStringLiteral("0.71 security 2026-10-19 2026-11-02 projected"),
                          QStringLiteral("0.70 unsupported 2026-10-26 -")}));
    CHECK(rows(byDefault.run(QStringLiteral("2026-10-22T00:00:00Z")))
          == QStringList({QStringLiteral("0.72 full 2026-10-19 2026-10-26 projected"),
                          QStringLiteral("0.71 security 2026-10-19 2026-11-02 projected"),
                          QStringLiteral("0.70 security 2026-10-12 2026-10-26 projected")}));
    // Each release with its line's status; the backport published later belongs to 0.71.
    const QJsonObject later = byDefault.run(QStringLiteral("2026-10-29"));
    QStringList releases;
    for (const QJsonValue &v : later.value(QLatin1String("releases")).toArray())
        releases.append(v.toObject().value(QLatin1String("version")).toString() + QLatin1Char(' ')
                        + v.toObject().value(QLatin1String("status")).toString());
    CHECK(releases.contains(QStringLiteral("0.71.1 security")));
    CHECK(releases.contains(QStringLiteral("0.70.0 unsupported")));

    const Lines lts("policy:\n  support:\n    securityLines: 1\n    lts: {everyMonths: 3, months: 12}\n");
    CHECK(rows(lts.run(QStringLiteral("2026-10-27T12:00:00Z")))
          == QStringList({QStringLiteral("0.73 full 2026-10-26 2026-11-02 projected"),
                          QStringLiteral("0.72 security 2026-10-26 2026-11-02 projected"),
                          QStringLiteral("0.71 unsupported 2026-10-26 -"),
                          QStringLiteral("0.70 lts 2026-10-19 2027-10-05")}));
}

TEST_CASE("support refuses a bad --at in one line", "[support][cli][badinput]")
{
    const Lines byDefault("");
    const ProcessResult r = releasedeck({QStringLiteral("support"), QStringLiteral("-w"), byDefault.file, QStringLiteral("--at"),
                                         QStringLiteral("next tuesday")});
    CHECK(r.exitCode == 2);
    CHECK(r.err == "releasedeck: support: --at 'next tuesday' is not a date (2026-12-01) or a date and time (2026-12-01T14:00:00Z)\n");
    // A time that is no time is refused, not read as its date's midnight; a
    // year no date format holds is refused too; so is an empty --customer.
    for (const auto &[args, err] : {std::pair{QStringList{QStringLiteral("--at"), QStringLiteral("2026-10-27T23:59:60Z")},
                                              QByteArray("releasedeck: support: --at '2026-10-27T23:59:60Z' is not a date")},
                                    std::pair{QStringList{QStringLiteral("--at"), QStringLiteral("9999-12-31")},
                                              QByteArray("releasedeck: support: --at '9999-12-31' is outside the years 1970 to 9000\n")},
                                    std::pair{QStringList{QStringLiteral("--customer"), QString()},
                                              QByteArray("releasedeck: support: --customer needs a customer's name\n")}}) {
        const ProcessResult bad = releasedeck(QStringList{QStringLiteral("support"), QStringLiteral("-w"), byDefault.file} + args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.startsWith(err));
        CHECK(bad.err.count('\n') == 1);
    }
}

TEST_CASE("support judges each customer's version by its line", "[support][cli]")
{
    const Lines byDefault("customers: customers.yaml\n");
    writeFile(byDefault.tmp.path() + QLatin1String("/customers.yaml"), kFourCustomers);
    const QJsonObject root = byDefault.run(QStringLiteral("2026-10-27T12:00:00Z"));
    QStringList got;
    for (const QJsonValue &v : root.value(QLatin1String("customers")).toArray()) {
        const QJsonObject c = v.toObject();
        got.append(QStringLiteral("%1 %2 %3").arg(c.value(QLatin1String("name")).toString(), c.value(QLatin1String("version")).toString(),
                                                  c.value(QLatin1String("status")).toString()));
    }
    // The default table at this moment: 0.73 full, 0.72 and 0.71 security, 0.70 unsupported.
    CHECK(got == QStringList({QStringLiteral("Acme Insurance 0.70.0 unsupported"), QStringLiteral("Globex Retail 0.72.1 security"),
                              QStringLiteral("Initech 0.73.0 full"), QStringLiteral("Hooli 0.71.0 security")}));
    // Target, next window and warning, worked out by hand from the calendar:
    // 2026-10-27 is a Tuesday; Globex's next Saturday 02:00 is 10-31, outside
    // 11-20 … 01-05; Hooli's Sundays in November are blacked out, so 12-06,
    // after 0.71's support ends 11-02 (projected).
    QStringList standing;
    for (const QJsonValue &v : root.value(QLatin1String("customers")).toArray()) {
        const QJsonObject c = v.toObject();
        standing.append(QStringLiteral("%1|%2|%3|%4").arg(c.value(QLatin1String("name")).toString(),
                                                          c.value(QLatin1String("target")).toString(QStringLiteral("-")),
                                                          c.value(QLatin1String("nextWindow")).toString(QStringLiteral("-")),
                                                          c.value(QLatin1String("warning")).toString(QStringLiteral("-"))));
    }
    CHECK(standing
          == QStringList({QStringLiteral("Acme Insurance|0.73.0|-|0.70 is unsupported since 2026-10-26"),
                          QStringLiteral("Globex Retail|0.73.0|2026-10-31T02:00:00Z|-"),
                          QStringLiteral("Initech|0.73.0|-|-"),
                          QStringLiteral("Hooli|0.73.0|2026-12-06T02:00:00Z|support for 0.71 ends 2026-11-02 (projected), before the next "
                                         "change window 2026-12-06")}));
    CHECK(root.value(QLatin1String("problems")).toArray().isEmpty());
}

TEST_CASE("A customer on a version never published is warned about, not taken as up to date", "[support][cli]")
{
    const Lines byDefault("customers: customers.yaml\n");
    writeFile(byDefault.tmp.path() + QLatin1String("/customers.yaml"),
              "customers:\n  - name: Typo\n    version: 9.9.9\n  - name: Early\n    version: 0.73.0\n");
    // At 10-25 0.73.0 is not published yet (10-26): Early runs something Enterprise never had.
    const QJsonArray customers = byDefault.run(QStringLiteral("2026-10-25T00:00:00Z")).value(QLatin1String("customers")).toArray();
    REQUIRE(customers.size() == 2);
    CHECK(customers[0].toObject().value(QLatin1String("warning")).toString()
          == QLatin1String("9.9.9 is not a published Enterprise release: check what they run"));
    CHECK(customers[1].toObject().value(QLatin1String("warning")).toString()
          == QLatin1String("0.73.0 is not a published Enterprise release: check what they run"));
    // Once it is, the warning goes.
    CHECK(byDefault.run(QStringLiteral("2026-10-27T00:00:00Z")).value(QLatin1String("customers")).toArray()[1].toObject()
              .value(QLatin1String("warning")).isNull());
}

TEST_CASE("Each kind of bad customers file entry is a located one-line problem", "[support][badinput]")
{
    QTemporaryDir tmp;
    const QByteArray head = "customers:\n  - name: Acme\n";
    const QList<QPair<QByteArray, QString>> cases{
        {head + "    version: zero\n", QStringLiteral(":3:14: customer 'Acme': version 'zero': ")},
        {"customers:\n  - version: 0.1.0\n", QStringLiteral(":2:5: a customer entry has no 'name'")},
        {head + "    version: 0.1.0\n    delivery: by-post\n",
         QStringLiteral(":4:15: customer 'Acme': delivery must be customer-managed, vendor-managed, not 'by-post'")},
        {head + "    version: 0.1.0\n    cadence: hourly\n",
         QStringLiteral(":4:14: customer 'Acme': cadence must be weekly, monthly, quarterly, twice-yearly, not 'hourly'")},
        {head + "    version: 0.1.0\n    windows: [\"Saturday night\"]\n",
         QStringLiteral(":4:14: customer 'Acme': window 'Saturday night' is not like \"Sat 02:00-06:00 UTC\"")},
        {head + "    version: 0.1.0\n    windows: [\"Sat 06:00-02:00 UTC\"]\n",
         QStringLiteral(":4:14: customer 'Acme': window 'Sat 06:00-02:00 UTC' is not like")},
        {head + "    version: 0.1.0\n    blackouts: [{from: 2026-11-30, to: 2026-11-01}]\n",
         QStringLiteral(":4:40: customer 'Acme': a blackout ends 2026-11-01, before it starts 2026-11-30")},
        {head + "    version: 0.1.0\n    blackouts: [{from: 2026-13-01, to: 2026-11-01}]\n",
         QStringLiteral(":4:24: customer 'Acme': a blackout's from and to are dates")},
        {head + "    version: 0.1.0\n    blackouts: [{every: Novembre}]\n",
         QStringLiteral(":4:25: customer 'Acme': every must name a month in English")},
        {head + "    version: 0.1.0\n    lts: maybe\n", QStringLiteral(":4:10: customer 'Acme': lts must be true or false, not 'maybe'")},
        {head + "    version: 0.1.0\n    colour: blue\n", QStringLiteral(":4:5: unknown key 'colour' in a customer")},
        {head + "    version: 0.1.0\n  - name: Acme\n    version: 0.2.0\n", QStringLiteral(":4:11: customer 'Acme' is named twice")},
        {head + "    version: 0.1.0\n  - name: ACME\n    version: 0.2.0\n", QStringLiteral(":4:11: customer 'ACME' is named twice")},
        {head + "    version: 0.1.0\n  - name: \"acme \"\n    version: 0.2.0\n", QStringLiteral(":4:11: customer 'acme ' is named twice")},
        {head + "    version: 0.1.0\n    version: 0.2.0\n", QStringLiteral(":4:5: ")},
        {"- 1\n", QStringLiteral(":1:1: a customers file is a mapping with a 'customers' list")},
    };
    int n = 0;
    for (const auto &[yaml, expected] : cases) {
        const QString file = tmp.path() + QStringLiteral("/c%1.yaml").arg(n++);
        writeFile(file, yaml);
        const CustomersLoad load = CustomersFile::load(file);
        INFO(yaml.toStdString());
        REQUIRE(!load.problems.isEmpty());
        CHECK(load.problems.first().toString().startsWith(file + expected));
        CHECK(!load.problems.first().toString().contains(u'\n'));
        // The entry with the problem is left out; the one before it is judged.
        CHECK(load.customers.size() <= 1);
        for (const Customer &c : load.customers)
            CHECK(c.version.toString() == QLatin1String("0.1.0"));
    }
    // A FIFO is refused at once, not waited on.
    const QString fifo = tmp.path() + QLatin1String("/fifo.yaml");
    REQUIRE(run(QStringLiteral("mkfifo"), {fifo}).exitCode == 0);
    const CustomersLoad fromFifo = CustomersFile::load(fifo);
    REQUIRE(fromFifo.problems.size() == 1);
    CHECK(fromFifo.problems.first().toString().startsWith(fifo + QLatin1String(": ")));
}

namespace {

// X.Y.Z order, by Qt's version numbers.
bool versionLess(const QString &a, const QString &b)
{
    return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
}

// Every leaf of a mapping PyYAML read as "a.b.c" → its value; a list or an
// empty mapping is one value.
void flattenJson(const QJsonValue &v, const QString &prefix, QMap<QString, QJsonValue> *out)
{
    if (!v.isObject() || v.toObject().isEmpty()) {
        out->insert(prefix, v);
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        flattenJson(it.value(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), out);
}

} // namespace

TEST_CASE("A customer's upgrade path lists the releases between, the required stops, and the values changes git and PyYAML see",
          "[support][upgrade]")
{
    QTemporaryDir tmp;
    const ProcessResult init = releasedeck({QStringLiteral("demo"), QStringLiteral("init"), tmp.path() + QLatin1String("/demo")});
    REQUIRE(init.exitCode == 0);
    const QString file = tmp.path() + QLatin1String("/demo/releasedeck.yaml");
    const QString charts = tmp.path() + QLatin1String("/demo/repos/charts.git");
    const ProcessResult r = releasedeck({QStringLiteral("support"), QStringLiteral("-w"), file, QStringLiteral("--customer"),
                                         QStringLiteral("Globex Retail"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray customers = QJsonDocument::fromJson(r.out).object().value(QLatin1String("customers")).toArray();
    REQUIRE(customers.size() == 1);
    const QJsonObject globex = customers.first().toObject();
    const QString from = globex.value(QLatin1String("version")).toString();
    const QString to = globex.value(QLatin1String("target")).toString();
    REQUIRE(from == QLatin1String("0.69.0"));

    // The path: every chart release git has tagged above their version up to
    // the target, fixes aside; the stop is where the manifest says.
    QStringList expected;
    for (const QString &tag : git(charts, {QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("openhands/*"),
                                           QStringLiteral("--sort=version:refname")})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString v = tag.section(QLatin1Char('/'), 1);
        if (!v.contains(QLatin1Char('-')) && versionLess(from, v) && !versionLess(to, v))
            expected.append(v);
    }
    QStringList path, stops;
    for (const QJsonValue &step : globex.value(QLatin1String("path")).toArray()) {
        path.append(step.toObject().value(QLatin1String("version")).toString());
        if (step.toObject().value(QLatin1String("upgradeStop")).isString())
            stops.append(path.last());
    }
    CHECK(path == expected);
    QStringList marked;
    for (const QJsonValue &v : readWithPyYaml(git(charts, {QStringLiteral("show"), QStringLiteral("main:releases.yaml")}).toUtf8(), false)
                                   .toObject()[QStringLiteral("releases")].toArray()) {
        if (v.toObject().contains(QStringLiteral("upgradeStop")) && path.contains(v.toObject()[QStringLiteral("version")].toString()))
            marked.append(v.toObject()[QStringLiteral("version")].toString());
    }
    CHECK(stops == marked);
    CHECK(stops == QStringList{QStringLiteral("0.72.0")});

    // Each chart's values: what PyYAML reads at the two tags, compared here,
    // and git diff agrees that exactly the charts reported changed differ.
    int withChanges = 0;
    for (const QJsonValue &c : globex.value(QLatin1String("changes")).toArray()) {
        const QJsonObject chart = c.toObject();
        const QString name = chart.value(QLatin1String("chart")).toString();
        INFO(name.toStdString());
        const QString dir = QStringLiteral("charts/%1").arg(name);
        const QString a = chart.value(QLatin1String("from")).toString();
        const QString b = chart.value(QLatin1String("to")).toString();
        CHECK(a == name + QLatin1Char('/') + from);
        CHECK(b == name + QLatin1Char('/') + to);
        QMap<QString, QJsonValue> before, after;
        flattenJson(readWithPyYaml(git(charts, {QStringLiteral("show"), a + QLatin1Char(':') + dir + QLatin1String("/values.yaml")}).toUtf8(), false),
                    QString(), &before);
        flattenJson(readWithPyYaml(git(charts, {QStringLiteral("show"), b + QLatin1Char(':') + dir + QLatin1String("/values.yaml")}).toUtf8(), false),
                    QString(), &after);
        QStringList want;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()))
                want.append(QStringLiteral("removed %1").arg(it.key()));
            else if (after.value(it.key()) != it.value())
                want.append(QStringLiteral("changed %1 %2").arg(it.key(), it.value().isString() ? it.value().toString() : QString()));
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key()))
                want.append(QStringLiteral("added %1").arg(it.key()));
        }
        QStringList got;
        for (const QJsonValue &v : chart.value(QLatin1String("values")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString change = o.value(QLatin1String("change")).toString();
            const QString key = o.value(QLatin1String("key")).toString();
            got.append(change == QLatin1String("changed")
                           ? QStringLiteral("changed %1 %2").arg(key, before.value(key).isString() ? o.value(QLatin1String("from")).toString() : QString())
                           : QStringLiteral("%1 %2").arg(change, key));
        }
        want.sort();
        got.sort();
        CHECK(got == want);
        const bool differs = gitResult(charts, {QStringLiteral("diff"), QStringLiteral("--quiet"), a, b, QStringLiteral("--"),
                                                dir + QLatin1String("/values.yaml")})
                                 .exitCode
                             == 1;
        CHECK(differs == !want.isEmpty());
        withChanges += want.isEmpty() ? 0 : 1;
        // Dependencies, as PyYAML reads Chart.yaml at the two tags.
        QMap<QString, QString> depsA, depsB;
        for (auto [rev, deps] : {std::pair{a, &depsA}, std::pair{b, &depsB}}) {
            for (const QJsonValue &d : readWithPyYaml(git(charts, {QStringLiteral("show"), rev + QLatin1Char(':') + dir + QLatin1String("/Chart.yaml")}).toUtf8(), false)
                                           .toObject()[QStringLiteral("dependencies")].toArray())
                deps->insert(d.toObject()[QStringLiteral("name")].toString(), d.toObject()[QStringLiteral("version")].toString());
        }
        QStringList wantDeps, gotDeps;
        for (auto it = depsA.cbegin(); it != depsA.cend(); ++it) {
            if (depsB.value(it.key()) != it.value())
                wantDeps.append(QStringLiteral("%1 %2 %3").arg(it.key(), it.value(), depsB.value(it.key())));
        }
        for (auto it = depsB.cbegin(); it != depsB.cend(); ++it) {
            if (!depsA.contains(it.key()))
                wantDeps.append(QStringLiteral("%1  %2").arg(it.key(), it.value()));
        }
        for (const QJsonValue &d : chart.value(QLatin1String("dependencies")).toArray())
            gotDeps.append(QStringLiteral("%1 %2 %3").arg(d.toObject()[QStringLiteral("name")].toString(), d.toObject()[QStringLiteral("from")].toString(),
                                                          d.toObject()[QStringLiteral("to")].toString()));
        CHECK(gotDeps == wantDeps);
    }
    CHECK(withChanges == 3);

    // An unknown customer is one line naming the file.
    const ProcessResult unknown = releasedeck({QStringLiteral("support"), QStringLiteral("-w"), file, QStringLiteral("--customer"),
                                               QStringLiteral("Nobody Inc")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.endsWith("customers.yaml has no customer 'Nobody Inc'\n"));
    CHECK(unknown.err.count('\n') == 1);
}

TEST_CASE("A manifest that does not read cleanly never hides a required stop: support says so and keeps the stops", "[support][upgrade][badinput]")
{
    QTemporaryDir tmp;
    REQUIRE(releasedeck({QStringLiteral("demo"), QStringLiteral("init"), tmp.path() + QLatin1String("/demo")}).exitCode == 0);
    const QString file = tmp.path() + QLatin1String("/demo/releasedeck.yaml");
    const QString charts = tmp.path() + QLatin1String("/demo/repos/charts.git");
    const QString work = tmp.path() + QLatin1String("/work");
    git(tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), charts, work});
    const QByteArray original = run(QStringLiteral("cat"), {work + QLatin1String("/releases.yaml")}).out;
    struct Case
    {
        const char *what;
        QByteArray from, to;  // the edit
        QString problem;      // in support's problems
        bool everyStep;       // the whole file is unreadable: every step is a stop
    };
    const Case cases[] = {
        {"a misspelt upgradeStop key", "    upgradeStop:", "    upgradestop:", QStringLiteral("unknown key 'upgradestop' in a release"), false},
        {"a key written twice", "  - version: 0.66.0\n", "  - version: 0.66.0\n    saasDate: \"2026-09-29T14:00:00Z\"\n",
         QStringLiteral("is written twice"), true},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QByteArray text = original;
        REQUIRE(text.contains(c.from));
        text.replace(text.indexOf(c.from), c.from.size(), c.to);
        writeFile(work + QLatin1String("/releases.yaml"), text);
        git(work, {QStringLiteral("commit"), QStringLiteral("-qam"), QString::fromLatin1(c.what)});
        git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
        const ProcessResult r = releasedeck({QStringLiteral("support"), QStringLiteral("-w"), file, QStringLiteral("--customer"),
                                             QStringLiteral("Acme Insurance"), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        CHECK(QJsonDocument(root.value(QLatin1String("problems")).toArray()).toJson().contains(c.problem.toUtf8()));
        int stops = 0, steps = 0;
        for (const QJsonValue &step : root.value(QLatin1String("customers")).toArray()[0].toObject().value(QLatin1String("path")).toArray()) {
            ++steps;
            const QString stop = step.toObject().value(QLatin1String("upgradeStop")).toString();
            if (step.toObject().value(QLatin1String("version")).toString() == QLatin1String("0.72.0"))
                CHECK(stop.startsWith(QLatin1String("unknown, its manifest entry cannot be read in full")));
            stops += stop.isEmpty() ? 0 : 1;
        }
        CHECK(steps > 3);
        CHECK((stops == steps) == c.everyStep);
        // Back as it was for the next case.
        writeFile(work + QLatin1String("/releases.yaml"), original);
        git(work, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Restore")});
        git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    }
}

TEST_CASE("The review's customers and releases tables say what docs/support.md's table and git's tags say", "[support][review]")
{
    const Lines byDefault("customers: customers.yaml\n");
    writeFile(byDefault.tmp.path() + QLatin1String("/customers.yaml"), kFourCustomers);
    const QString md = byDefault.tmp.path() + QLatin1String("/review.md");
    const ProcessResult r = releasedeck({QStringLiteral("report"), QStringLiteral("-w"), byDefault.file, QStringLiteral("--at"),
                                         QStringLiteral("2026-10-27T12:00:00Z"), QStringLiteral("--no-registry"), QStringLiteral("-o"), md});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile file(md);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // The moment is said, as the report was asked for it.
    CHECK(text.contains(QStringLiteral("as of 2026-10-27 12:00 UTC")));
    // The default table on 2026-10-27 (docs/support.md): 0.73 full to 11-02,
    // 0.72 security to 11-09, 0.71 security to 11-02, 0.70 unsupported;
    // windows and warnings as worked out by hand in the test above.
    CHECK(markdownTable(text, QStringLiteral("Customers"))
          == QStringList({QStringLiteral("Acme Insurance|0.70.0|unsupported|—|0.73.0|—|0.70 is unsupported since 2026-10-26"),
                          QStringLiteral("Globex Retail|0.72.1|security|2026-11-09|0.73.0|2026-10-31 02:00 UTC|"),
                          QStringLiteral("Initech|0.73.0|full|2026-11-02|0.73.0|—|"),
                          QStringLiteral("Hooli|0.71.0|security|2026-11-02|0.73.0|2026-12-06 02:00 UTC|support for 0.71 ends "
                                         "2026-11-02 (projected), before the next change window 2026-12-06")}));
    CHECK(text.contains(QStringLiteral("By support: 1 full, 2 security, 1 unsupported; 2 with a support warning.")));

    // The releases of the period: every chart tag git dates on or before the
    // moment, newest version first, with that date; 0.71.1, tagged the day
    // after, is not yet in the review.
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-10-27T12:00:00Z"), Qt::ISODate);
    QList<std::pair<QVersionNumber, QString>> tags;
    for (const QString &line : git(byDefault.charts, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname:short) %(creatordate:unix)"),
                                                      QStringLiteral("refs/tags")})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        const QDateTime tagged = QDateTime::fromSecsSinceEpoch(parts.at(1).toLongLong(), Qt::UTC);
        if (tagged <= at)
            tags.append({QVersionNumber::fromString(parts.at(0).mid(4)), tagged.date().toString(Qt::ISODate)});
    }
    std::sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList expected;
    for (const auto &[version, day] : tags)
        expected.append(version.toString() + QLatin1Char('|') + day);
    REQUIRE(expected.size() == 5);
    QStringList got;
    for (const QString &row : markdownTable(text, QStringLiteral("Releases of the period"))) {
        const QStringList cells = row.split(QLatin1Char('|'));
        got.append(cells.at(0) + QLatin1Char('|') + cells.at(3));
    }
    CHECK(got == expected);
}
