// `releasedeck support` on chart tags made with the git CLI at the
// publish dates of docs/support.md, against its worked tables.
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
}
